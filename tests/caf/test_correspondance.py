"""Each kind of our income reaches openfisca-france under its own name (no server needed)."""

import numpy
import pytest

from openfisca_ass.caf import correspondance, tableau

MOIS = ["2025-07", "2025-08"]


def _montants(**par_variable):
    """Our amounts for one person, the same in each month; every other amount zero."""
    noms = [*correspondance.MONTANTS, "demandeur_emploi"]
    montants = {nom: {m: numpy.array([float(par_variable.get(nom, 0))]) for m in MOIS} for nom in noms}
    categorie = par_variable.get("micro_entreprise_activite", "prestations_services_bic")
    montants["micro_entreprise_activite"] = {m: numpy.array([categorie]) for m in MOIS}
    for nom in correspondance.MONTANTS_NETS:
        if nom in par_variable:
            montants[nom] = {m: numpy.array([float(par_variable[nom])]) for m in MOIS}
    return montants


def _envoye(**par_variable):
    return correspondance.individu_france(_montants(**par_variable), MOIS, 0, "1985-05-20")


def test_ass_goes_as_ass():
    envoye = _envoye(ass=579.90)
    assert envoye["ass"] == {"2025-07": 579.90, "2025-08": 579.90}
    assert envoye["chomage_brut"]["2025-08"] == 0


def test_are_ati_arce_go_as_unemployment_allowances_gross_while_no_net_amount():
    envoye = _envoye(are=900, ati=100, arce=2000)
    # 900 + 100 + 2 000 = 3 000 gross; no net or taxable amount in the model: the gross one.
    for variable in ("chomage_brut", "chomage_net", "chomage_imposable"):
        assert envoye[variable]["2025-07"] == 3000


def test_net_and_taxable_amounts_used_when_the_model_has_them():
    envoye = _envoye(are=900, are_net=850.5, are_imposable=870.25, ass=500, ass_net=497.5)
    assert envoye["chomage_brut"]["2025-07"] == 900
    assert envoye["chomage_net"]["2025-07"] == 850.5
    assert envoye["chomage_imposable"]["2025-07"] == 870.25
    assert envoye["ass"]["2025-07"] == 497.5


def test_pay_sent_gross_for_openfisca_france_payroll_and_zero_pay_as_zero_net():
    assert _envoye(salaire_brut=1800)["salaire_de_base"]["2025-07"] == 1800
    assert "salaire_net" not in _envoye(salaire_brut=1800)
    sans_salaire = _envoye()
    assert sans_salaire["salaire_net"]["2025-07"] == 0
    assert sans_salaire["salaire_imposable"]["2025-07"] == 0
    assert "salaire_de_base" not in sans_salaire


def test_net_pay_given_goes_as_net_pay():
    envoye = _envoye(salaire_brut=1800, salaire_net=1410.30)
    assert envoye["salaire_de_base"]["2025-07"] == 1800
    assert envoye["salaire_net"]["2025-07"] == 1410.30


@pytest.mark.parametrize(
    ("categorie", "variable"),
    [
        ("vente_marchandises", "rpns_auto_entrepreneur_CA_achat_revente"),
        ("prestations_services_bic", "rpns_auto_entrepreneur_CA_bic"),
        ("meuble_tourisme_classe", "rpns_auto_entrepreneur_CA_bic"),
        ("meuble_tourisme_non_classe", "rpns_auto_entrepreneur_CA_bic"),
        ("prestations_services_bnc", "rpns_auto_entrepreneur_CA_bnc"),
    ],
)
def test_micro_turnover_by_category_and_income_after_abatement(categorie, variable):
    envoye = _envoye(
        micro_entreprise_activite=categorie, micro_entreprise_chiffre_affaires=1000, micro_entreprise_revenu=660
    )
    assert envoye[variable]["2025-07"] == 1000
    for autre in set(correspondance.CHIFFRE_AFFAIRES_FRANCE.values()) - {variable}:
        assert envoye[autre]["2025-07"] == 0
    # our turnover after our flat-rate abatement is the income openfisca-france counts
    assert envoye["rpns_auto_entrepreneur_benefice"]["2025-07"] == 660
    assert envoye["activite"]["2025-07"] == "actif"


def test_author_income_goes_with_the_self_employed_income():
    envoye = _envoye(micro_entreprise_revenu=660, artiste_auteur_revenu_imposable=400)
    # 660 + 400 = 1 060
    assert envoye["rpns_auto_entrepreneur_benefice"]["2025-07"] == 1060
    assert envoye["activite"]["2025-07"] == "actif"


@pytest.mark.parametrize("nom", correspondance.AUTRES_RESSOURCES)
def test_other_resources_same_name(nom):
    assert _envoye(**{nom: 321.5})[nom]["2025-08"] == 321.5


