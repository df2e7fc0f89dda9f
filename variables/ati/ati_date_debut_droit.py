import numpy

from openfisca_ass import references
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import ETERNITY, Variable, date


class ati_date_debut_droit(Variable):
    value_type = date
    entity = Individu
    definition_period = ETERNITY
    label = (
        "Premier jour des 182 jours d'ATI : la date d'inscription, ou celle du fait générateur si elle est postérieure"
    )
    reference = [references.CT_L5424_24_ATI, references.DECRET_2019_796]
    documentation = """
    The registration date (ati_date_inscription), or the date of the event (ati_date_fait_generateur)
    when the person registered before it: the ATI replaces the income of an activity that ended,
    so no day before the event is paid (a job seeker may register while still running the
    business). Modelling choice: the event day is the first day paid. Before the review the days
    ran from the registration, so the days of the event month before the judgment were paid.
    Meaningless when no registration date is given.
    """
    default_value = date(1970, 1, 1)

    def formula(individu, period, parameters):
        return numpy.maximum(individu("ati_date_inscription", period), individu("ati_date_fait_generateur", period))
