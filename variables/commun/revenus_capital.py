from openfisca_ass import references
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import MONTH, MontantEuros, set_input_divide_by_period


class revenus_capital(MontantEuros):
    value_type = float
    entity = Individu
    definition_period = MONTH
    label = "Revenus de capitaux mobiliers imposables perçus au cours du mois, en euros"
    reference = [references.CT_R5423, references.SERVICE_PUBLIC_ASS]
    unit = "currency-EUR"
    documentation = """
    Revenus imposables de valeurs mobilières et de l'épargne. Comptés dans les ressources de
    l'ASS lorsqu'ils sont imposables (R5423-2 ; service-public F12484). L'épargne exonérée
    (livret A...) n'est pas à saisir.
    """
    set_input = set_input_divide_by_period
