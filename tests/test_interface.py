"""The public names of ``../shared/INTERFACE.md`` exist with their entity, period and type.

The table below is INTERFACE.md's, copied: renaming or removing one of these names is a breaking
change (major version), so this test fails before a user's code does.
"""

import datetime

import pytest
from openfisca_core.indexed_enums import Enum

from openfisca_ass import CountryTaxBenefitSystem
from openfisca_ass.enums import RegimesFiscauxArtisteAuteur, TypesActiviteMicroEntreprise

SYSTEM = CountryTaxBenefitSystem()

INTERFACE = [
    # inputs
    ("date_naissance", "individu", "eternity", datetime.date),
    ("demandeur_emploi", "individu", "month", bool),
    ("salaire_brut", "individu", "month", float),
    ("salaire_imposable", "individu", "month", float),
    ("micro_entreprise_chiffre_affaires", "individu", "month", float),
    ("micro_entreprise_activite", "individu", "month", Enum),
    ("micro_entreprise_date_creation", "individu", "eternity", datetime.date),
    ("micro_entreprise_acre", "individu", "eternity", bool),
    ("micro_entreprise_chiffre_affaires_justifie", "individu", "month", bool),
    ("residence_mayotte", "individu", "month", bool),
    ("aah", "individu", "month", float),
    ("ass_precondition_remplie", "individu", "month", bool),
    ("ass_annees_activite_salariee", "individu", "month", float),
    ("nombre_enfants_eleves", "individu", "month", int),
    ("are_date_fin_contrat", "individu", "eternity", datetime.date),
    ("are_salaire_journalier_reference", "individu", "month", float),
    ("are_jours_restants", "individu", "month", int),
    ("arce_demandee", "individu", "eternity", bool),
    ("artiste_auteur_affilie", "individu", "month", bool),
    ("artiste_auteur_revenus", "individu", "month", float),
    ("artiste_auteur_regime_fiscal", "individu", "month", Enum),
    ("artiste_auteur_frais_professionnels", "individu", "month", float),
    ("artiste_auteur_revenus_accessoires", "individu", "month", float),
    ("loyer", "famille", "month", float),
    ("statut_occupation_logement", "famille", "month", Enum),
    ("zone_apl", "famille", "month", Enum),
    # outputs
    ("ass", "individu", "month", float),
    ("ass_montant_journalier", "individu", "month", float),
    ("ass_plafond_ressources", "individu", "month", float),
    ("ass_base_ressources", "famille", "month", float),
    ("ass_eligibilite_individu", "individu", "month", bool),
    ("are_allocation_journaliere", "individu", "month", float),
    ("are_jours_indemnisables", "individu", "month", int),
    ("are", "individu", "month", float),
    ("micro_entreprise_revenu", "individu", "month", float),
    ("arce_montant_total", "individu", "month", float),
    ("arce", "individu", "month", float),
    ("ati", "individu", "month", float),
    ("artiste_auteur_revenus_artistiques", "individu", "month", float),
    ("artiste_auteur_cotisations", "individu", "month", float),
    ("artiste_auteur_cotisations_annuelles", "individu", "year", float),
    ("artiste_auteur_revenu_apres_cotisations", "individu", "month", float),
    ("artiste_auteur_revenu_imposable", "individu", "month", float),
    ("artiste_auteur_revenu_imposable_annuel", "individu", "year", float),
    # net, taxable and disposable income (issue 10)
    ("salaire_net", "individu", "month", float),
    ("taux_csg_remplacement", "individu", "month", Enum),
    ("rfr", "individu", "year", float),
    ("nbptr", "individu", "year", float),
    ("are_net", "individu", "month", float),
    ("are_imposable", "individu", "month", float),
    ("ass_net", "individu", "month", float),
    ("ass_imposable", "individu", "month", float),
    ("ati_net", "individu", "month", float),
    ("ati_imposable", "individu", "month", float),
    ("arce_net", "individu", "month", float),
    ("arce_imposable", "individu", "month", float),
    ("revenus_remplacement_imposables", "individu", "month", float),
    ("micro_entreprise_revenu_apres_prelevements", "individu", "month", float),
    ("revenu_disponible", "famille", "month", float),
    # issue 15: the end of the ARE right
    ("are_droits_epuises", "individu", "month", bool),
    ("are_aide_fin_droits", "individu", "month", float),
    ("retraite_brute", "individu", "month", float),
    ("are_reduction_avantage_vieillesse", "individu", "month", float),
    ("are_rechargement_date_fin_contrat", "individu", "eternity", datetime.date),
    ("are_rechargement_jours_travailles", "individu", "eternity", int),
    ("are_rechargement_heures_travaillees", "individu", "eternity", float),
    ("are_rechargement_jours_periode_reference", "individu", "eternity", int),
    ("are_rechargement_salaire_reference", "individu", "eternity", float),
    ("are_rechargement_jours_affiliation", "individu", "eternity", int),
    ("are_rechargement_droits_ouverts", "individu", "eternity", bool),
    ("are_rechargement_duree_droits", "individu", "eternity", int),
    ("are_rechargement_salaire_journalier_reference", "individu", "eternity", float),
    ("are_rechargement_allocation_journaliere", "individu", "month", float),
    ("are_droit_recharge", "individu", "month", bool),
    ("are_jours_formation_periode_reference", "individu", "eternity", int),
    ("are_jours_formation_retenus", "individu", "eternity", int),
    # issue 15: the ATI registration within 12 months of the end of the activity (R5424-73)
    ("ati_date_demande", "individu", "eternity", datetime.date),
    ("ati_delai_inscription_respecte", "individu", "eternity", bool),
]

DEFAULTS = {
    "micro_entreprise_acre": False,
    "micro_entreprise_chiffre_affaires_justifie": True,
    "arce_demandee": False,
    "artiste_auteur_affilie": False,
}


@pytest.mark.parametrize(("name", "entity", "period", "value_type"), INTERFACE)
def test_interface_name(name, entity, period, value_type):
    assert name in SYSTEM.variables, f"INTERFACE.md name {name!r} is missing"
    variable = SYSTEM.variables[name]
    assert variable.entity.key == entity
    assert str(variable.definition_period) == period
    assert variable.value_type == value_type
    if name in DEFAULTS:
        assert variable.default_value == DEFAULTS[name]


def test_entities_and_roles():
    famille = SYSTEM.group_entities[0]
    assert famille.key == "famille" and famille.plural == "familles"
    assert SYSTEM.person_entity.key == "individu"
    assert SYSTEM.person_entity.plural == "individus"
    parents, enfants = famille.roles
    assert (parents.key, parents.plural, parents.max) == ("parent", "parents", 2)
    assert [role.key for role in parents.subroles] == ["demandeur", "conjoint"]
    assert (enfants.key, enfants.plural) == ("enfant", "enfants")


def test_activity_categories():
    names = [item.name for item in TypesActiviteMicroEntreprise]
    assert names == [
        "vente_marchandises",
        "prestations_services_bic",
        "prestations_services_bnc",
        "meuble_tourisme_classe",
        "meuble_tourisme_non_classe",
    ]
    assert SYSTEM.variables["micro_entreprise_activite"].possible_values is (TypesActiviteMicroEntreprise)


def test_artist_author_tax_regimes():
    names = [item.name for item in RegimesFiscauxArtisteAuteur]
    assert names == ["bnc_special", "declaration_controlee", "traitements_salaires"]
    variable = SYSTEM.variables["artiste_auteur_regime_fiscal"]
    assert variable.possible_values is RegimesFiscauxArtisteAuteur
    assert variable.default_value == RegimesFiscauxArtisteAuteur.bnc_special
