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
    Vrai le mois où le droit est épuisé : il restait des jours au début du mois
    (are_jours_restants positif) et aucun à sa fin (are_jours_restants_fin_mois à 0). La fin d'un
    droit qui se périme inutilisé à l'issue du délai de déchéance n'est pas ici un épuisement
    (aucun jour ne reste au début du mois où il se périme).

    Choix de modélisation (DECISIONS.md D19) : les jours consommés par un versement d'ARCE
    comptent comme des jours indemnisés, une ARCE qui consomme le droit l'épuise donc ; la
    personne a alors quitté la liste des demandeurs d'emploi, ce qu'exige l'aide de fin de
    droits (are_aide_fin_droits).
    """

    def formula_2019_11_01(individu, period, parameters):
        debut = individu("are_jours_restants", period)
        fin = individu("are_jours_restants_fin_mois", period)
        return (debut > 0) * (fin == 0)
