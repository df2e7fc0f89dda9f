import numpy

from openfisca_ass import references
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import MONTH, Variable


class ati_jours_indemnisables(Variable):
    value_type = int
    entity = Individu
    definition_period = MONTH
    label = "Nombre de jours du mois indemnisés au titre de l'ATI"
    reference = [references.CT_L5424_24_ATI, references.DECRET_2019_796]
    unit = "day"
    documentation = """
    Modelling choice: the ATI is a daily allowance paid for each calendar day of the month that
    falls within the 182 calendar days starting on ati_date_debut_droit (the registration date, or
    the event date when it is later: days d to d + 181), when ati_eligibilite is true for the
    month. A month is thus paid 28, 29, 30 or 31 days (not 30). The days run from that first day
    whether or not each month is paid.
    Not modelled: the waiting period (délai d'attente) before the first payment, the full cumul
    with an activity resumed for 3 months and the suspension beyond.
    """

    def formula(individu, period, parameters):
        debut = individu("ati_date_debut_droit", period)
        fin = individu("ati_date_fin_droit", period)
        premier_jour = numpy.datetime64(period.start.date, "D")
        dernier_jour = numpy.datetime64(period.stop.date, "D")
        jours = (numpy.minimum(fin, dernier_jour) - numpy.maximum(debut, premier_jour)).astype(numpy.int64) + 1
        eligible = individu("ati_eligibilite", period)
        return numpy.where(eligible, numpy.maximum(jours, 0), 0)
