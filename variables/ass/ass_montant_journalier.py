from openfisca_ass import references
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import MONTH, Variable


class ass_montant_journalier(Variable):
    value_type = float
    entity = Individu
    definition_period = MONTH
    label = "Montant journalier à taux plein de l'ASS applicable à la personne, en euros"
    reference = [references.CT_L5423, references.SERVICE_PUBLIC_ASS]
    unit = "currency-EUR"
    documentation = """
    Le montant journalier fixé chaque année par décret (L5423-6), avec un montant propre à
    Mayotte.
    """

    def formula(individu, period, parameters):
        montant = parameters(period).ass.montant
        return (
            individu("residence_mayotte", period) * montant.taux_journalier_mayotte
            + (1 - individu("residence_mayotte", period)) * montant.taux_journalier
        )
