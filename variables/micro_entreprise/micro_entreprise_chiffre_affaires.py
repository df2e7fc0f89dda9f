from openfisca_ass import references
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import MONTH, MontantEuros, set_input_divide_by_period


class micro_entreprise_chiffre_affaires(MontantEuros):
    value_type = float
    entity = Individu
    definition_period = MONTH
    label = "Chiffre d'affaires de la micro-entreprise encaissé au cours du mois, en euros"
    reference = [references.RAC_2024_ART_32_BIS, references.CGI_50_0]
    unit = "currency-EUR"
    documentation = """
    Turnover cashed in the month, as declared to the Urssaf and at the monthly France Travail
    update. A turnover given for a quarter or a year is spread evenly over its months.
    """
    set_input = set_input_divide_by_period
