"""RSA and prime d'activité computed by a real openfisca-france server from our amounts.

Every household is housed free of charge (``loge_gratuitement``): no housing aid, and the housing
flat rate (forfait logement) is deducted from the RSA and the prime d'activité (CASF R262-9 and
R262-10; CSS R844-3). Our model runs on each household apart; all go to openfisca-france in one
request.

Official amounts used (each from 2025-04-01, until 2026-03-31):
- RSA montant forfaitaire, one person: 646.52 € (décret n° 2025-293 du 29 mars 2025;
  service-public.fr fiche F19778 "Montant du RSA", consulted for 2025); a couple +50 % (CASF
  R262-1): 646.52 × 1.5 = 969.78 €.
- RSA forfait logement: 12 % of the montant forfaitaire for one person, 16 % for two (CASF
  R262-9, applied to a housing aid by R262-10): 646.52 × 12 % = 77.5824 (published 77.58 €);
  969.78 × 16 % = 155.1648 (155.16 €).
- Prime d'activité montant forfaitaire, one person: 633.21 € (décret n° 2025-294 du
  29 mars 2025; service-public.fr fiche F2882); 622.63 € before 2025-04-01. Activity income
  counted at 59.85 % from 2025-04-01 (CSS D843-3 as amended by décret n° 2025-294), 61 % before.
  Forfait logement 12 % for one person (CSS R844-3). Individual bonus only from 59 × the hourly
  SMIC (CSS D843-2): 59 × 11.88 = 700.92 € in 2025.
- The RSA and the prime d'activité of month M are computed on the resources of the three months
  before (the quarterly declaration of resources), as openfisca-france does: the RSA on
  their average, the prime d'activité as the average of the three monthly amounts.
- ASS: 19.33 € a day from 2025-04-01 (décret n° 2025-302), paid by calendar day.
"""

import pytest

from openfisca_ass.caf import tableaux_caf

MOIS = ["2025-05", "2025-06", "2025-07", "2025-08"]
MOIS_2025 = [f"2025-{numero:02d}" for numero in range(1, 13)]
MOIS_2024_2025 = [f"2024-{numero:02d}" for numero in range(1, 13)] + MOIS_2025


def _chaque_mois(valeur, mois=MOIS_2024_2025):
    return dict.fromkeys(mois, valeur)


def _logement_gratuit():
    return {"statut_occupation_logement": _chaque_mois("loge_gratuitement")}


def _demandeur_ass(**autres):
    return {
        "date_naissance": {"ETERNITY": "1985-05-20"},
        "ass_date_demande": {"ETERNITY": "2025-01-01"},
        "demandeur_emploi": _chaque_mois(True, MOIS_2025),
        "ass_annees_activite_salariee": _chaque_mois(7, MOIS_2025),
        **autres,
    }


PERSONNES = {
    # A single person with no income at all.
    "seul": {"date_naissance": {"ETERNITY": "1985-05-20"}},
    # ARE of 15 € a day: SJR 20 €, the 75 % cap (règlement d'assurance chômage, art. 14);
    # below the CSG exemption threshold and the minimum allowance, so net = gross.
    "chomeur": {
        "date_naissance": {"ETERNITY": "1985-05-20"},
        "are_date_fin_contrat": {"ETERNITY": "2024-12-31"},
        "are_salaire_journalier_reference": _chaque_mois(20, MOIS_2025),
        "are_jours_restants": {"2025-01": 400},
        "demandeur_emploi": _chaque_mois(True, MOIS_2025),
    },
    # A couple: one on the ASS, the spouse without income.
    "conjoint_ass": _demandeur_ass(),
    "conjoint_sans_revenu": {"date_naissance": {"ETERNITY": "1986-01-01"}},
    # A micro-entrepreneur (BIC services, 1 000 € of turnover a month from February 2025) on
    # the ASS since January: 3 months of cumul (February-April), the ASS stops at the 4th
    # month of activity, May (R5425-2).
    "micro": _demandeur_ass(
        micro_entreprise_activite=_chaque_mois("prestations_services_bic", MOIS_2025),
        micro_entreprise_chiffre_affaires={m: (1000 if m >= "2025-02" else 0) for m in MOIS_2025},
    ),
    # An affiliated artiste-auteur with no income, on the ASS without the salaried-activity
    # condition (D5424-62 1°) ...
    "artiste_ass": {
        "date_naissance": {"ETERNITY": "1985-05-20"},
        "ass_date_demande": {"ETERNITY": "2025-01-01"},
        "demandeur_emploi": _chaque_mois(True, MOIS_2025),
        "artiste_auteur_affilie": _chaque_mois(True, MOIS_2025),
    },
    # ... and the same person not claiming it (the input overrides): RSA only.
    "artiste_rsa": {
        "date_naissance": {"ETERNITY": "1985-05-20"},
        "ass_date_demande": {"ETERNITY": "2025-01-01"},
        "demandeur_emploi": _chaque_mois(True, MOIS_2025),
        "artiste_auteur_affilie": _chaque_mois(True, MOIS_2025),
        "ass": _chaque_mois(0, MOIS_2024_2025),
    },
}
FAMILLES = {
    "f_seul": ["seul"],
    "f_chomeur": ["chomeur"],
    "f_couple": ["conjoint_ass", "conjoint_sans_revenu"],
    "f_micro": ["micro"],
    "f_artiste_ass": ["artiste_ass"],
    "f_artiste_rsa": ["artiste_rsa"],
}
# One situation per household (our model runs on each apart), one openfisca-france request.
SITUATIONS = {
    famille: {
        "individus": {nom: PERSONNES[nom] for nom in parents},
        "familles": {famille: {"parents": parents, **_logement_gratuit()}},
    }
    for famille, parents in FAMILLES.items()
}


