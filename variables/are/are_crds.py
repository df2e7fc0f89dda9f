from openfisca_ass import references
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import MONTH, Variable
from openfisca_ass.retenues_sociales import retenues_mois_are


class are_crds(Variable):
    value_type = float
    entity = Individu
    definition_period = MONTH
    label = "CRDS prélevée sur l'ARE du mois, en euros"
    reference = [references.ORDONNANCE_96_50_CRDS, references.CSS_L136_8, references.UNEDIC_RETENUES_SOCIALES]
    unit = "currency-EUR"
    documentation = """
    Per day paid: crds_remplacement_taux (0.5 %, 0 when exempt from the CSG) × 98.25 % of the
    daily allowance left after the pension participation, rounded to the cent, cut so that the
    allowance left after the CSG and the CRDS stays at or above csg_seuil_smic_journalier (the
    limitation of CSS L136-8, which ordonnance n° 96-50 art. 14 extends to the CRDS; the CSG is
    taken first); × the days paid.
    """

    def formula_2019_11_01(individu, period, parameters):
        return retenues_mois_are(individu, period, parameters)["crds"]
