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
    L'ARCE et le cumul de l'ARE s'excluent (RULES.md §3.4). Faux par défaut : l'ARE est cumulée
    avec l'activité.
    """
    default_value = False
