from openfisca_ass import references
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import ETERNITY, Variable, date


class are_date_cessation_activite_non_salariee(Variable):
    value_type = date
    entity = Individu
    definition_period = ETERNITY
    label = "Date de cessation de l'activité non salariée créée pendant l'indemnisation"
    reference = [references.RAC_2024_ART_32_BIS, references.SERVICE_PUBLIC_ARCE_2025]
    documentation = """
    Fin de la micro-entreprise créée après la perte d'emploi. L'activité dure jusqu'à la fin du
    mois de cette date : le plafond de 60 % du cumul de l'ARE et l'arrêt de l'ARE après une ARCE
    s'appliquent tant qu'elle dure, et le second versement de l'ARCE suppose qu'elle dure. La
    valeur par défaut, 1970-01-01, signifie que l'activité n'a pas cessé.
    """
    default_value = date(1970, 1, 1)
