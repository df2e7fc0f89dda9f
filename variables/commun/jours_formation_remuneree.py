from openfisca_ass import references
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import MONTH, NombrePositif


class jours_formation_remuneree(NombrePositif):
    value_type = int
    entity = Individu
    definition_period = MONTH
    label = (
        "Nombre de jours du mois en formation rémunérée (rémunération des stagiaires de la formation professionnelle)"
    )
    reference = [references.CT_REMUNERATION_STAGIAIRES_TEMPS_PARTIEL, references.SERVICE_PUBLIC_ASS]
    unit = "day"
    documentation = """
    Jours du mois d'une formation rémunérée par l'État, une région ou France Travail au titre de
    la rémunération des stagiaires de la formation professionnelle (la rémunération va dans
    revenus_stage_formation_pro). L'ASS n'est pas payée pour ces jours : la rémunération du
    stagiaire la remplace (ass_jours_suspendus). Une formation financée par l'assurance chômage
    (ARE formation) est l'ARE elle-même et ne compte pas ici. 0 par défaut.
    """
