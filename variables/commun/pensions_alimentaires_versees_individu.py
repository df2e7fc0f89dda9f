from openfisca_ass import references
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import MONTH, MontantEuros, set_input_divide_by_period


class pensions_alimentaires_versees_individu(MontantEuros):
    value_type = float
    entity = Individu
    definition_period = MONTH
    label = "Pensions alimentaires versées au cours du mois, en euros"
    reference = [references.CT_R5423, references.SERVICE_PUBLIC_ASS]
    unit = "currency-EUR"
    documentation = """
    Alimony paid under a divorce agreement, a notarial deed, an approved agreement or an
    enforceable court decision: deducted from the ASS resources of the payer (R5423-4).
    """
    set_input = set_input_divide_by_period
