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
    Rémunération brute perçue dans le mois. Elle marque un mois d'activité pour le cumul de l'ASS
    (R5425-2) et constitue la rémunération d'activité déduite à 70 % dans le cumul de l'ARE
    (règlement d'assurance chômage, art. 30 à 32).
    """
    set_input = set_input_divide_by_period
