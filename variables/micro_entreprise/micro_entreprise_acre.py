from openfisca_ass import references
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import ETERNITY, Variable


class micro_entreprise_acre(Variable):
    value_type = bool
    entity = Individu
    definition_period = ETERNITY
    label = "Le créateur a obtenu l'exonération de début d'activité (ACRE)"
    reference = [references.CSS_L131_6_4]
    documentation = """
    ACRE: reduction of the micro-social contributions at the start of the activity (CSS
    L131-6-4). Having obtained it is a condition of the ARCE (DECISIONS.md D14).
    """
    default_value = False
