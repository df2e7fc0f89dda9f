import numpy

from openfisca_ass import references
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import MONTH, Variable


class ati_droit_ouvert(Variable):
    value_type = bool
    entity = Individu
    definition_period = MONTH
    label = "Les conditions d'ouverture du droit à l'ATI liées à l'activité qui a cessé sont remplies ce mois-ci"
    reference = [references.CT_L5424_24_ATI, references.DECRET_2019_796, references.DECRET_2022_450_ATI]
    documentation = """
    The conditions tied to the activity that ended (ati_conditions_activite_remplies: event of
    L5424-25 from 2019-11-01, 2 years of activity, prior income, registration date given) and the
    event is not after the last day of the month computed: an event still to come opens no right
    yet (documented result, not an error).
    """

    def formula(individu, period, parameters):
        date_fait = individu("ati_date_fait_generateur", period)
        fin_du_mois = numpy.datetime64(period.stop.date, "D")
        return individu("ati_conditions_activite_remplies", period) * (date_fait <= fin_du_mois)
