from openfisca_ass import references
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import ETERNITY, NombrePositif


class demission_jours_travailles(NombrePositif):
    value_type = int
    entity = Individu
    definition_period = ETERNITY
    label = "Jours travaillés d'affiliation continue au cours des 60 mois précédant la démission"
    reference = [references.LOI_2018_771, references.DECRET_2019_796, references.DECRET_2019_797_RAC]
    unit = "day"
    documentation = """
    Days worked, with continuous affiliation to the unemployment insurance, in the 60 months
    before the resignation (parameter periode_reference_mois), as counted by France Travail. The
    model does not rebuild them from a work history. 0 by default.
    """