@pytest.fixture(scope="module")
def lignes(url_openfisca_france):
    tableaux = tableaux_caf(SITUATIONS, MOIS, url=url_openfisca_france)
    return {(ligne["famille"], ligne["mois"]): ligne for tableau in tableaux.values() for ligne in tableau}


def test_rsa_personne_seule_sans_revenu(lignes):
    # 646.52 − 77.5824 (forfait logement, 12 %) = 568.9376, paid 568.94
    for mois in MOIS:
        assert lignes[("f_seul", mois)]["rsa"] == pytest.approx(568.94, abs=0.01)
        assert lignes[("f_seul", mois)]["ppa"] == 0
        assert lignes[("f_seul", mois)]["aide_logement"] == 0


def test_rsa_avec_are(lignes):
    # ARE of May, June, July 2025: 15 € × 30 days = 450 each (paid on 30 days a month since
    # 2025-04-01); their average 450.
    # 646.52 − 77.5824 − 450 = 118.9376
    ligne = lignes[("f_chomeur", "2025-08")]
    assert ligne["are"] == pytest.approx(450, abs=0.01)
    assert ligne["rsa"] == pytest.approx(118.94, abs=0.01)
    assert ligne["ppa"] == 0  # no activity income


def test_rsa_avec_ass_couple(lignes):
    # ASS of May, June, July 2025: 19.33 × 31 = 599.23, 19.33 × 30 = 579.90, 599.23;
    # average (599.23 + 579.90 + 599.23) / 3 = 1 778.36 / 3 = 592.786667
    # couple: 969.78 − 155.1648 − 592.786667 = 221.828533
    ligne = lignes[("f_couple", "2025-08")]
    assert ligne["ass"] == pytest.approx(599.23, abs=0.01)
    assert ligne["rsa"] == pytest.approx(221.83, abs=0.01)


def test_prime_activite_apres_arret_ass_au_quatrieme_mois(lignes):
    # Micro BIC services: income counted = turnover after the 50 % flat-rate abatement:
    # 1 000 × 50 % = 500 € a month. Below the bonus threshold 700.92: no bonus.
    # Monthly amount of month m = 633.21 + 59.85 % × 500 − max(500 + ASS(m) + 75.9852, 633.21)
    #   (75.9852 = 633.21 × 12 %)
    # March (622.63, 61 %, ASS 589.31): 622.63 + 305 − (500 + 589.31 + 74.7156) < 0 → 0
    # April (ASS 579.90): 633.21 + 299.25 − (500 + 579.90 + 75.9852) < 0 → 0
    # May, June, July (no ASS from May): 500 + 75.9852 = 575.9852 < 633.21
    #   → 633.21 + 299.25 − 633.21 = 299.25
    # Prime d'activité of M = average of the three months before:
    assert lignes[("f_micro", "2025-05")]["ass"] == 0  # 4th month of activity
    assert lignes[("f_micro", "2025-05")]["ppa"] == 0  # February, March, April: 0, 0, 0
    assert lignes[("f_micro", "2025-06")]["ppa"] == pytest.approx(99.75, abs=0.01)  # (0 + 0 + 299.25) / 3
    assert lignes[("f_micro", "2025-07")]["ppa"] == pytest.approx(199.50, abs=0.01)  # (0 + 2 × 299.25) / 3
    assert lignes[("f_micro", "2025-08")]["ppa"] == pytest.approx(299.25, abs=0.01)
    # RSA of August: 646.52 − 77.5824 − 500 (activity income, average of May-July) = 68.9376
    assert lignes[("f_micro", "2025-08")]["rsa"] == pytest.approx(68.94, abs=0.01)


def test_artiste_auteur_ass_ou_rsa(lignes):
    # With the ASS: August 19.33 × 31 = 599.23; RSA: 568.9376 − 592.786667 < 0 → 0.
    avec_ass = lignes[("f_artiste_ass", "2025-08")]
    assert avec_ass["ass"] == pytest.approx(599.23, abs=0.01)
    assert avec_ass["rsa"] == 0
    # Without claiming it: the RSA alone, 568.94.
    sans_ass = lignes[("f_artiste_rsa", "2025-08")]
    assert sans_ass["ass"] == 0
    assert sans_ass["rsa"] == pytest.approx(568.94, abs=0.01)
    # The ASS gives 599.23 − 568.94 = 30.29 € more in August (and counts for retirement).
    ecart = (avec_ass["ass"] + avec_ass["rsa"]) - (sans_ass["ass"] + sans_ass["rsa"])
    assert ecart == pytest.approx(30.29, abs=0.01)


def test_revenu_total_additionne_les_prestations_caf(lignes):
    for ligne in lignes.values():
        attendu = ligne["revenu_avant_caf"] + ligne["rsa"] + ligne["ppa"] + ligne["aide_logement"]
        assert ligne["revenu_total"] == pytest.approx(attendu, abs=0.011)
