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
    Attested by the commission paritaire interprofessionnelle régionale (Transitions Pro) after a
    conseil en évolution professionnelle, before the resignation (CT L5422-1 II). False by default.
    """
    default_value = False
