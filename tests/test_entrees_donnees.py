"""An input always overrides what it names (docs/INTERFACE.md): one case per variable that has a
formula and that a user may give, checking that giving it changes what depends on it as the law
says. Expected amounts computed by hand, the arithmetic in a comment.

June 2025 (30 days): ASS daily rate 19.33, single ceiling 70 × 19.33 = 1 353.10; full ASS
19.33 × 30 = 579.90 (R5423-1, R5423-2, DECISIONS.md D1). ARE parameters of 2024-07-01: AJ =
max(0.404 × SJR + 13.11, 0.57 × SJR), at least 31.97, at most 0.75 × SJR; 30 days paid a month
from 2025-04-01. Micro-social rate 2025, BIC services 21.2 %; ACRE for a start in 2025: 50 %.
"""

import re
from pathlib import Path

import pytest
from openfisca_core.simulation_builder import SimulationBuilder

RACINE = Path(__file__).resolve().parents[1]
MOIS = "2025-06"
ASS_ELIGIBLE = {"demandeur_emploi": {MOIS: True}, "ass_annees_activite_salariee": {MOIS: 5}}
ARE_INSCRIT = {"demandeur_emploi": {MOIS: True}, "are_jours_restants": {MOIS: 100}}
# A one-month pay history: June 2025, 2 000 € of pay, the contract ending on 2025-06-30. Without
# other inputs the reference-period figures come from it: 30 calendar days under contract (June),
# 30 days from the first day under contract to the end, pay 2 000 €, 151.67 hours (35 × 52 ÷ 12),
# days worked as the affiliation counts them: Sunday 1 June alone in its civil week (1), the four
# weeks from Monday 2 to Sunday 29 June (4 × 5), Monday 30 June (1) = 22.
# SJR = pay ÷ min(calendar days of the period, 1.70 × days under contract), rounded to the cent
# (non-worked days capped at 70 % of the days worked for contracts ending from 2025-04-01).
UN_MOIS_DE_PAIE = {
    "date_naissance": {"ETERNITY": "1990-05-10"},
    "are_date_fin_contrat": {"ETERNITY": "2025-06-30"},
    "salaire_brut": {MOIS: 2000},
}
# A recharge (art. 28) from the history: the right opened by a contract ending 2025-03-31, a later
# contract paid 2 000 € in June and ending 2025-06-30. From the history: 30 days under contract
# (June), 30 calendar days from its first day to its end, 151.67 hours (35 × 52 ÷ 12), 2 000 €.
RECHARGE_HISTORIQUE = {
    "date_naissance": {"ETERNITY": "1990-05-10"},
    "are_date_fin_contrat": {"ETERNITY": "2025-03-31"},
    "are_rechargement_date_fin_contrat": {"ETERNITY": "2025-06-30"},
    "salaire_brut": {MOIS: 2000},
}
# The same with the recharge opened by 910 hours given (art. 3): its SJR is computed (0 otherwise).
# SJR = pay ÷ min(calendar days, 1.70 × days under contract) (later end from 2025-04-01: 70 %).
RECHARGE_OUVERTE = {**RECHARGE_HISTORIQUE, "are_rechargement_heures_travaillees": {"ETERNITY": 910}}

CREATEUR = {
    "date_naissance": {"ETERNITY": "1985-01-01"},
    "micro_entreprise_date_creation": {"ETERNITY": "2025-03-10"},
    "micro_entreprise_activite": {MOIS: "prestations_services_bic"},
    "micro_entreprise_chiffre_affaires": {MOIS: 1000},
}

