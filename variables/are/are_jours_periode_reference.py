from openfisca_ass import references
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import ETERNITY, NombrePositif


class are_jours_periode_reference(NombrePositif):
    value_type = int
    entity = Individu
    definition_period = ETERNITY
    label = "Nombre de jours calendaires de la période de référence de calcul de l'ARE"
    reference = [references.ARE_DECRET_2021_346, references.ARE_DECRET_2019_797]
    unit = "day"
    documentation = """
    Calendar days from the first day of the first contract of the reference period to the end
    of the last contract, less the neutralised days (illness, maternity...). Divisor of the
    reference salary and base of the duration, before the cap on non-worked days.
    """