def test_pension_taxable_and_net():
    envoye = _envoye(retraite_imposable=1000)
    assert envoye["retraite_imposable"]["2025-07"] == 1000
    assert envoye["retraite_nette"]["2025-07"] == 1000


def test_activity_status():
    assert _envoye(demandeur_emploi=1)["activite"]["2025-07"] == "chomeur"
    assert _envoye()["activite"]["2025-07"] == "inactif"
    assert _envoye(demandeur_emploi=1, salaire_brut=500)["activite"]["2025-07"] == "actif"


def test_family_tax_household_and_housing():
    montants = _montants()
    famille = [("f", [("a", 0, "1985-05-20")], [])]
    logement = {
        "loyer": {m: numpy.array([450.0]) for m in MOIS},
        "statut_occupation_logement": {m: numpy.array(["locataire_vide"]) for m in MOIS},
        "zone_apl": {m: numpy.array(["zone_1"]) for m in MOIS},
    }
    envoi = correspondance.situation_france(famille, montants, logement, MOIS, ["2025-08"])
    assert envoi["familles"]["f"]["parents"] == ["a"]
    # asked: the CAF benefits of the month asked; the RSA of the month before the first month
    # sent is given (zero), which ends openfisca-france's month-by-month recursion
    assert envoi["familles"]["f"]["rsa"] == {"2025-08": None, "2025-06": 0.0}
    assert envoi["familles"]["f"]["ppa"] == {"2025-08": None}
    assert envoi["foyers_fiscaux"]["f"]["declarants"] == ["a"]
    assert envoi["foyers_fiscaux"]["f"]["aide_logement_base_revenus_fiscaux"] == {"2023": 0.0}
    assert envoi["menages"]["f"]["personne_de_reference"] == ["a"]
    assert envoi["menages"]["f"]["loyer"] == {"2025-07": 450.0, "2025-08": 450.0}
    assert envoi["menages"]["f"]["statut_occupation_logement"]["2025-08"] == "locataire_vide"
    assert envoi["menages"]["f"]["zone_apl"]["2025-08"] == "zone_1"


def test_incomes_before_the_months_sent_are_zero_back_to_january_n_minus_2():
    famille = [("f", [("a", 0, "1985-05-20")], [])]
    logement = {nom: {m: numpy.array([0.0]) for m in MOIS} for nom in ("loyer",)}
    logement["statut_occupation_logement"] = {m: numpy.array(["loge_gratuitement"]) for m in MOIS}
    logement["zone_apl"] = {m: numpy.array(["zone_2"]) for m in MOIS}
    envoi = correspondance.situation_france(famille, _montants(salaire_brut=1500), logement, MOIS, ["2025-08"])
    salaire = envoi["individus"]["a"]["salaire_imposable"]
    # first month sent 2025-07: zero from 2023-01 to 2025-06 (30 months), pay sent gross after
    assert sorted(salaire) == [f"{a}-{m:02d}" for a in (2023, 2024) for m in range(1, 13)] + [
        f"2025-{m:02d}" for m in range(1, 7)
    ]
    assert set(salaire.values()) == {0.0}
    assert envoi["individus"]["a"]["salaire_de_base"] == {"2025-07": 1500, "2025-08": 1500}


def test_months_sent_cover_the_look_back():
    # 13 months before the first month asked: the housing aid's M-13 to M-2 and the RSA's M-4.
    mois = tableau.mois_avec_anteriorite(["2025-08", "2025-09"])
    assert mois[0] == "2024-07"
    assert mois[-1] == "2025-09"
    assert len(mois) == 15


def test_our_model_amounts_reach_the_request():
    situation = {
        "individus": {
            "a": {
                "date_naissance": {"ETERNITY": "1985-05-20"},
                "micro_entreprise_activite": {"2025-08": "prestations_services_bnc"},
                "micro_entreprise_chiffre_affaires": {"2025-08": 1000},
                "salaire_brut": {"2025-08": 0},
            },
        },
        "familles": {"f": {"parents": ["a"], "loyer": {"2025-08": 500}}},
    }
    systeme = tableau.systeme_par_defaut()
    modele = tableau._notre_modele(situation, ["2025-08"], ["2025-08"], systeme, "")
    composition, montants, logement, _ = modele
    envoi = correspondance.situation_france(composition, montants, logement, ["2025-08"], ["2025-08"])
    personne = envoi["individus"]["a"]
    assert personne["rpns_auto_entrepreneur_CA_bnc"]["2025-08"] == 1000
    # BNC: 1 000 × (1 − 34 %) = 660
    assert personne["rpns_auto_entrepreneur_benefice"]["2025-08"] == 660
    assert envoi["menages"]["f"]["loyer"]["2025-08"] == 500
