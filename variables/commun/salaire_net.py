from openfisca_ass import references
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import MONTH, MontantEuros, set_input_divide_by_period


class salaire_net(MontantEuros):
    value_type = float
    entity = Individu
    definition_period = MONTH
    label = "Salaire net perçu au cours du mois, en euros"
    reference = [references.IMPOTS_ALLOCATIONS_CHOMAGE]
    unit = "currency-EUR"
    documentation = """
    Net pay of the month, as on the payslip (named as in openfisca-france). An input only: payroll
    contributions are openfisca-france's job, so the net pay is never derived from salaire_brut
    here. 0 when not given: the command line and `explain` say so when a gross or taxable pay is
    given without it (revenu_disponible then counts no pay).
    """
    set_input = set_input_divide_by_period
