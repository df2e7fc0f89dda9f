import numpy

from openfisca_ass import references
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import ETERNITY, Variable
from openfisca_ass.parametres_aux_dates import ParametresAuxDates


class are_periode_reference_affiliation_mois(Variable):
    value_type = int
    entity = Individu
    definition_period = ETERNITY
    label = "Longueur en mois de la période de référence d'affiliation de l'ARE selon l'âge"
    reference = [references.ARE_DECRET_2019_797, references.UNEDIC_CIRCULAIRE_2025_03]
    unit = "month"
    documentation = """
    24 mois, 36 mois à partir de l'âge de la période allongée à la fin du contrat (53 ans, puis
    55 ans pour les contrats terminés à partir du 2025-04-01). Les jours et heures travaillés
    sont des entrées comptées sur cette période.
    """

    def formula(individu, period, parameters):
        loi = ParametresAuxDates(individu, parameters, individu("are_date_fin_contrat", period))
        age = individu("are_age_fin_contrat", period)
        age_seuil, _ = loi("are.affiliation.age_periode_reference_allongee")
        courte, _ = loi("are.affiliation.periode_reference_mois")
        longue, _ = loi("are.affiliation.periode_reference_mois_age_eleve")
        return numpy.where(age >= age_seuil, longue, courte)
