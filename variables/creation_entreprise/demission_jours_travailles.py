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
    Jours travaillés, avec une affiliation continue à l'assurance chômage, dans les 60 mois
    précédant la démission (paramètre periode_reference_mois), tels que comptés par France
    Travail. Le modèle ne les reconstitue pas à partir d'un historique d'activité. 0 par défaut.
    """
