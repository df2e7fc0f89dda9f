from openfisca_ass import references
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import MONTH, Variable


class artiste_auteur_revenu_apres_cotisations(Variable):
    value_type = float
    entity = Individu
    definition_period = MONTH
    label = "Revenus artistiques bruts du mois moins les cotisations et contributions de l'artiste-auteur, en euros"
    reference = [references.URSSAF_ARTISTES_AUTEURS, references.SECU_ARTISTES_AUTEURS_TAUX]
    unit = "currency-EUR"
    documentation = """
    artiste_auteur_revenus_artistiques − artiste_auteur_cotisations : ce qui reste des revenus
    d'auteur du mois après ce que l'Urssaf artistes-auteurs prélève dessus. Les frais
    professionnels (même ceux donnés pour la déclaration contrôlée) et l'impôt sur le revenu ne
    sont pas déduits ; ce n'est pas le revenu imposable (artiste_auteur_revenu_imposable).
    """

    def formula(individu, period, parameters):
        return individu("artiste_auteur_revenus_artistiques", period) - individu("artiste_auteur_cotisations", period)
