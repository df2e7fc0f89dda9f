from openfisca_ass import references
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import ETERNITY, Variable


class demission_projet_valide(Variable):
    value_type = bool
    entity = Individu
    definition_period = ETERNITY
    label = "Le caractère réel et sérieux du projet de création ou de reprise d'entreprise a été attesté"
    reference = [references.LOI_2018_771, references.DECRET_2019_796]
    documentation = """
    Attesté par la commission paritaire interprofessionnelle régionale (Transitions Pro) après un
    conseil en évolution professionnelle, avant la démission (CT L5422-1 II). Faux par défaut.
    """
    default_value = False
