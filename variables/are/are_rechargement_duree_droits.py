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
    La durée de l'art. 9 calculée sur l'activité ultérieure (règlement d'assurance chômage,
    art. 28 § 2) : les jours calendaires de sa période de référence
    (are_rechargement_jours_periode_reference), les jours non travaillés plafonnés (75 %, puis
    70 % des jours travaillés, are_rechargement_jours_travailles), × le coefficient (0,75 pour les
    contrats terminés à partir du 2023-02-01, 1 outre-mer), arrondi à l'unité supérieure, au
    moins 182 jours, au plus le maximum de la tranche d'âge à are_rechargement_date_fin_contrat —
    les mêmes règles que are_duree_droits (openfisca_ass.mecanique_are.duree_a_la_fin_du_contrat),
    lues à la fin du contrat ultérieur. 0 sans rechargement ouvert.
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
