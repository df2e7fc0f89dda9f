"""Enumerations shared by several variables (variable files cannot import each other)."""

import numpy
from openfisca_core.indexed_enums import Enum


class TypesActiviteMicroEntreprise(Enum):
    """Category of a micro-enterprise: it sets the flat-rate abatement and the contribution rate.

    CGI art. 50-0 (micro-BIC) and 102 ter (micro-BNC); CSS D613-4 (micro-social rates).
    """

    __order__ = (
        "vente_marchandises prestations_services_bic prestations_services_bnc "
        "meuble_tourisme_classe meuble_tourisme_non_classe"
    )
    vente_marchandises = "Vente de marchandises, fourniture de logement (micro-BIC, CGI art. 50-0 1 1° a)"
    prestations_services_bic = "Prestations de services commerciales ou artisanales (micro-BIC)"
    prestations_services_bnc = "Activités libérales, bénéfices non commerciaux (micro-BNC)"
    meuble_tourisme_classe = "Meublés de tourisme classés et chambres d'hôtes (micro-BIC)"
    meuble_tourisme_non_classe = "Meublés de tourisme non classés (micro-BIC)"


class TypesFaitGenerateurAti(Enum):
    """Event that ended the non-salaried activity and may open the ATI (CT L5424-25)."""

    __order__ = (
        "aucun liquidation_judiciaire redressement_judiciaire_remplacement_dirigeant cessation_activite_non_viable"
    )
    aucun = "Aucun événement ouvrant droit à l'ATI"
    liquidation_judiciaire = "Liquidation judiciaire de l'entreprise (L5424-25 1°)"
    redressement_judiciaire_remplacement_dirigeant = (
        "Redressement judiciaire dont le plan impose le remplacement du dirigeant (L5424-25 2°)"
    )
    cessation_activite_non_viable = (
        "Cessation totale et définitive d'une activité non viable économiquement, à compter du 2022-04-01 (L5424-25 3°)"
    )


class RegimesFiscauxArtisteAuteur(Enum):
    """How the artist-author's income is declared for income tax: it sets their social base.

    CGI art. 102 ter (special BNC regime, 34 % abatement), 93 (déclaration contrôlée), 93-1
    quater (authors' income declared by third parties taxed as traitements et salaires).
    """

    __order__ = "bnc_special declaration_controlee traitements_salaires"
    bnc_special = "Régime déclaratif spécial BNC (micro-BNC, abattement de 34 %, CGI art. 102 ter)"
    declaration_controlee = "Déclaration contrôlée des bénéfices non commerciaux (CGI art. 93, 2035)"
    traitements_salaires = "Traitements et salaires (droits d'auteur déclarés par des tiers, CGI art. 93-1 quater)"


def par_categorie(noeud, activite):
    """The value of a parameter node for each person's category, e.g. the abatement rate.

    Same result as ``noeud[activite]``, whose vectorial lookup in core loops over the people in
    Python (0.15 s for 100 000 people): here, one value per category, then one numpy indexing.
    """
    valeurs = numpy.array([noeud[categorie.name] for categorie in activite.possible_values])
    return valeurs[numpy.asarray(activite)]


class TypesTauxCsgRemplacement(Enum):
    """Rate of the CSG on replacement income, as a France Travail notification shows it (CSS L136-8)."""

    __order__ = "exonere taux_reduit taux_plein"
    exonere = "Exonéré de CSG et de CRDS (revenu fiscal de référence N−2 sous le plafond d'exonération)"
    taux_reduit = "Taux réduit de CSG (3,8 %) et CRDS"
    taux_plein = "Taux plein de CSG (6,2 %) et CRDS"
