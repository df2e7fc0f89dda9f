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
    CSS L136-8 : la CSG ne peut pas réduire l'allocation de chômage nette en dessous du SMIC. Par
    jour, tel que l'applique l'Unédic : SMIC horaire du mois × 35 h ÷ 7 jours, arrondi à l'euro
    supérieur (par exemple 11,88 × 35 ÷ 7 = 59,40 → 60 € à partir du 2024-11-01). Le SMIC du
    premier jour du mois.
    """

    def formula_2019_01_01(individu, period, parameters):
        p = parameters(period).marche_travail
        return seuil_smic_journalier(p.smic_horaire_brut, p.duree_legale_hebdomadaire_heures) + individu.filled_array(0)
