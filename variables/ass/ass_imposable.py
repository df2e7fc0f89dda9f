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
    Égale à ass : l'ASS est une allocation de chômage imposable comme un salaire (impots.gouv,
    « Allocations chômage », mise à jour du 2024-05-13 : « l'Allocation de Solidarité Spécifique
    (ASS) » ; brochure IR, BOI-RSA-CHAMP-20-20). Seule l'aide de fin d'année (« prime de Noël »)
    n'est pas imposable, et elle n'est pas modélisée. Aucune CSG n'en est prélevée, aucune n'est
    donc déductible.
    """

    def formula(individu, period, parameters):
        return individu("ass", period)
