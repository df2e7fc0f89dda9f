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
    Days of the month of a training paid by the State, a region or France Travail as the
    rémunération des stagiaires de la formation professionnelle (the pay goes in
    revenus_stage_formation_pro). The ASS is not paid for these days: the trainee's pay replaces
    it: ass_jours_suspendus.
    A training financed by the unemployment insurance (ARE formation) is the ARE itself and does
    not count here. 0 by default.
    """
