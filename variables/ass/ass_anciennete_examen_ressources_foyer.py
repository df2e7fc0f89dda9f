from openfisca_ass import references
from openfisca_ass.entities import Famille
from openfisca_ass.model_api import MONTH, Variable


class ass_anciennete_examen_ressources_foyer(Variable):
    value_type = int
    entity = Famille
    definition_period = MONTH
    label = "Nombre de mois écoulés depuis le dernier examen des ressources du foyer pour l'ASS"
    reference = [references.CT_R5423_2, references.CT_R5423_8, references.CT_R5423_9]
    unit = "month"
    documentation = """
    ass_anciennete_examen_ressources du parent dont la demande fixe le calendrier du foyer
    (ass_demandeur_principal) : les ressources des deux parents sont lues sur la même période.
    """

    def formula(famille, period, parameters):
        anciennete = famille.members("ass_anciennete_examen_ressources", period)
        principal = famille.members("ass_demandeur_principal", period)
        return famille.sum(anciennete * principal, role=Famille.PARENT)
