from openfisca_ass import references
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import MONTH, MontantEuros, set_input_divide_by_period


class chomage_imposable(MontantEuros):
    value_type = float
    entity = Individu
    definition_period = MONTH
    label = "Allocations d'assurance chômage (ARE) imposables perçues au cours du mois, en euros"
    reference = [references.CT_R5423, references.SERVICE_PUBLIC_ASS]
    unit = "currency-EUR"
    documentation = """
    Unemployment insurance allowances received. In the ASS resources, the claimant's own ARE is
    excluded (R5423-3 1°) while the spouse's counts (subject to R5423-5 when it has stopped).
    Modelling choice: this input, not the computed `are`, is what the ASS resources read, so that
    a situation can give the ARE actually received in the past months.
    """
    set_input = set_input_divide_by_period
