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
    Heures travaillées sous contrat dans le mois : elles forment les heures de la condition
    d'affiliation de l'ARE (910 heures ; règlement d'assurance chômage, art. 3).

    Lorsqu'elles ne sont pas données : la durée légale à temps plein pour les jours sous contrat
    — durée légale hebdomadaire (35 heures, Code du travail L3121-27) × 52 ÷ 12 = 151,67 heures
    pour un mois entièrement sous contrat, proratisée à jours_sous_contrat ÷ jours calendaires.
    Donnez les heures d'un emploi à temps partiel.
    """
    set_input = set_input_divide_by_period

    def formula(individu, period, parameters):
        hebdomadaire = parameters(period).marche_travail.duree_legale_hebdomadaire_heures
        jours = individu("jours_sous_contrat", period)
        mensuelles = hebdomadaire * SEMAINES_PAR_AN / MOIS_PAR_AN
        return numpy.asarray(mensuelles * jours / period.days, dtype=numpy.float64)
