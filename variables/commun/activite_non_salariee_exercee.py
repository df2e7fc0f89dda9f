from openfisca_ass import references
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import MONTH, Variable, set_input_dispatch_by_period


class activite_non_salariee_exercee(Variable):
    value_type = bool
    entity = Individu
    definition_period = MONTH
    label = "Une activité non salariée a été exercée au cours du mois, même sans chiffre d'affaires"
    reference = [references.CT_R5425_2, references.SERVICE_PUBLIC_ASS]
    documentation = """
    For the ASS cumul (R5425-2) every calendar month in which an activity was exercised counts. A
    month with micro-enterprise turnover counts by itself; this input makes a month count when a
    non-salaried activity was exercised without cashing anything (DECISIONS.md D4). False by
    default.
    """
    default_value = False
    set_input = set_input_dispatch_by_period
