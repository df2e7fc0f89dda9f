import numpy

from openfisca_ass import references
from openfisca_ass.calendrier import entier_superieur
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import ETERNITY, NombrePositif
from openfisca_ass.parametres_aux_dates import ParametresAuxDates


class are_jours_formation_retenus(NombrePositif):
    value_type = int
    entity = Individu
    definition_period = ETERNITY
    label = "Nombre de jours de formation assimilés à des jours travaillés pour l'affiliation de l'ARE"
    reference = [references.ARE_DECRET_2019_797]
    unit = "day"
    documentation = """
    Règlement d'assurance chômage, art. 3: the training days (are_jours_formation_periode_reference)
    count as days worked within two thirds of the affiliation required at the end of the contract
    (are.periodes_assimilees.part_maximale_formation × are.affiliation.duree_minimale_jours,
    rounded up: 87 days for 130, 59 for 88). Added to the days worked of the affiliation
    (are_droits_ouverts); not to the duration nor to the SJR divisor.

    Modelling choices (DECISIONS.md D22): two thirds of the days required (not of the days the
    person has), rounded up; the hours of training for the 910-hour condition are not modelled
    (give them in are_heures_travaillees_periode_reference if needed).
    """

    def formula(individu, period, parameters):
        loi = ParametresAuxDates(individu, parameters, individu("are_date_fin_contrat", period))
        jours_minimum, _ = loi("are.affiliation.duree_minimale_jours")
        part, en_vigueur = loi("are.periodes_assimilees.part_maximale_formation")
        # Whole days: 2/3 × 130 = 86.666… → 87 (the float of 2/3 makes 86.67, never 87.0000001).
        limite = entier_superieur(part * jours_minimum)
        formation = individu("are_jours_formation_periode_reference", period)
        return numpy.where(en_vigueur, numpy.minimum(formation, limite), 0).astype(numpy.int32)
