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
    End of the micro-enterprise created after the job loss. The activity lasts up to the end of
    the month of this date: the 60 % cap of the ARE cumul and the stop of the ARE after an ARCE
    hold while it lasts, and the second ARCE instalment needs it to last. The default,
    1970-01-01, means that the activity has not stopped.
    """
    default_value = date(1970, 1, 1)
