import numpy

from openfisca_ass import references
from openfisca_ass.calendrier import MOIS_PAR_AN, age_en_mois, arrondi_centime, date_renseignee
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import MONTH, Variable

# Unit conversion: days in a year, to turn a monthly pension into a daily amount (× 12 ÷ 365).
JOURS_PAR_AN = 365


class are_reduction_avantage_vieillesse(Variable):
    value_type = float
    entity = Individu
    definition_period = MONTH
    label = "Réduction de l'allocation journalière de l'ARE due à une pension de retraite, en euros par jour"
    reference = [references.FRANCE_TRAVAIL_AVANTAGE_VIEILLESSE, references.DECRET_2019_797_RAC]
    unit = "currency-EUR"
    documentation = """
    Règlement d'assurance chômage, art. 18: from age 50 the AJ is reduced by a share of the
    old-age benefit (retraite_brute): 25 % from 50, 50 % from 55, 75 % from 60 (parameter
    are.avantage_vieillesse.taux_reduction, by age in whole years); none under 50. Daily amount =
    share × monthly pension × 12 ÷ 365, rounded to the cent. The reduced AJ never falls below the
    minimum allowance (nor below nothing): see are.

    Modelling choices (DECISIONS.md D20): the age is the age on the first day of the month (a
    band reached during the month applies from the next month, or from the month itself for a
    birthday on the 1st); the daily pension is the annual amount ÷ 365 (UNVERIFIED: the texts read
    give no divisor); no birth date given: age 0, no reduction.
    """

    def formula_2019_11_01(individu, period, parameters):
        taux = parameters(period).are.avantage_vieillesse.taux_reduction
        naissance = individu("date_naissance", period)
        age = numpy.where(date_renseignee(naissance), age_en_mois(naissance, period) // MOIS_PAR_AN, 0)
        pension_journaliere = individu("retraite_brute", period) * MOIS_PAR_AN / JOURS_PAR_AN
        return arrondi_centime(taux.calc(age) * pension_journaliere)
