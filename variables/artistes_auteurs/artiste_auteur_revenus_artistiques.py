from openfisca_ass import references
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import MONTH, Variable


class artiste_auteur_revenus_artistiques(Variable):
    value_type = float
    entity = Individu
    definition_period = MONTH
    label = "Revenus bruts du mois relevant du régime des artistes-auteurs (principaux et accessoires admis), en euros"
    reference = [references.URSSAF_ARTISTES_AUTEURS, references.SECU_ARTISTES_AUTEURS_ACCESSOIRES]
    unit = "currency-EUR"
    documentation = """
    artiste_auteur_revenus + artiste_auteur_revenus_accessoires_admis : les recettes brutes (ou
    le montant brut déclaré en traitements et salaires) sur lesquelles sont calculés l'assiette
    sociale, les cotisations et le revenu imposable.
    """

    def formula(individu, period, parameters):
        return individu("artiste_auteur_revenus", period) + individu("artiste_auteur_revenus_accessoires_admis", period)
