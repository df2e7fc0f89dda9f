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
    Règlement d'assurance chômage, art. 3 : les jours de formation
    (are_jours_formation_periode_reference) comptent comme jours travaillés dans la limite des
    deux tiers de l'affiliation requise à la fin du contrat
    (are.periodes_assimilees.part_maximale_formation × are.affiliation.duree_minimale_jours,
    arrondi à l'unité supérieure : 87 jours pour 130, 59 pour 88). Ajoutés aux jours travaillés
    de l'affiliation (are_droits_ouverts) ; ni à la durée ni au diviseur du SJR.

    Choix de modélisation (DECISIONS.md D22) : deux tiers des jours requis (non des jours dont la
    personne justifie), arrondis à l'unité supérieure ; les heures de formation pour la condition
    des 910 heures ne sont pas modélisées (donnez-les dans
    are_heures_travaillees_periode_reference si nécessaire).
    """

    def formula(individu, period, parameters):
        loi = ParametresAuxDates(individu, parameters, individu("are_date_fin_contrat", period))
        jours_minimum, _ = loi("are.affiliation.duree_minimale_jours")
        part, en_vigueur = loi("are.periodes_assimilees.part_maximale_formation")
        # Whole days: 2/3 × 130 = 86.666… → 87 (the float of 2/3 makes 86.67, never 87.0000001).
        limite = entier_superieur(part * jours_minimum)
        formation = individu("are_jours_formation_periode_reference", period)
        return numpy.where(en_vigueur, numpy.minimum(formation, limite), 0).astype(numpy.int32)
