from openfisca_ass import references
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import MONTH, Variable, set_input_dispatch_by_period


class residence_mayotte(Variable):
    value_type = bool
    entity = Individu
    definition_period = MONTH
    label = "Réside à Mayotte au cours du mois"
    reference = [references.SERVICE_PUBLIC_ASS]
    documentation = """
    Mayotte has its own ASS daily rate, fixed by a decree of its own each year, and its own ARE
    minimum. The rest of the overseas departments follow the metropolitan rates.
    """
    set_input = set_input_dispatch_by_period
