from openfisca_ass import references
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import MONTH, NombrePositif, set_input_dispatch_by_period


class nombre_enfants_eleves(NombrePositif):
    value_type = int
    entity = Individu
    definition_period = MONTH
    label = "Nombre d'enfants à charge ou élevés, réduisant la durée d'activité requise pour l'ASS"
    reference = [references.CT_R5423, references.SERVICE_PUBLIC_ASS]
    unit = "child"
    documentation = """
    R5423-1 1° : les cinq ans d'activité salariée sont réduits d'un an par enfant à charge ou
    élevé (CSS R342-2), de trois ans au plus, pour les personnes qui ont cessé de travailler
    pour les élever.
    """
    set_input = set_input_dispatch_by_period
