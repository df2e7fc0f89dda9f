from openfisca_ass import references
from openfisca_ass.calendrier import arrondi_centime
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import MONTH, Variable


class ati(Variable):
    value_type = float
    entity = Individu
    definition_period = MONTH
    label = "Allocation des travailleurs indépendants (ATI) versée pour le mois, en euros"
    reference = [references.CT_L5424_24_ATI, references.DECRET_2022_451_ATI, references.DECRET_2019_796]
    unit = "currency-EUR"
    documentation = """
    Daily amount (ati_montant_journalier) × days of the month paid (ati_jours_indemnisables),
    rounded to the cent. Over a full right: 182 × 26.30 = 4 786.60 € at most, 182 × 19.73 =
    3 590.86 € at the floor. The ATI is gross (CSG-CRDS not deducted). A month before 2019-11-01
    (ATI not in force) or without a right gives 0.
    """

    def formula_2019_11_01(individu, period, parameters):
        jours = individu("ati_jours_indemnisables", period)
        return arrondi_centime(jours * individu("ati_montant_journalier", period))
