from openfisca_ass import references
from openfisca_ass.calendrier import arrondi_centime
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import MONTH, Variable
from openfisca_ass.retenues_sociales import csg_deductible


class arce_imposable(Variable):
    value_type = float
    entity = Individu
    definition_period = MONTH
    label = "Versement de l'ARCE du mois imposable, en euros"
    reference = [references.IMPOTS_ALLOCATIONS_CHOMAGE, references.CGI_154_QUINQUIES, references.SERVICE_PUBLIC_ARCE]
    unit = "currency-EUR"
    documentation = """
    arce − la partie déductible de arce_csg (3,8 points de l'assiette). Choix de modélisation
    (NON VÉRIFIÉ, docs/RULES.md §5.1) : l'ARCE, capital versé sur le droit à l'ARE, est imposable
    comme l'ARE ; la participation de 3 %, déjà hors de arce, n'est pas imposée.
    """

    def formula_2019_11_01(individu, period, parameters):
        p = parameters(period).prelevements_sociaux.csg_remplacement
        arce = individu("arce", period)
        deductible = csg_deductible(individu("arce_csg", period), arce * (1 - p.abattement_frais), p.taux_deductible)
        return arrondi_centime(arce - deductible)
