import numpy

from openfisca_ass import references
from openfisca_ass.entities import Famille
from openfisca_ass.model_api import MONTH, Variable


class ass_base_ressources(Variable):
    value_type = float
    entity = Famille
    definition_period = MONTH
    label = (
        "Ressources du foyer retenues pour l'ASS du demandeur sur les 12 mois précédant le dernier"
        " examen, en euros (total, non moyenne mensuelle)"
    )
    reference = [references.CT_R5423, references.SERVICE_PUBLIC_ASS]
    unit = "currency-EUR"
    documentation = """
    R5423-2: resources of the claimant (ass_demandeur_principal: the demandeur, or the conjoint
    when only they gave a claim date) and of the other parent, over the 12 months before the month
    of the claim or of the last renewal. The other parent's unemployment allowances count, the
    claimant's do not (R5423-3 1°). Children's resources are not counted.
    The monthly resources compared with the ceiling are this total divided by 12. Never
    negative: alimony paid cannot bring the resources below zero.

    Simplifications: the ASS being claimed enters through the differential (ceiling − resources),
    not as a resource; the spouse's own ASS, if any, is not counted.
    """

    def formula(famille, period, parameters):
        ressources_parents = famille.sum(famille.members("ass_base_ressources_individu", period), role=Famille.PARENT)
        chomage = famille.members("ass_base_ressources_chomage_individu", period)
        principal = famille.members("ass_demandeur_principal", period)
        chomage_autre_parent = famille.sum(chomage * (1 - principal), role=Famille.PARENT)
        return numpy.maximum(ressources_parents + chomage_autre_parent, 0)
