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
    Par jour indemnisé : csg_remplacement_taux × 98,25 % de l'allocation journalière restant
    après la participation retraite, arrondi au centime, réduit pour que l'allocation restant
    après la CSG reste au moins égale à csg_seuil_smic_journalier (CSS L136-8 : rien lorsque
    l'allocation après la participation est inférieure ou égale au seuil, une partie juste
    au-dessus) ; × les jours indemnisés.
    """

    def formula_2019_11_01(individu, period, parameters):
        return retenues_mois_are(individu, period, parameters)["csg"]
