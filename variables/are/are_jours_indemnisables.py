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
    Jours restants au début du mois − jours restants à sa fin (are_jours_restants_fin_mois, où
    sont appliquées les règles du mois : voir sa documentation) − jours consommés par un
    versement d'ARCE effectué dans le mois (arce_jours_imputes). Chaque jour indemnisé consomme
    un jour du droit ; les jours non indemnisés du fait d'une activité en reportent la fin.

    Refuse une date de fin de contrat postérieure au mois calculé lorsqu'il reste des jours au
    début du mois : une telle situation est contradictoire (erreur nommant
    are_date_fin_contrat).
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
