from openfisca_ass import references
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import MONTH, Variable, set_input_dispatch_by_period


class activite_non_salariee_exercee(Variable):
    value_type = bool
    entity = Individu
    definition_period = MONTH
    label = "Une activité non salariée a été exercée au cours du mois, même sans chiffre d'affaires"
    reference = [references.CT_R5425_2, references.SERVICE_PUBLIC_ASS]
    documentation = """
    Pour le cumul de l'ASS (R5425-2), compte chaque mois civil au cours duquel une activité a été
    exercée. Un mois avec un chiffre d'affaires de micro-entreprise compte par lui-même ; cette
    entrée fait compter un mois au cours duquel une activité non salariée a été exercée sans
    rien encaisser (DECISIONS.md D4). Faux par défaut.
    """
    default_value = False
    set_input = set_input_dispatch_by_period