# (variable given, value given, situation of the person, famille inputs, variable read,
#  expected without the input, expected with it)
CAS = [
    # 2 years of salaried activity, 5 required: the formula says false, no ASS; given true: full ASS.
    (
        "ass_precondition_remplie",
        True,
        {"demandeur_emploi": {MOIS: True}, "ass_annees_activite_salariee": {MOIS: 2}},
        {},
        "ass",
        0,
        579.90,
    ),
    # No resources: full ASS; base given 10 800: 10 800 ÷ 12 = 900, 1 353.10 − 900 = 453.10.
    ("ass_base_ressources", 10800, ASS_ELIGIBLE, {}, "ass", 579.90, 453.10),
    # Monthly resources given 900: 1 353.10 − 900 = 453.10.
    ("ass_ressources_mensuelles", 900, ASS_ELIGIBLE, {}, "ass", 579.90, 453.10),
    # Ceiling given 1 000, resources 900 (alimony 10 800 over the 12 months before): 1 000 − 900 =
    # 100 (daily 3.33 < 19.33; 100 ≥ one daily rate: paid); without: 1 353.10 − 900 = 453.10.
    (
        "ass_plafond_ressources",
        1000,
        {**ASS_ELIGIBLE, "pensions_alimentaires_percues": {"month:2024-06:12": 10800}},
        {},
        "ass",
        453.10,
        100,
    ),
    # Daily rate given 10: min(10, 700 ÷ 30 = 23.33) × 30 = 300.
    ("ass_montant_journalier", 10, ASS_ELIGIBLE, {}, "ass", 579.90, 300),
    # Eligibility given false: nothing paid.
    ("ass_eligibilite_individu", False, ASS_ELIGIBLE, {}, "ass", 579.90, 0),
    # 100 ARE days left given, SJR 48: AJ = max(0.404 × 48 + 13.11 = 32.50, 27.36) = 32.50 (≥ 31.97,
    # ≤ 36); 30 days × 32.50 = 975.00. Without days left (no contract history): no ARE.
    (
        "are_jours_restants",
        100,
        {"demandeur_emploi": {MOIS: True}, "are_salaire_journalier_reference": {MOIS: 48}},
        {},
        "are",
        0,
        975,
    ),
    # The same with the SJR as the input tested: without it (no contract history), AJ 0, no ARE.
    ("are_salaire_journalier_reference", 48, ARE_INSCRIT, {}, "are", 0, 975),
    # AJ given 37, no activity: 30 days × 37 = 1 110.00.
    ("are_allocation_journaliere", 37, ARE_INSCRIT, {}, "are", 0, 1110),
    # 40 years old, no ARE right, not registered: no ACRE, 1 000 × 21.2 % = 212.00; ACRE given as
    # obtained: 1 000 × 10.6 % = 106.00.
    ("micro_entreprise_acre", True, CREATEUR, {}, "micro_entreprise_cotisations_sociales", 212, 106),
    # CSG rate on replacement income: without nbptr for N − 2 the formula gives the full rate,
    # 6.2 % (CSS L136-8 II 1° a); given exempt (a notification): 0.
    ("taux_csg_remplacement", "exonere", {}, {}, "csg_remplacement_taux", 0.062, 0),
    # Days under contract given 15 in June: 151.67 × 15 ÷ 30 = 75.83 hours; without: every day of a
    # month with pay, 30 days, 35 × 52 ÷ 12 = 151.67 hours.
    ("jours_sous_contrat", 15, UN_MOIS_DE_PAIE, {}, "heures_travaillees", 151.67, 75.83),
    # Hours given 100 for June: the reference period counts 100 hours instead of 151.67.
    ("heures_travaillees", 100, UN_MOIS_DE_PAIE, {}, "are_heures_travaillees_periode_reference", 151.67, 100),
    # Pay of the reference period given 3 000: 3 000 ÷ min(30, 1.70 × 30) = 100.00; from the
    # history: 2 000 ÷ 30 = 66.67.
    ("are_salaire_reference", 3000, UN_MOIS_DE_PAIE, {}, "are_salaire_journalier_reference", 66.67, 100),
    # Calendar days of the period given 40: 2 000 ÷ min(40, 1.70 × 30 = 51) = 50.00.
    ("are_jours_periode_reference", 40, UN_MOIS_DE_PAIE, {}, "are_salaire_journalier_reference", 66.67, 50),
    # Days under contract given 20, with 40 calendar days given: 2 000 ÷ min(40, 1.70 × 20 = 34) =
    # 58.8235 → 58.82; from the history (30 days): 2 000 ÷ min(40, 51) = 50.00.
    (
        "are_jours_travailles_periode_reference",
        20,
        {**UN_MOIS_DE_PAIE, "are_jours_periode_reference": {"ETERNITY": 40}},
        {},
        "are_salaire_journalier_reference",
        50,
        58.82,
    ),
    # Affiliation days given 130 (the threshold, art. 3): the right opens; from the history, 22
    # days and 151.67 hours (< 910): no right.
    ("are_jours_affiliation_periode_reference", 130, UN_MOIS_DE_PAIE, {}, "are_droits_ouverts", 0, 1),
    # Hours given 910 (the threshold): the right opens.
    ("are_heures_travaillees_periode_reference", 910, UN_MOIS_DE_PAIE, {}, "are_droits_ouverts", 0, 1),
    # Recharge: 151.67 hours from the history (< 910) and 22 affiliation days: not open; 910 hours
    # given (the threshold): open.
    ("are_rechargement_heures_travaillees", 910, RECHARGE_HISTORIQUE, {}, "are_rechargement_droits_ouverts", 0, 1),
    # Pay given 3 000: 3 000 ÷ min(30, 51) = 100.00; from the history 2 000 ÷ 30 = 66.67.
    (
        "are_rechargement_salaire_reference",
        3000,
        RECHARGE_OUVERTE,
        {},
        "are_rechargement_salaire_journalier_reference",
        66.67,
        100,
    ),
    # Calendar days given 40: 2 000 ÷ min(40, 1.70 × 30 = 51) = 50.00.
    (
        "are_rechargement_jours_periode_reference",
        40,
        RECHARGE_OUVERTE,
        {},
        "are_rechargement_salaire_journalier_reference",
        66.67,
        50,
    ),
    # Days under contract given 20, 40 calendar days given: 2 000 ÷ min(40, 1.70 × 20 = 34) =
    # 58.8235 → 58.82; from the history (30 days): 2 000 ÷ min(40, 51) = 50.00.
    (
        "are_rechargement_jours_travailles",
        20,
        {**RECHARGE_OUVERTE, "are_rechargement_jours_periode_reference": {"ETERNITY": 40}},
        {},
        "are_rechargement_salaire_journalier_reference",
        50,
        58.82,
    ),
    # No advance to recover: 30 days × AJ given 37 = 1 110; 5 days given as recovered this month:
    # (30 − 5) × 37 = 925.
    ("are_jours_avance_recuperes", 5, {**ARE_INSCRIT, "are_allocation_journaliere": {MOIS: 37}}, {}, "are", 1110, 925),
    # Business created 2025-03-10, contract ended 2025-05-31, turnover only in June: not kept, the
    # turnover after its 50 % abatement (500) is deducted. SJR 60: AJ = max(0.404 × 60 + 13.11,
    # 0.57 × 60) = 37.35; 30 − 0.70 × 500 / 37.35 = 30 − 9.37 = 20.63 → 21 days (500 + 21 × 37.35 =
    # 1 284.35 under the ceiling 60 × 30.42 = 1 825.20): 21 × 37.35 = 784.35. Given as kept:
    # nothing deducted, 30 × 37.35 = 1 120.50.
    (
        "are_activite_non_salariee_conservee",
        True,
        {
            **ARE_INSCRIT,
            **CREATEUR,
            "are_date_fin_contrat": {"ETERNITY": "2025-05-31"},
            "are_salaire_journalier_reference": {MOIS: 60},
        },
        {},
        "are",
        784.35,
        1120.50,
    ),
    # ATI: liquidation on 2024-05-30, registration on 2025-06-01; the day before, 2025-05-31, − 12
    # months = 2024-05-31 > 2024-05-30: late (R5424-73), no ATI. Given as met (a decision of France
    # Travail): June 2025 from its 1st, 30 days × 26.30 (rules of 2024: best year 15 000 ≥ 10 000,
    # 15 000 ÷ 365 = 41.10 > 26.30) = 789.00.
    (
        "ati_delai_inscription_respecte",
        True,
        {
            "demandeur_emploi": {MOIS: True},
            "ati_fait_generateur": {"ETERNITY": "liquidation_judiciaire"},
            "ati_date_fait_generateur": {"ETERNITY": "2024-05-30"},
            "ati_date_inscription": {"ETERNITY": "2025-06-01"},
            "ati_date_debut_activite": {"ETERNITY": "2019-01-01"},
            "ati_revenu_activite_derniere_annee": {"ETERNITY": 15000},
            "ati_revenu_activite_avant_derniere_annee": {"ETERNITY": 15000},
        },
        {},
        "ati",
        0,
        789,
    ),
]

