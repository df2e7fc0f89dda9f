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
    Par jour indemnisé : crds_remplacement_taux (0,5 %, 0 en cas d'exonération de CSG) × 98,25 %
    de l'allocation journalière restant après la participation retraite, arrondi au centime,
    réduit pour que l'allocation restant après la CSG et la CRDS reste au moins égale à
    csg_seuil_smic_journalier (la limitation de l'article L136-8 du CSS, que l'ordonnance
    n° 96-50 art. 14 étend à la CRDS ; la CSG est prélevée en premier) ; × les jours indemnisés.
    """

    def formula_2019_11_01(individu, period, parameters):
        return retenues_mois_are(individu, period, parameters)["crds"]
