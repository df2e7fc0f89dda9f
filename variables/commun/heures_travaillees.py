import numpy

from openfisca_ass import references
from openfisca_ass.calendrier import MOIS_PAR_AN
from openfisca_ass.entities import Individu
from openfisca_ass.historique_contrats import SEMAINES_PAR_AN
from openfisca_ass.model_api import MONTH, NombrePositif, set_input_divide_by_period


class heures_travaillees(NombrePositif):
    value_type = float
    entity = Individu
    definition_period = MONTH
    label = "Nombre d'heures de travail salarié du mois, en heures"
    reference = [references.RAC_2024_ARTICLE_3, references.CT_DUREE_LEGALE]
    unit = "hour"
    documentation = """
    Hours worked under contract in the month: they make the hours of the ARE affiliation
    condition (910 hours; règlement d'assurance chômage, art. 3).

    When not given: the legal full-time hours for the days under contract — legal weekly hours
    (35, Code du travail L3121-27) × 52 ÷ 12 = 151.67 hours for a month wholly under contract,
    prorated to jours_sous_contrat ÷ calendar days. Give the hours of a part-time job.
    """
    set_input = set_input_divide_by_period

    def formula(individu, period, parameters):
        hebdomadaire = parameters(period).are.affiliation.duree_legale_hebdomadaire_heures
        jours = individu("jours_sous_contrat", period)
        mensuelles = hebdomadaire * SEMAINES_PAR_AN / MOIS_PAR_AN
        return numpy.asarray(mensuelles * jours / period.days, dtype=numpy.float64)
