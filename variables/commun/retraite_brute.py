from openfisca_ass import references
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import MONTH, MontantEuros, set_input_divide_by_period


class retraite_brute(MontantEuros):
    value_type = float
    entity = Individu
    definition_period = MONTH
    label = "Pensions de retraite (avantages de vieillesse) brutes perçues au cours du mois, en euros"
    reference = [references.FRANCE_TRAVAIL_AVANTAGE_VIEILLESSE, references.DECRET_2019_797_RAC]
    unit = "currency-EUR"
    documentation = """
    Avantages vieillesse bruts du mois : les pensions de retraite déjà liquidées, de base et
    complémentaires, françaises ou étrangères, qui ne sont pas financées par la seule personne
    (règlement d'assurance chômage, art. 18). Ils réduisent l'ARE à partir de 50 ans
    (are_reduction_avantage_vieillesse). Entrée seulement (nom d'openfisca-france) ; 0
    lorsqu'elle n'est pas donnée. Non calculée à partir de retraite_imposable, qui compte dans les
    ressources de l'ASS.
    """
    set_input = set_input_divide_by_period
