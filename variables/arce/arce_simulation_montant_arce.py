import numpy

from openfisca_ass import references
from openfisca_ass.calendrier import arrondi_centime, date_renseignee
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import MONTH, Variable


class arce_simulation_montant_arce(Variable):
    value_type = float
    entity = Individu
    definition_period = MONTH
    label = (
        "Montant brut de l'ARCE que toucherait le demandeur d'emploi s'il créait son entreprise ce mois-ci, en euros"
    )
    reference = [references.SERVICE_PUBLIC_ARCE, references.SERVICE_PUBLIC_ARCE_2025, references.ARE_DECRET_2019_797]
    unit = "currency-EUR"
    documentation = """
    Comparaison pour un demandeur d'emploi sur le point de créer (issue 4 point 6), à lire à côté
    de arce_simulation_montant_are_cumul : taux (arce_taux) × jours restants au début du mois ×
    AJ du mois, arrondi au centime, brut (le net versé en est 97 %, en deux versements égaux à
    6 mois d'intervalle). Suppose les conditions de l'ARCE remplies (ACRE obtenue, création
    après la fin du contrat). Les jours restants après une ARCE (si l'activité s'arrête) en sont
    (1 − taux).

    Choix de modélisation : lorsque are_date_fin_contrat n'est pas donnée (un droit donné
    seulement par are_jours_restants), le taux est celui d'un contrat terminé le mois calculé
    (60 % à partir du 2023-07-01), non la première valeur du taux (45 %) que arce_taux lit à la
    date par défaut 1970-01-01.
    """

    def formula_2019_11_01(individu, period, parameters):
        restants = individu("are_jours_restants", period)
        allocation = arrondi_centime(individu("are_allocation_journaliere", period))
        taux = numpy.where(
            date_renseignee(individu("are_date_fin_contrat", period)),
            individu("arce_taux", period),
            parameters(period).arce.taux,
        )
        return numpy.where(restants > 0, arrondi_centime(taux * restants * allocation), 0)
