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
    Rémunérations de formation. Comptées dans les ressources de l'ASS (R5423-2), écartées
    lorsqu'elles ont cessé (R5423-5). La gratification de stage obligatoire n'est pas imposable
    et n'est pas à saisir.
    """
    set_input = set_input_divide_by_period
