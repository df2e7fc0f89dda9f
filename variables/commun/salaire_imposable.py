from openfisca_ass import references
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import MONTH, MontantEuros, set_input_divide_by_period


class salaire_imposable(MontantEuros):
    value_type = float
    entity = Individu
    definition_period = MONTH
    label = "Salaire imposable perçu au cours du mois, en euros"
    reference = [references.CT_R5423, references.SERVICE_PUBLIC_ASS]
    unit = "currency-EUR"
    documentation = """
    Rémunération imposable du mois, comptée dans les ressources de l'ASS du demandeur et du
    conjoint (code du travail R5423-2 : ressources telles que déclarées à l'impôt sur le revenu).
    """
    set_input = set_input_divide_by_period
