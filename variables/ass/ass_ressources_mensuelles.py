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
    elle-même (R5423-3 1°).

    - Le demandeur dont la demande fixe le calendrier du foyer (ass_demandeur_principal) :
      ass_base_ressources de la famille ÷ 12. Une base donnée sur la famille (tirée de la
      notification du demandeur) est donc celle comparée au plafond.
    - L'autre parent, lorsqu'il demande aussi l'ASS : son propre total, tiré des bases
      individuelles des parents (ass_base_ressources_individu), les allocations de chômage du
      demandeur comptées et les siennes exclues (R5423-3 1°), jamais négatif. ass_base_ressources
      est le total du demandeur, pas le sien.
    """

    def formula(individu, period, parameters):
        nombre_mois = parameters(period).ass.ressources.nombre_mois_reference
        base_du_foyer = individu.famille("ass_base_ressources", period)

        # individu.famille.sum(...) gives each person the total of their famille's parents.
        ressources = individu.famille.sum(individu("ass_base_ressources_individu", period), role=Famille.PARENT)
        chomage = individu.famille.sum(individu("ass_base_ressources_chomage_individu", period), role=Famille.PARENT)
        chomage_personnel = individu("ass_base_ressources_chomage_individu", period)
        base_personnelle = numpy.maximum(ressources + chomage - chomage_personnel, 0)

        principal = individu("ass_demandeur_principal", period)
        return numpy.where(principal, base_du_foyer, base_personnelle) / nombre_mois
