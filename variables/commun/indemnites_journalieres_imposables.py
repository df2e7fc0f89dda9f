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
    Indemnités journalières imposables de maladie, de maternité ou d'accident du travail.
    Comptées dans les ressources de l'ASS (R5423-2) ; revenu de substitution au sens de
    R5423-5.
    """
    set_input = set_input_divide_by_period
