from openfisca_ass import references
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import ETERNITY, Variable, date


class ati_date_fait_generateur(Variable):
    value_type = date
    entity = Individu
    definition_period = ETERNITY
    label = "Date de l'événement ayant mis fin à l'activité non salariée (jugement ou cessation)"
    reference = [references.CT_L5424_24_ATI, references.DECRET_2022_450_ATI]
    documentation = """
    Date of the judgment (liquidation, redressement) or of the declared cessation. It chooses the
    rules (those in force on that date: before or from 2022-04-01) and ends the activity-duration
    count. The default, 1970-01-01, means that no date was given (no right).
    """
    default_value = date(1970, 1, 1)
