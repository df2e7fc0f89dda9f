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
    R5423-2: one twelfth of the resources of the 12 months before the last examination, those of
    the person and of the spouse, the person's own unemployment allowances excepted (R5423-3 1°).
    For the famille's demandeur it is ass_base_ressources ÷ 12; the same rule applies to a
    conjoint who claims the ASS.
    """

    def formula(individu, period, parameters):
        nombre_mois = parameters(period).ass.ressources.nombre_mois_reference
        # individu.famille.sum(...) gives each person the total of their famille's parents.
        ressources = individu.famille.sum(individu("ass_base_ressources_individu", period), role=Famille.PARENT)
        chomage = individu.famille.sum(individu("ass_base_ressources_chomage_individu", period), role=Famille.PARENT)
        chomage_personnel = individu("ass_base_ressources_chomage_individu", period)
        total = ressources + chomage - chomage_personnel
        return numpy.maximum(total, 0) / nombre_mois
