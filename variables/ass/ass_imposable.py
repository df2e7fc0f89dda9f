from openfisca_ass import references
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import MONTH, Variable


class ass_imposable(Variable):
    value_type = float
    entity = Individu
    definition_period = MONTH
    label = "ASS imposable du mois (à déclarer en traitements et salaires, cases 1AP à 1DP), en euros"
    reference = [references.IMPOTS_ALLOCATIONS_CHOMAGE]
    unit = "currency-EUR"
    documentation = """
    Equal to ass: the ASS is an unemployment allowance taxable as a salary (impots.gouv,
    « Allocations chômage », updated 2024-05-13: "l'Allocation de Solidarité Spécifique (ASS)";
    brochure IR, BOI-RSA-CHAMP-20-20). Only the end-of-year aid ("prime de Noël") is not taxable,
    and it is not modelled. No CSG is deducted from it, so none is deductible.
    """

    def formula(individu, period, parameters):
        return individu("ass", period)
