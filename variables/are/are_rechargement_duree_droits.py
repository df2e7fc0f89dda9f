import numpy

from openfisca_ass import references
from openfisca_ass.entities import Individu
from openfisca_ass.mecanique_are import age_a_la_date, duree_a_la_fin_du_contrat
from openfisca_ass.model_api import ETERNITY, NombrePositif
from openfisca_ass.parametres_aux_dates import ParametresAuxDates


class are_rechargement_duree_droits(NombrePositif):
    value_type = int
    entity = Individu
    definition_period = ETERNITY
    label = "Durée du droit à l'ARE rechargé à l'épuisement du droit précédent, en jours"
    reference = [references.ARE_DECRET_2019_797, references.ARE_DECRET_2023_33, references.UNEDIC_DROITS_RECHARGEABLES]
    unit = "day"
    documentation = """
    The duration of art. 9 computed on the later activity (règlement d'assurance chômage,
    art. 28 § 2): the calendar days of its reference period (are_rechargement_jours_periode_reference),
    the non-worked days capped (75 %, then 70 % of the days worked, are_rechargement_jours_travailles),
    × the coefficient (0.75 for contracts ending from 2023-02-01, 1 overseas), rounded up, at
    least 182 days, at most the maximum of the age band at are_rechargement_date_fin_contrat —
    the same rules as are_duree_droits (openfisca_ass.mecanique_are.duree_a_la_fin_du_contrat),
    read at the end of the later contract. 0 without a recharge open.
    """

    def formula(individu, period, parameters):
        fin = individu("are_rechargement_date_fin_contrat", period)
        loi = ParametresAuxDates(individu, parameters, fin)
        age = age_a_la_date(individu("date_naissance", period), fin)
        jours = (
            individu("are_rechargement_jours_periode_reference", period),
            individu("are_rechargement_jours_travailles", period),
        )
        outre_mer = individu("are_residence_outre_mer", period)
        duree, en_vigueur = duree_a_la_fin_du_contrat(loi, age, jours, outre_mer)
        ouvert = individu("are_rechargement_droits_ouverts", period)
        return numpy.where(ouvert * en_vigueur, duree, 0).astype(numpy.int32)
