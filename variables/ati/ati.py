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
    Montant journalier (ati_montant_journalier) × jours indemnisés du mois
    (ati_jours_indemnisables), arrondi au centime. Sur un droit complet : 182 × 26,30 =
    4 786,60 € au plus, 182 × 19,73 = 3 590,86 € au plancher. L'ATI est brute (après CSG et
    CRDS : ati_net). Un mois antérieur au 2019-11-01 (ATI non en vigueur) ou sans droit donne 0.
    """

    def formula_2019_11_01(individu, period, parameters):
        jours = individu("ati_jours_indemnisables", period)
        return arrondi_centime(jours * individu("ati_montant_journalier", period))
