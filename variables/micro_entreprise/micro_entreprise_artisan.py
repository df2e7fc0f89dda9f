from openfisca_ass import references
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import MONTH, Variable, set_input_dispatch_by_period


class micro_entreprise_artisan(Variable):
    value_type = bool
    entity = Individu
    definition_period = MONTH
    label = "Le micro-entrepreneur est artisan, immatriculé au registre des métiers"
    reference = [references.CT_L6331_48]
    documentation = """
    Artisans pay the training contribution at the artisans' rate (0.3 % of the turnover), whatever
    the category of their activity. False by default.
    """
    default_value = False
    set_input = set_input_dispatch_by_period
