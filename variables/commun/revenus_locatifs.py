from openfisca_ass import references
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import MONTH, MontantEuros, set_input_divide_by_period


class revenus_locatifs(MontantEuros):
    value_type = float
    entity = Individu
    definition_period = MONTH
    label = "Revenus fonciers imposables perçus au cours du mois, en euros"
    reference = [references.CT_R5423, references.SERVICE_PUBLIC_ASS]
    unit = "currency-EUR"
    documentation = """
    Revenus fonciers imposables (loyers). Comptés dans les ressources de l'ASS lorsqu'ils sont
    imposables (R5423-2).
    """
    set_input = set_input_divide_by_period
