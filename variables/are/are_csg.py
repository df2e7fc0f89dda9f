from openfisca_ass import references
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import MONTH, Variable
from openfisca_ass.retenues_sociales import retenues_mois_are


class are_csg(Variable):
    value_type = float
    entity = Individu
    definition_period = MONTH
    label = "CSG prélevée sur l'ARE du mois, en euros"
    reference = [references.CSS_L136_8, references.CSS_L136_1_2, references.UNEDIC_RETENUES_SOCIALES]
    unit = "currency-EUR"
    documentation = """
    Per day paid: csg_remplacement_taux × 98.25 % of the daily allowance left after the pension
    participation, rounded to the cent, cut so that the allowance left after it stays at or above
    csg_seuil_smic_journalier (CSS L136-8: nothing when the allowance after the participation is
    at or below the threshold, part of it just above); × the days paid.
    """

    def formula_2019_11_01(individu, period, parameters):
        return retenues_mois_are(individu, period, parameters)["csg"]
