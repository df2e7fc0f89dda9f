import numpy

from openfisca_ass import references
from openfisca_ass.calendrier import arrondi_centime
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import MONTH, Variable


class arce_simulation_montant_are_cumul(Variable):
    value_type = float
    entity = Individu
    definition_period = MONTH
    label = "Montant brut maximal d'ARE payable en cumul avec une entreprise créée ce mois-ci, en euros"
    reference = [references.RAC_2024_ART_32_BIS, references.UNEDIC_CIRCULAIRE_2025_03, references.UNEDIC_CUMUL]
    unit = "currency-EUR"
    documentation = """
    Comparison for a job seeker about to create (issue 4 item 6), to read beside
    arce_simulation_montant_arce: the most the ARE cumul route pays while the activity lasts =
    share of the rights payable in cumul (100 %, 60 % for a creation from 2025-04-01: the value
    of the month computed) × days left at the start of the month × AJ of the month, rounded to
    the cent. It is reached only when the activity income leaves all days payable (low income),
    and it is spread over the months; the month-by-month amounts are those of `are` with the
    turnover given. The ARCE is paid at once (two instalments) whatever the income.
    """

    def formula_2019_11_01(individu, period, parameters):
        part = parameters(period).are.cumul.part_reliquat_plafond_non_salarie
        restants = individu("are_jours_restants", period)
        allocation = arrondi_centime(individu("are_allocation_journaliere", period))
        return numpy.where(restants > 0, arrondi_centime(part * restants * allocation), 0)
