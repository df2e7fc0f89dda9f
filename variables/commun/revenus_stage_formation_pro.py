from openfisca_ass import references
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import MONTH, MontantEuros, set_input_divide_by_period


class revenus_stage_formation_pro(MontantEuros):
    value_type = float
    entity = Individu
    definition_period = MONTH
    label = "Rémunérations de stage de formation professionnelle perçues au cours du mois, en euros"
    reference = [references.CT_R5423, references.SERVICE_PUBLIC_ASS]
    unit = "currency-EUR"
    documentation = """
    Training pay. Counted in the ASS resources (R5423-2), set aside when it has stopped (R5423-5).
    The compulsory internship gratification is not taxable and is not to be entered.
    """
    set_input = set_input_divide_by_period
