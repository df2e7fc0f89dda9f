from openfisca_ass import references
from openfisca_ass.calendrier import arrondi_centime
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import MONTH, Variable


class arce_net(Variable):
    value_type = float
    entity = Individu
    definition_period = MONTH
    label = "Versement de l'ARCE du mois net de la participation retraite, de la CSG et de la CRDS, en euros"
    reference = [references.SERVICE_PUBLIC_ARCE, references.CSS_L136_8]
    unit = "currency-EUR"
    documentation = """
    arce (déjà nette de la participation retraite de 3 %) − arce_csg − arce_crds.
    """

    def formula_2019_11_01(individu, period, parameters):
        return arrondi_centime(individu("arce", period) - individu("arce_csg", period) - individu("arce_crds", period))
