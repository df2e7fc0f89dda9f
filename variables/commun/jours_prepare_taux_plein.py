from openfisca_ass import references
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import MONTH, NombrePositif


class jours_prepare_taux_plein(NombrePositif):
    value_type = int
    entity = Individu
    definition_period = MONTH
    label = (
        "Nombre de jours du mois où la prestation partagée d'éducation de l'enfant (PreParE) est versée à taux plein"
    )
    reference = [references.CSS_L531_4, references.ASH_CLCA_CHOMAGE]
    unit = "day"
    documentation = """
    Days of the month covered by a PreParE at the full rate (activity stopped to raise a child).
    At the full rate it is not cumulated with the benefits of job seekers: the ARE and the ASS
    are interrupted and resume when it stops (are_jours_suspendus, ass_jours_suspendus). A PreParE
    at a partial rate can be cumulated under conditions and does not count here (not modelled).
    0 by default.
    """
