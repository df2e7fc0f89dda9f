from openfisca_ass import references
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import MONTH, MontantEuros, set_input_divide_by_period


class indemnites_journalieres_imposables(MontantEuros):
    value_type = float
    entity = Individu
    definition_period = MONTH
    label = "Indemnités journalières de sécurité sociale imposables perçues au cours du mois, en euros"
    reference = [references.CT_R5423, references.SERVICE_PUBLIC_ASS]
    unit = "currency-EUR"
    documentation = """
    Taxable sickness, maternity or work-accident daily benefits. Counted in the ASS resources
    (R5423-2); a substitute income in the sense of R5423-5.
    """
    set_input = set_input_divide_by_period
