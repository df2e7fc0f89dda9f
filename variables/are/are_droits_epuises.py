from openfisca_ass import references
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import MONTH, Variable


class are_droits_epuises(Variable):
    value_type = bool
    entity = Individu
    definition_period = MONTH
    label = "Le droit à l'ARE arrive à son terme au cours du mois (les derniers jours du droit y sont versés)"
    reference = [references.RAC_2024_ART_38, references.UNEDIC_DROITS_RECHARGEABLES]
    documentation = """
    True in the month where the right is exhausted: days were left at the start of the month
    (are_jours_restants above 0) and none at its end (are_jours_restants_fin_mois 0). The end of
    a right that lapses unused at the end of the délai de déchéance is not an exhaustion here
    (no day is left at the start of the month where it lapses).

    Modelling choice (DECISIONS.md D19): the days consumed by an ARCE instalment count like days
    paid, so an ARCE that uses up the right exhausts it; the person then left the job-seekers'
    list, which the end-of-rights aid requires (are_aide_fin_droits).
    """

    def formula_2019_11_01(individu, period, parameters):
        debut = individu("are_jours_restants", period)
        fin = individu("are_jours_restants_fin_mois", period)
        return (debut > 0) * (fin == 0)
