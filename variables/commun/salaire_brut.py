from openfisca_ass import references
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import MONTH, MontantEuros, set_input_divide_by_period


class salaire_brut(MontantEuros):
    value_type = float
    entity = Individu
    definition_period = MONTH
    label = "Salaire brut des activités salariées exercées au cours du mois, en euros"
    reference = [references.UNEDIC_CUMUL]
    unit = "currency-EUR"
    documentation = """
    Gross pay earned in the month. It marks a month of activity for the ASS cumul (R5425-2) and
    is the activity pay deducted at 70 % in the ARE cumul (règlement d'assurance chômage,
    art. 30 to 32).
    """
    set_input = set_input_divide_by_period
