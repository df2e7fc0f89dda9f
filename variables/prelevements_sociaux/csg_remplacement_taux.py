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
    The rate of taux_csg_remplacement: 0 when exempt, the reduced rate (L136-8 III), the full
    rate on unemployment allowances (L136-8 II 1° a). No median rate: the 6.6 % rate applies to
    pensions only.
    """

    def formula_2019_01_01(individu, period, parameters):
        p = parameters(period).prelevements_sociaux.csg_remplacement
        taux = individu("taux_csg_remplacement", period)
        return numpy.select(
            [taux == TypesTauxCsgRemplacement.taux_reduit, taux == TypesTauxCsgRemplacement.taux_plein],
            [p.taux_reduit, p.taux_plein],
            0,
        )
