from openfisca_ass import references
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import ETERNITY, NombrePositif


class are_rechargement_jours_periode_reference(NombrePositif):
    value_type = int
    entity = Individu
    definition_period = ETERNITY
    label = "Nombre de jours calendaires de la période de référence du droit rechargé"
    reference = [references.ARE_DECRET_2019_797, references.ARE_DECRET_2021_346]
    unit = "day"
    documentation = """
    Calendar days from the first day of the first job after the end of the contract that opened
    the right to are_rechargement_date_fin_contrat (within the 24 or 36 months before it), less
    the neutralised days: divisor of the recharged right's SJR and base of its duration, before
    the cap on non-worked days. Give the same figure as are_rechargement_jours_travailles for
    one continuous contract.
    """