# Given on the famille, not on the person.
SUR_LA_FAMILLE = {"ass_base_ressources"}
# Inputs named by the README besides docs/INTERFACE.md's (the intermediates of the ASS chain, the AJ).
DOCUMENTES_README = {
    "ass_base_ressources",
    "ass_ressources_mensuelles",
    "ass_plafond_ressources",
    "ass_montant_journalier",
    "ass_eligibilite_individu",
    "are_allocation_journaliere",
}


def _periode(tax_benefit_system, nom):
    return "ETERNITY" if str(tax_benefit_system.variables[nom].definition_period) == "eternity" else MOIS


def _calculer(tax_benefit_system, nom, valeur, personne, lu):
    personne = {cle: dict(valeurs) for cle, valeurs in personne.items()}
    famille = {"parents": ["p"]}
    if nom is not None:
        cible = famille if nom in SUR_LA_FAMILLE else personne
        cible[nom] = {_periode(tax_benefit_system, nom): valeur}
    situation = {"individus": {"p": personne}, "familles": {"f": famille}}
    simulation = SimulationBuilder().build_from_entities(tax_benefit_system, situation)
    return float(simulation.calculate(lu, MOIS)[0])


@pytest.mark.parametrize(("nom", "valeur", "personne", "famille", "lu", "sans", "avec"), CAS, ids=[c[0] for c in CAS])
def test_une_entree_donnee_l_emporte(tax_benefit_system, nom, valeur, personne, famille, lu, sans, avec):  # noqa: PLR0913, PLR0917
    assert nom in tax_benefit_system.variables and tax_benefit_system.variables[nom].formulas
    assert _calculer(tax_benefit_system, None, None, personne, lu) == pytest.approx(sans, abs=0.005)
    assert _calculer(tax_benefit_system, nom, valeur, personne, lu) == pytest.approx(avec, abs=0.005)


def test_chaque_entree_avec_formule_a_son_cas(tax_benefit_system):
    interface = (RACINE / "docs" / "INTERFACE.md").read_text(encoding="utf-8")
    entrees = interface.split("## Inputs")[1].split("## Outputs")[0]
    noms = set(re.findall(r"^\| `(\w+)`", entrees, re.MULTILINE)) | DOCUMENTES_README
    avec_formule = {nom for nom in noms if tax_benefit_system.variables[nom].formulas}
    couverts = {cas[0] for cas in CAS}
    assert avec_formule <= couverts, f"inputs with a formula and no override case: {sorted(avec_formule - couverts)}"
