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
    Gross old-age benefits of the month: the retirement pensions already paid (liquidated), basic
    and complementary, French or foreign, that are not financed by the person alone (règlement
    d'assurance chômage, art. 18). They reduce the ARE from age 50 (are_reduction_avantage_vieillesse).
    Input only (openfisca-france's name); 0 when not given. Not derived from retraite_imposable,
    which counts in the ASS resources.
    """
    set_input = set_input_divide_by_period
