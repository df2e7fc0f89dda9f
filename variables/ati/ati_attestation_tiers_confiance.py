from openfisca_ass import references
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import ETERNITY, Variable


class ati_attestation_tiers_confiance(Variable):
    value_type = bool
    entity = Individu
    definition_period = ETERNITY
    label = "Un tiers de confiance a attesté du caractère non viable de l'activité"
    reference = [references.CT_L5424_24_ATI, references.DECRET_2022_450_ATI]
    documentation = """
    Attestation d'un expert-comptable ou d'une personne habilitée de la chambre du secteur
    (CT L5424-25 3°, R5424-72-2), nécessaire pour la voie de la cessation non viable. Faux par
    défaut.
    """
    default_value = False
