from openfisca_ass import references
from openfisca_ass.entities import Individu
from openfisca_ass.historique_contrats import lire_periode_de_reference
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

    Computed from the monthly history when it is not given: the hours of the months of the
    reference period (heures_travaillees), a month cut by the start of the period prorated to
    its days inside it. Not modelled: the weekly maximum of L3121-21 on the hours counted.
    """

    def formula(individu, period, parameters):
        return lire_periode_de_reference(individu, period, parameters)["heures"]
