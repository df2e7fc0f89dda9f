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
    Jours du mois couverts par une PreParE à taux plein (activité cessée pour élever un enfant).
    À taux plein, elle n'est pas cumulable avec les allocations des demandeurs d'emploi : l'ARE et
    l'ASS sont interrompues et reprennent à son arrêt (are_jours_suspendus, ass_jours_suspendus).
    Une PreParE à taux partiel est cumulable sous conditions et ne compte pas ici (non modélisé).
    0 par défaut.
    """
