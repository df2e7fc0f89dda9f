import numpy

from openfisca_ass import references
from openfisca_ass.entities import Individu
from openfisca_ass.enums import TypesTauxCsgRemplacement
from openfisca_ass.model_api import MONTH, Variable


class csg_remplacement_taux(Variable):
    value_type = float
    entity = Individu
    definition_period = MONTH
    label = "Taux de CSG appliqué aux allocations de chômage du mois (0, 3,8 % ou 6,2 %)"
    reference = [references.CSS_L136_8]
    unit = "/1"
    documentation = """
    Le taux correspondant à taux_csg_remplacement : 0 en cas d'exonération, le taux réduit
    (L136-8 III), le taux plein sur les allocations de chômage (L136-8 II 1° a). Pas de taux
    médian : le taux de 6,6 % ne s'applique qu'aux pensions.
    """

    def formula_2019_01_01(individu, period, parameters):
        p = parameters(period).prelevements_sociaux.csg_remplacement
        taux = individu("taux_csg_remplacement", period)
        return numpy.select(
            [taux == TypesTauxCsgRemplacement.taux_reduit, taux == TypesTauxCsgRemplacement.taux_plein],
            [p.taux_reduit, p.taux_plein],
            0,
        )
