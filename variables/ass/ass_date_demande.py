from openfisca_ass import references
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import ETERNITY, Variable, date


class ass_date_demande(Variable):
    value_type = date
    entity = Individu
    definition_period = ETERNITY
    label = "Date de la demande d'ASS (début de la première période d'attribution)"
    reference = [references.CT_R5423, references.SERVICE_PUBLIC_ASS]
    documentation = """
    The ASS is granted for six-month periods (R5423-8); at each renewal the resources of the 12
    months before the renewal month are examined again (R5423-2, R5423-9), and they stay frozen
    during the period (Modelling choice, DECISIONS.md D5). This date fixes those periods. Default 1970-01-01: no
    date given, the resources are those of the 12 months before the month computed.
    """
    default_value = date(1970, 1, 1)
