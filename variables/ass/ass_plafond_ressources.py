from openfisca_ass import references
from openfisca_ass.entities import Famille, Individu
from openfisca_ass.model_api import MONTH, Variable


class ass_plafond_ressources(Variable):
    value_type = float
    entity = Individu
    definition_period = MONTH
    label = "Plafond mensuel de ressources de l'ASS, personne seule ou couple, en euros"
    reference = [references.CT_R5423, references.SERVICE_PUBLIC_ASS]
    unit = "currency-EUR"
    documentation = """
    R5423-1 3° : 70 fois le montant journalier pour une personne seule, 110 fois pour un couple
    (mariés, pacsés ou concubins). Un couple est une famille à deux parents. Le montant journalier
    est celui de la personne : les plafonds de Mayotte découlent donc du montant de Mayotte.
    """

    def formula(individu, period, parameters):
        plafond = parameters(period).ass.plafond
        en_couple = individu.famille.nb_persons(Famille.PARENT) > 1
        coefficient = en_couple * plafond.coefficient_couple + (1 - en_couple) * plafond.coefficient_personne_seule
        return coefficient * individu("ass_montant_journalier", period)
