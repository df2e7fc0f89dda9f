from openfisca_ass import references
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import ETERNITY, Variable, date


class ati_date_debut_activite(Variable):
    value_type = date
    entity = Individu
    definition_period = ETERNITY
    label = "Date de début de l'activité non salariée exercée sans interruption dans l'entreprise qui a cessé"
    reference = [references.CT_L5424_24_ATI, references.DECRET_2019_796]
    documentation = """
    Start of the uninterrupted non-salaried activity in the one enterprise that ended (R5424-70:
    at least 2 years before the event). When not given, the start of the micro-enterprise
    (micro_entreprise_date_creation). 1970-01-01 means that no date was given (condition not met).
    """
    default_value = date(1970, 1, 1)

    def formula(individu, period, parameters):
        return individu("micro_entreprise_date_creation", period)
