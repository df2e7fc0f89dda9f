import numpy

from openfisca_ass import references
from openfisca_ass.entities import Individu
from openfisca_ass.enums import RegimesFiscauxArtisteAuteur
from openfisca_ass.model_api import MONTH, Variable


class artiste_auteur_assiette_sociale(Variable):
    value_type = float
    entity = Individu
    definition_period = MONTH
    label = "Assiette sociale des revenus artistiques du mois (cotisations des artistes-auteurs), en euros"
    reference = [
        references.SECU_ARTISTES_AUTEURS_ASSIETTE,
        references.URSSAF_ARTISTES_AUTEURS,
        references.CGI_102_TER,
    ]
    unit = "currency-EUR"
    documentation = """
    CSS L382-3, as the Urssaf artistes-auteurs applies it (R = artiste_auteur_revenus_artistiques):
    - special BNC regime: R × (1 − 34 %) × (1 + 15 %) (10 000 € of receipts give 7 590 €);
    - déclaration contrôlée: (R − expenses) × (1 + 15 %), 0 for a loss;
    - traitements et salaires: R.
    Modelling choice: computed on the month's income, as if withheld when received (the diffuseur's
    précompte does so; income declared as BNC is in fact called by the Urssaf on the year's
    profit, which gives the same total over a year). The 305 € minimum abatement of the special
    BNC regime is an annual income-tax rule: it is not applied to the social base month by month
    (it changes the base only when a year's receipts are under 897.06 €).
    """

    def formula(individu, period, parameters):
        recettes = individu("artiste_auteur_revenus_artistiques", period)
        regime = individu("artiste_auteur_regime_fiscal", period)
        majoration = 1 + parameters(period).artistes_auteurs.assiette.majoration_bnc
        abattement_bnc = parameters(period).micro_entreprise.abattement.prestations_services_bnc
        frais = individu("artiste_auteur_frais_professionnels", period)
        return numpy.select(
            [
                regime == RegimesFiscauxArtisteAuteur.bnc_special,
                regime == RegimesFiscauxArtisteAuteur.declaration_controlee,
            ],
            [
                recettes * (1 - abattement_bnc) * majoration,
                numpy.maximum(recettes - frais, 0) * majoration,
            ],
            recettes,
        )
