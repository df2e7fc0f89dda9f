from openfisca_ass import references
from openfisca_ass.calendrier import arrondi_centime
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import MONTH, Variable


class are(Variable):
    value_type = float
    entity = Individu
    definition_period = MONTH
    label = "Montant brut de l'ARE versé au titre du mois, après cumul avec une activité, en euros"
    reference = [references.ARE_DECRET_2019_797, references.RAC_2024_ART_32_BIS, references.UNEDIC_CUMUL]
    unit = "currency-EUR"
    documentation = """
    Days paid (are_jours_indemnisables) × AJ of the month (are_allocation_journaliere), rounded
    to the cent. Gross: the 3 % complementary-pension deduction, the CSG and the CRDS are not
    modelled. Formula from 2019-11-01 (DECISIONS.md D16): 0 before.
    """

    def formula_2019_11_01(individu, period, parameters):
        jours = individu("are_jours_indemnisables", period)
        allocation = arrondi_centime(individu("are_allocation_journaliere", period))
        return arrondi_centime(jours * allocation)
