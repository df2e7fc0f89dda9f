from openfisca_ass import references
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import ETERNITY, Variable


class are_licenciement_economique(Variable):
    value_type = bool
    entity = Individu
    definition_period = ETERNITY
    label = "Le contrat a été rompu par un licenciement pour motif économique"
    reference = [references.ARE_DECRET_2019_797, references.UNEDIC_DIFFERES]
    documentation = """
    Plafonne le différé spécifique à 75 jours au lieu de 150. Faux par défaut.
    """
    default_value = False
