from openfisca_ass import references
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import MONTH, MontantEuros, set_input_divide_by_period


class pensions_invalidite(MontantEuros):
    value_type = float
    entity = Individu
    definition_period = MONTH
    label = "Pensions d'invalidité perçues au cours du mois, en euros"
    reference = [references.CT_R5423, references.SERVICE_PUBLIC_ASS]
    unit = "currency-EUR"
    documentation = """
    Pensions d'invalidité. Comptées dans les ressources de l'ASS (R5423-2).
    """
    set_input = set_input_divide_by_period
