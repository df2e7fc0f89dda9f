from openfisca_ass import references
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import MONTH, NombrePositif


class jours_allocation_fin_de_vie(NombrePositif):
    value_type = int
    entity = Individu
    definition_period = MONTH
    label = (
        "Nombre de jours du mois indemnisés par l'allocation journalière d'accompagnement d'une personne en fin de vie"
    )
    reference = [references.CSS_L168_1, references.POLE_EMPLOI_INSTRUCTION_2011_144]
    unit = "day"
    documentation = """
    Jours du mois indemnisés par l'allocation journalière d'accompagnement d'une personne en fin
    de vie (Code de la sécurité sociale, art. L168-1 à L168-7). Le demandeur d'emploi qui la
    perçoit cesse sa recherche d'emploi et son allocation de chômage est suspendue pour ces jours
    (instruction Pôle emploi n° 2011-144, § 2.2) : ni l'ARE ni l'ASS ne sont payées pour eux
    (are_jours_suspendus, ass_jours_suspendus). 0 par défaut.
    """
