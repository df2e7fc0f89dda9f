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
    R5423-2 : ressources du demandeur (ass_demandeur_principal : le demandeur, ou le conjoint
    lorsque lui seul a donné une date de demande) et de l'autre parent, sur les 12 mois précédant
    le mois de la demande ou du dernier renouvellement. Les allocations de chômage de l'autre
    parent comptent, celles du demandeur non (R5423-3 1°). Les ressources des enfants ne sont pas
    comptées.
    Les ressources mensuelles comparées au plafond sont ce total divisé par 12. Jamais
    négatives : les pensions alimentaires versées ne peuvent pas rendre les ressources
    inférieures à zéro.

    Simplifications : l'ASS demandée intervient par le différentiel (plafond − ressources), non
    comme une ressource ; l'éventuelle ASS propre du conjoint n'est pas comptée.
    """

    def formula(famille, period, parameters):
        ressources_parents = famille.sum(famille.members("ass_base_ressources_individu", period), role=Famille.PARENT)
        chomage = famille.members("ass_base_ressources_chomage_individu", period)
        principal = famille.members("ass_demandeur_principal", period)
        chomage_autre_parent = famille.sum(chomage * (1 - principal), role=Famille.PARENT)
        return numpy.maximum(ressources_parents + chomage_autre_parent, 0)
