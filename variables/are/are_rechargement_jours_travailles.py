from openfisca_ass import references
from openfisca_ass.entities import Individu
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
    are_rechargement_date_fin_contrat, dans la période de référence de ce contrat ultérieur
    (24 mois avant sa fin, 36 dans la tranche d'âge supérieure). Comme
    are_jours_travailles_periode_reference pour le premier droit : ils donnent l'affiliation du
    rechargement (130 jours, ou 910 heures) et plafonnent les jours non travaillés de la durée et
    du SJR du droit rechargé.
    """
