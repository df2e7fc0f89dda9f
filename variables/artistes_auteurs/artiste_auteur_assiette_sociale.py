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
    CSS L382-3, tel que l'applique l'Urssaf artistes-auteurs (R = artiste_auteur_revenus_artistiques) :
    - régime spécial BNC : R × (1 − 34 %) × (1 + 15 %) (10 000 € de recettes donnent 7 590 €) ;
    - déclaration contrôlée : (R − frais) × (1 + 15 %), 0 en cas de déficit ;
    - traitements et salaires : R.
    Choix de modélisation : calculée sur les revenus du mois, comme s'ils étaient précomptés à
    leur perception (le précompte du diffuseur procède ainsi ; les revenus déclarés en BNC sont
    en réalité appelés par l'Urssaf sur le bénéfice de l'année, ce qui donne le même total sur
    une année). L'abattement minimal de 305 € du régime spécial BNC est une règle annuelle de
    l'impôt sur le revenu : il n'est pas appliqué mois par mois à l'assiette sociale (il ne
    modifie l'assiette que lorsque les recettes d'une année sont inférieures à 897,06 €).
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
