from openfisca_ass import references
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import MONTH, Variable, set_input_dispatch_by_period


class retraite_trimestres_taux_plein(Variable):
    value_type = bool
    entity = Individu
    definition_period = MONTH
    label = "La personne a validé les trimestres requis pour une retraite à taux plein"
    reference = [references.CSS_L161_17_2, references.CSS_L351_8, references.SERVICE_PUBLIC_ASS]
    documentation = """
    Avec les trimestres requis pour une pension à taux plein, l'ASS prend fin à l'âge légal de
    départ à la retraite ; sans eux, à l'âge du taux plein automatique (DECISIONS.md D6). Faux
    par défaut.
    """
    default_value = False
    set_input = set_input_dispatch_by_period
