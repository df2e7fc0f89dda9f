from openfisca_ass import references
from openfisca_ass.entities import Individu
from openfisca_ass.historique_contrats import lire_periode_de_reference
from openfisca_ass.model_api import ETERNITY, NombrePositif


class are_rechargement_jours_travailles(NombrePositif):
    value_type = int
    entity = Individu
    definition_period = ETERNITY
    label = "Nombre de jours travaillés depuis l'ouverture du droit à l'ARE, retenus pour son rechargement"
    reference = [references.ARE_DECRET_2019_797, references.UNEDIC_DROITS_RECHARGEABLES]
    unit = "day"
    documentation = """
    Jours sous contrat après la fin du contrat qui a ouvert le droit et jusqu'à
    are_rechargement_date_fin_contrat, dans la période de référence de ce contrat ultérieur (24
    mois avant sa fin, 36 dans la tranche d'âge élevée). Comme are_jours_travailles_periode_reference
    pour le premier droit : ils plafonnent les jours non travaillés de la durée et du SJR du droit
    rechargé ; l'affiliation du rechargement compte les jours à la manière du règlement
    (are_rechargement_jours_affiliation).

    Calculés à partir de l'historique mensuel des rémunérations lorsqu'ils ne sont pas donnés
    (salaire_brut, jours_sous_contrat) : les jours calendaires sous contrat de la période qui se
    termine à are_rechargement_date_fin_contrat, après are_date_fin_contrat
    (openfisca_ass.historique_contrats, rechargement=True).
    """

    def formula(individu, period, parameters):
        return lire_periode_de_reference(individu, period, parameters, rechargement=True)["jours_contrat"]
