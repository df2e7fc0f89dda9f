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
    Les conditions liées à l'activité qui a pris fin (ati_conditions_activite_remplies : fait
    générateur de l'article L5424-25 à partir du 2019-11-01, 2 ans d'activité, revenus
    antérieurs, date d'inscription donnée, fin d'activité dans le délai de 12 mois de R5424-73)
    et le fait générateur n'est pas postérieur au dernier jour du mois calculé : un fait
    générateur encore à venir n'ouvre pas encore de droit (résultat documenté, non une erreur).
    """

    def formula(individu, period, parameters):
        date_fait = individu("ati_date_fait_generateur", period)
        fin_du_mois = numpy.datetime64(period.stop.date, "D")
        return individu("ati_conditions_activite_remplies", period) * (date_fait <= fin_du_mois)
