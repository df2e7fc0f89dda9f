from openfisca_ass import references
from openfisca_ass.calendrier import arrondi_centime
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import MONTH, Variable


class ati_net(Variable):
    value_type = float
    entity = Individu
    definition_period = MONTH
    label = "ATI nette versée pour le mois, après CSG et CRDS, en euros"
    reference = [references.CSS_L136_8, references.ORDONNANCE_96_50_CRDS, references.CT_L5424_24_ATI]
    unit = "currency-EUR"
    documentation = """
    ati − ati_csg − ati_crds (aucune participation retraite sur l'ATI). 0 ≤ ati_net ≤ ati.
    """

    def formula_2019_11_01(individu, period, parameters):
        return arrondi_centime(individu("ati", period) - individu("ati_csg", period) - individu("ati_crds", period))
