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
    Chiffre d'affaires encaissé dans le mois, tel que déclaré à l'Urssaf et lors de
    l'actualisation mensuelle auprès de France Travail. Un chiffre d'affaires donné pour un
    trimestre ou une année est réparti à parts égales sur ses mois.
    """
    set_input = set_input_divide_by_period
