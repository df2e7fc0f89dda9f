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
    R5423-1 1°: the five years of salaried activity are reduced by one year per child dependent
    or raised (CSS R342-2), by at most three years, for people who stopped working to raise them.
    """
    set_input = set_input_dispatch_by_period
