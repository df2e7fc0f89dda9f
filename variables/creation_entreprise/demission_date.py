from openfisca_ass import references
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import ETERNITY, Variable, date


class demission_date(Variable):
    value_type = date
    entity = Individu
    definition_period = ETERNITY
    label = "Date de la démission donnée pour réaliser un projet de création ou de reprise d'entreprise"
    reference = [references.LOI_2018_771, references.DECRET_2019_796, references.DECRET_2019_797_RAC]
    documentation = """
    Détermine les règles (en vigueur à partir du 2019-11-01). La valeur par défaut, 1970-01-01,
    signifie qu'il n'y a pas eu de telle démission.
    """
    default_value = date(1970, 1, 1)
