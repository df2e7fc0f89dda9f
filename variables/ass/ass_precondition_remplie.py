from openfisca_ass import references
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import MONTH, Variable, set_input_dispatch_by_period


class ass_precondition_remplie(Variable):
    value_type = bool
    entity = Individu
    definition_period = MONTH
    label = "La condition d'activité salariée antérieure de l'ASS (R5423-1 1°) est remplie"
    reference = [references.CT_R5423, references.SERVICE_PUBLIC_ASS]
    documentation = """
    Cinq ans d'activité salariée dans les dix ans précédant la fin du dernier contrat, moins un an
    par enfant élevé, trois ans au plus (R5423-1 1°). Calculée à partir de
    ass_annees_activite_salariee et nombre_enfants_eleves lorsqu'elle n'est pas donnée.
    """
    set_input = set_input_dispatch_by_period

    def formula(individu, period, parameters):
        condition = parameters(period).ass.eligibilite.activite_anterieure
        reduction = individu("nombre_enfants_eleves", period) * condition.reduction_par_enfant
        reduction = reduction.clip(0, condition.reduction_maximale)
        annees = individu("ass_annees_activite_salariee", period)
        return annees >= condition.annees_requises - reduction
