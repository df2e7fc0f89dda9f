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
    Pensions alimentaires versées en vertu d'une convention de divorce, d'un acte notarié, d'une
    convention homologuée ou d'une décision de justice exécutoire : déduites des ressources de
    l'ASS du débiteur (R5423-4).
    """
    set_input = set_input_divide_by_period
