import numpy

from openfisca_ass import references
from openfisca_ass.entities import Individu
from openfisca_ass.enums import TypesTauxCsgRemplacement
from openfisca_ass.model_api import MONTH, Variable


class crds_remplacement_taux(Variable):
    value_type = float
    entity = Individu
    definition_period = MONTH
    label = "Taux de CRDS appliqué aux allocations de chômage du mois (0 ou 0,5 %)"
    reference = [references.ORDONNANCE_96_50_CRDS, references.CSS_L136_8]
    unit = "/1"
    documentation = """
    0,5 % (ordonnance n° 96-50, art. 19), 0 pour une personne exonérée de la CSG sur les revenus
    de remplacement (art. 14 : l'exonération de l'article L136-8 III du CSS s'applique à la
    CRDS).
    """

    def formula_2019_01_01(individu, period, parameters):
        taux = individu("taux_csg_remplacement", period)
        crds_taux = parameters(period).prelevements_sociaux.crds_taux
        return numpy.where(taux == TypesTauxCsgRemplacement.exonere, 0, crds_taux)
