from openfisca_ass import references
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import MONTH, Variable, set_input_dispatch_by_period


class micro_entreprise_option_versement_liberatoire(Variable):
    value_type = bool
    entity = Individu
    definition_period = MONTH
    label = "Le micro-entrepreneur a opté pour le versement libératoire de l'impôt sur le revenu"
    reference = [references.CGI_151_0]
    documentation = """
    Option of CGI art. 151-0: the income tax on the micro income is paid with the micro-social
    contributions, as a share of the turnover. Its income condition (reference tax income of year
    N-2 per share at most the upper limit of the 2nd income-tax bracket) is not checked: true means
    the option was granted. False by default.
    """
    default_value = False
    set_input = set_input_dispatch_by_period
