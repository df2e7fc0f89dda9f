from openfisca_ass import references
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import ETERNITY, Variable


class arce_demandee(Variable):
    value_type = bool
    entity = Individu
    definition_period = ETERNITY
    label = "Le créateur a choisi l'ARCE (capital) plutôt que le cumul de l'ARE avec son activité"
    reference = [references.ARE_DECRET_2019_797, references.SERVICE_PUBLIC_ARCE]
    documentation = """
    The ARCE and the ARE cumul exclude each other (RULES.md §3.4). False by default: the ARE is
    cumulated with the activity.
    """
    default_value = False
