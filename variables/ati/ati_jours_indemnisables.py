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
    Choix de modélisation : l'ATI est une allocation journalière versée pour chaque jour
    calendaire du mois compris dans les 182 jours calendaires commençant à ati_date_debut_droit
    (la date d'inscription, ou la date du fait générateur lorsqu'elle est postérieure : jours d à
    d + 181), lorsque ati_eligibilite est vrai pour le mois. Un mois est donc indemnisé 28, 29,
    30 ou 31 jours (non 30). Les jours courent à partir de ce premier jour, que chaque mois soit
    versé ou non.
    Non modélisés : le délai d'attente avant le premier versement, le cumul intégral avec une
    activité reprise pendant 3 mois et la suspension au-delà.
    """

    def formula(individu, period, parameters):
        debut = individu("ati_date_debut_droit", period)
        fin = individu("ati_date_fin_droit", period)
        premier_jour = numpy.datetime64(period.start.date, "D")
        dernier_jour = numpy.datetime64(period.stop.date, "D")
        jours = (numpy.minimum(fin, dernier_jour) - numpy.maximum(debut, premier_jour)).astype(numpy.int64) + 1
        eligible = individu("ati_eligibilite", period)
        return numpy.where(eligible, numpy.maximum(jours, 0), 0)
