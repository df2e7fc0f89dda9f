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
    Comparison for a job seeker about to create (issue 4 item 6), to read beside
    arce_simulation_montant_are_cumul: rate (arce_taux) × days left at the start of the month ×
    AJ of the month, rounded to the cent, gross (the net paid is 97 % of it, in two equal
    instalments 6 months apart). Assumes the ARCE conditions are met (ACRE obtained, creation
    after the end of the contract). The days left after an ARCE (if the activity stops) are
    (1 − rate) of them.

    Modelling choice: when are_date_fin_contrat is not given (a right given through
    are_jours_restants only), the rate is the one of a contract ending in the month computed
    (60 % from 2023-07-01), not the first value of the rate (45 %) that arce_taux reads at the
    default date 1970-01-01.
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
