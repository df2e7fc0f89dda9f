from openfisca_ass import references
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import MONTH, Variable
from openfisca_ass.retenues_sociales import seuil_smic_journalier


class csg_seuil_smic_journalier(Variable):
    value_type = float
    entity = Individu
    definition_period = MONTH
    label = "Seuil journalier (SMIC) sous lequel la CSG et la CRDS ne réduisent pas une allocation de chômage, en euros"
    reference = [references.CSS_L136_8, references.UNEDIC_RETENUES_SOCIALES]
    unit = "currency-EUR"
    documentation = """
    CSS L136-8: the CSG may not bring the net unemployment allowance below the SMIC. Per day, as
    the Unédic applies it: hourly SMIC of the month × 35 h ÷ 7 days, rounded up to the euro (e.g.
    11.88 × 35 ÷ 7 = 59.40 → 60 € from 2024-11-01). The SMIC of the first day of the month.
    """

    def formula_2019_01_01(individu, period, parameters):
        p = parameters(period).prelevements_sociaux.seuil_smic
        return seuil_smic_journalier(p.smic_horaire_brut, p.duree_legale_hebdomadaire_heures) + individu.filled_array(0)
