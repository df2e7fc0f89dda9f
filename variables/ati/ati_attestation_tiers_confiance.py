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
    Attestation by a chartered accountant or an authorised person of the chamber of the sector
    (CT L5424-25 3°, R5424-72-2), needed for the non-viable cessation route. False by default.
    """
    default_value = False
