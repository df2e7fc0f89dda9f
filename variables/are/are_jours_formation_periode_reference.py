from openfisca_ass import references
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import ETERNITY, NombrePositif


class are_jours_formation_periode_reference(NombrePositif):
    value_type = int
    entity = Individu
    definition_period = ETERNITY
    label = "Nombre de jours de formation non indemnisée par l'assurance chômage dans la période de référence de l'ARE"
    reference = [references.ARE_DECRET_2019_797]
    unit = "day"
    documentation = """
    Jours de formation (actions de développement des compétences du Code du travail, sixième
    partie, livres III et IV) sur la période de référence d'affiliation, hors jours sous contrat
    et à l'exception des formations rémunérées par l'assurance chômage (AREF). Ils comptent comme
    jours travaillés pour l'affiliation dans la limite des deux tiers des jours requis
    (are_jours_formation_retenus).
    """
