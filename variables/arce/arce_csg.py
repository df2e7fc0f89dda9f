from openfisca_ass import references
from openfisca_ass.calendrier import arrondi_centime
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import MONTH, Variable


class arce_csg(Variable):
    value_type = float
    entity = Individu
    definition_period = MONTH
    label = "CSG prélevée sur le versement de l'ARCE du mois, en euros"
    reference = [references.CSS_L136_8, references.SERVICE_PUBLIC_ARCE]
    unit = "currency-EUR"
    documentation = """
    The ARCE is paid from the ARE right and bears the CSG and the CRDS (docs/RULES.md §5.1:
    Pôle emploi; UNVERIFIED on a primary text): csg_remplacement_taux × 98.25 % of the instalment
    after the 3 % participation (arce), rounded to the cent. Modelling choice: the daily SMIC
    threshold, which limits a daily allowance, is not applied to this capital (UNVERIFIED).
    """

    def formula_2019_11_01(individu, period, parameters):
        abattement = parameters(period).prelevements_sociaux.csg_remplacement.abattement_frais
        return arrondi_centime(individu("arce", period) * (1 - abattement) * individu("csg_remplacement_taux", period))
