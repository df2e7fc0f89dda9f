import numpy

from openfisca_ass import references
from openfisca_ass.entities import Individu
from openfisca_ass.mecanique_are import salaire_journalier_a_la_fin
from openfisca_ass.model_api import ETERNITY, MontantEuros
from openfisca_ass.parametres_aux_dates import ParametresAuxDates


class are_rechargement_salaire_journalier_reference(MontantEuros):
    value_type = float
    entity = Individu
    definition_period = ETERNITY
    label = "Salaire journalier de référence du droit à l'ARE rechargé, en euros"
    reference = [references.ARE_DECRET_2019_797, references.ARE_DECRET_2021_346, references.UNEDIC_DROITS_RECHARGEABLES]
    unit = "currency-EUR"
    documentation = """
    Le SJR des art. 11 à 13 calculé sur l'activité ultérieure (règlement d'assurance chômage,
    art. 28 § 2) : are_rechargement_salaire_reference ÷ are_rechargement_jours_periode_reference,
    le diviseur étant au plus (1 + plafond) × are_rechargement_jours_travailles, les
    rémunérations plafonnées à 4 × le PMSS par mois, arrondi au centime — les règles de
    are_salaire_journalier_reference_calcule (openfisca_ass.mecanique_are.salaire_journalier)
    lues à are_rechargement_date_fin_contrat. 0 sans rechargement ouvert.
    """

    def formula(individu, period, parameters):
        loi = ParametresAuxDates(individu, parameters, individu("are_rechargement_date_fin_contrat", period))
        sjr, _ = salaire_journalier_a_la_fin(
            loi,
            individu("are_rechargement_salaire_reference", period),
            individu("are_rechargement_jours_periode_reference", period),
            individu("are_rechargement_jours_travailles", period),
        )
        return numpy.where(individu("are_rechargement_droits_ouverts", period), sjr, 0)
