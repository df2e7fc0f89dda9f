from openfisca_ass import references
from openfisca_ass.calendrier import arrondi_centime
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import MONTH, Variable


class revenus_remplacement_imposables(Variable):
    value_type = float
    entity = Individu
    definition_period = MONTH
    label = "Allocations imposables du mois (ARE, ASS, ATI, ARCE), à déclarer en cases 1AP à 1DP, en euros"
    reference = [references.IMPOTS_ALLOCATIONS_CHOMAGE]
    unit = "currency-EUR"
    documentation = """
    are_imposable + ass_imposable + ati_imposable + arce_imposable : ce que la personne déclare
    au titre des allocations de chômage pour le mois. Les salaires et les revenus de
    micro-entrepreneur sont déclarés sur d'autres lignes et ne sont pas inclus.
    """

    def formula(individu, period, parameters):
        return arrondi_centime(
            individu("are_imposable", period)
            + individu("ass_imposable", period)
            + individu("ati_imposable", period)
            + individu("arce_imposable", period)
        )
