from openfisca_ass import references
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import MONTH, NombrePositif


class are_jours_restants(NombrePositif):
    value_type = int
    entity = Individu
    definition_period = MONTH
    label = "Nombre de jours d'ARE restant à indemniser au début du mois"
    reference = [references.UNEDIC_CUMUL]
    unit = "day"
    documentation = """
    More than 0 means an ARE right is open: the insurance rights are not exhausted, so the ASS
    cannot be paid (L5423-1).
    """
