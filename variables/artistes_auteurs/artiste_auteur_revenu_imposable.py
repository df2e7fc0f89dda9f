import numpy

from openfisca_ass import references
from openfisca_ass.calendrier import CENTIMES_PAR_EURO, arrondi_centime, en_centimes
from openfisca_ass.entities import Individu
from openfisca_ass.enums import RegimesFiscauxArtisteAuteur
from openfisca_ass.model_api import MONTH, Variable


class artiste_auteur_revenu_imposable(Variable):
    value_type = float
    entity = Individu
    definition_period = MONTH
    label = "Revenus artistiques imposables du mois, avant l'abattement minimal annuel, en euros"
    reference = [
        references.CGI_102_TER,
        references.SECU_ARTISTES_AUTEURS_TAUX,
        references.CT_R5423_3,
        references.CT_R5423_5,
    ]
    unit = "currency-EUR"
    documentation = """
    Les revenus d'auteur tels que déclarés à l'impôt sur le revenu, mois par mois (R = recettes) :
    - régime spécial BNC (CGI art. 102 ter) : R × (1 − 34 %) ;
    - déclaration contrôlée (CGI art. 93) : R − frais, 0 en cas de déficit (Choix de
      modélisation : un déficit BNC n'est pas imputé ici sur les autres revenus) ;
    - traitements et salaires (CGI art. 93-1 quater) : R − les cotisations déductibles
      (vieillesse, CFP et 6,8 points de CSG), avant la déduction de 10 % pour frais
      professionnels, comme salaire_imposable.
    Ce sont les revenus d'auteur comptés dans les ressources de l'ASS (R5423-2 à R5423-5, comme
    micro_entreprise_revenu pour les micro-entrepreneurs, DECISIONS.md D3). L'abattement minimal
    de 305 € est annuel : artiste_auteur_revenu_imposable_annuel.
    """

    def formula(individu, period, parameters):
        recettes = individu("artiste_auteur_revenus_artistiques", period)
        if not recettes.any():
            return numpy.zeros(individu.count)
        regime = individu("artiste_auteur_regime_fiscal", period)
        abattement_bnc = parameters(period).micro_entreprise.abattement.prestations_services_bnc
        cotisations = parameters(period).artistes_auteurs.cotisations
        non_deductibles = (cotisations.csg - cotisations.csg_deductible + cotisations.crds) * individu(
            "artiste_auteur_assiette_csg_crds", period
        )
        # In float64 from whole cents: the float32 contributions would shift a half cent.
        cotisations_payees = en_centimes(individu("artiste_auteur_cotisations", period)) / CENTIMES_PAR_EURO
        deductibles = cotisations_payees - non_deductibles
        return numpy.select(
            [
                regime == RegimesFiscauxArtisteAuteur.bnc_special,
                regime == RegimesFiscauxArtisteAuteur.declaration_controlee,
            ],
            [
                recettes * (1 - abattement_bnc),
                numpy.maximum(recettes - individu("artiste_auteur_frais_professionnels", period), 0),
            ],
            arrondi_centime(recettes - deductibles),
        )
