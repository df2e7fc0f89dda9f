import numpy

from openfisca_ass import references
from openfisca_ass.entities import Famille, Individu
from openfisca_ass.model_api import MONTH, Variable


class ass_ressources_mensuelles(Variable):
    value_type = float
    entity = Individu
    definition_period = MONTH
    label = "Ressources mensuelles du foyer comparées au plafond de l'ASS de la personne, en euros"
    reference = [references.CT_R5423, references.SERVICE_PUBLIC_ASS]
    unit = "currency-EUR"
    documentation = """
    R5423-2 : un douzième des ressources des 12 mois précédant le dernier examen, celles de la
    personne et de son conjoint, à l'exception des allocations de chômage de la personne
    elle-même (R5423-3 1°). Pour le demandeur de la famille, c'est ass_base_ressources ÷ 12 ; la
    même règle s'applique à un conjoint qui demande l'ASS.
    """

    def formula(individu, period, parameters):
        nombre_mois = parameters(period).ass.ressources.nombre_mois_reference
        # individu.famille.sum(...) gives each person the total of their famille's parents.
        ressources = individu.famille.sum(individu("ass_base_ressources_individu", period), role=Famille.PARENT)
        chomage = individu.famille.sum(individu("ass_base_ressources_chomage_individu", period), role=Famille.PARENT)
        chomage_personnel = individu("ass_base_ressources_chomage_individu", period)
        total = ressources + chomage - chomage_personnel
        return numpy.maximum(total, 0) / nombre_mois
