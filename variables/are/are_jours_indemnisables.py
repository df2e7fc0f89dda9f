import numpy

from openfisca_ass import references
from openfisca_ass.calendrier import date_renseignee
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import MONTH, EntreesIncoherentesError, Variable


class are_jours_indemnisables(Variable):
    value_type = int
    entity = Individu
    definition_period = MONTH
    label = "Nombre de jours d'ARE payés au titre du mois"
    reference = [references.ARE_DECRET_2019_797, references.RAC_2024_ART_32_BIS, references.UNEDIC_CUMUL]
    unit = "day"
    documentation = """
    Days left at the start of the month − days left at its end (are_jours_restants_fin_mois,
    where the rules of the month are applied: see its documentation) − days consumed by an ARCE
    instalment paid in the month (arce_jours_imputes). Every day paid consumes a day of the
    right; the days not paid because of an activity postpone its end.

    Refuses a contract end date after the month computed when days are left at the start of the
    month: such a situation is contradictory (error naming are_date_fin_contrat).
    """

    def formula_2019_11_01(individu, period, parameters):
        restants = individu("are_jours_restants", period)
        fin_contrat = individu("are_date_fin_contrat", period)
        futur = date_renseignee(fin_contrat) * (fin_contrat > period.stop.date) * (restants > 0)
        if futur.any():
            message = (
                f"Valeur incohérente pour « are_date_fin_contrat » : {fin_contrat[futur][0]} est après le mois "
                f"calculé ({period}) alors que « are_jours_restants » dit qu'un droit à l'ARE est ouvert. "
                "Attendu : une fin de contrat au plus tard dans le mois calculé."
            )
            raise EntreesIncoherentesError(message)
        fin_mois = individu("are_jours_restants_fin_mois", period)
        arce = individu("arce_jours_imputes", period)
        return numpy.maximum(restants - fin_mois - arce, 0)
