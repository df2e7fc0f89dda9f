from openfisca_ass import references
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import ETERNITY, NombrePositif


class are_heures_travaillees_periode_reference(NombrePositif):
    value_type = float
    entity = Individu
    definition_period = ETERNITY
    label = "Nombre d'heures travaillées au cours de la période de référence d'affiliation de l'ARE"
    reference = [references.ARE_DECRET_2019_797]
    unit = "hour"
    documentation = """
    Hours worked in the reference period of affiliation: 910 hours (610 from 2020-08-01 to
    2021-11-30) open the right as well as the days worked.
    """
