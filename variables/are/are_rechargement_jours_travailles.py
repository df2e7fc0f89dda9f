from openfisca_ass import references
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import ETERNITY, NombrePositif


class are_rechargement_jours_travailles(NombrePositif):
    value_type = int
    entity = Individu
    definition_period = ETERNITY
    label = "Nombre de jours travaillés depuis l'ouverture du droit à l'ARE, retenus pour son rechargement"
    reference = [references.ARE_DECRET_2019_797, references.UNEDIC_DROITS_RECHARGEABLES]
    unit = "day"
    documentation = """
    Days under contract after the end of the contract that opened the right and up to
    are_rechargement_date_fin_contrat, within the reference period of that later contract (24
    months before its end, 36 in the older age band). As are_jours_travailles_periode_reference
    for the first right: they give the affiliation of the recharge (130 days, or 910 hours) and
    cap the non-worked days of the duration and of the SJR of the recharged right.
    """
