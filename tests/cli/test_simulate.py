"""``openfisca-ass simulate``: the month-by-month table of every situation example, values by hand.

Columns: ASS, ARE, ARCE, ATI, activity income, micro contributions, total income, ARE days left,
then the net ones: net ARE, net allowances, disposable income. Total = activity income −
contributions + ASS + ARE + ARCE + ATI (gross). Disposable = net allowances + net pay (an input) +
micro income after contributions (variables/commun/revenu_disponible.py).
"""

import sys

import pytest
from conftest import commande, exemple, ligne

ASS, ARE, ARCE, ATI, ACTIVITE, COTISATIONS, TOTAL, JOURS, ARE_NETTE, NETTES, DISPONIBLE = range(11)


def test_personne_seule_installed_command():
    resultat = commande("simulate", exemple("personne_seule_ass"))
    assert resultat.returncode == 0, resultat.stderr
    # Single person, 900 € a month of alimony over the 12 previous months, June 2025 (30 days):
    # ceiling 70 × 19.33 = 1 353.10; (1 353.10 − 900) ÷ 30 × 30 = 453.10
    # the ASS bears no CSG: net 453.10, the disposable income (alimony is not in its scope)
    assert ligne(resultat.stdout, "claude", "2025-06") == pytest.approx(
        [453.10, 0, 0, 0, 0, 0, 453.10, 0, 0, 453.10, 453.10]
    )
    # months taken from the file: only the month asked (ass: {"2025-06": null})
    assert "2025-05" not in resultat.stdout


def test_couple_ass(lancer):
    code, sortie, _ = lancer("simulate", exemple("couple_ass"))
    assert code == 0
    # Couple: ceiling 110 × 19.33 = 2 126.30 (rate of 2025-04-01). Resources frozen for the six
    # months from the claim (2025-04-01): 12 months of Camille's taxable pay 1 600 ÷ 12 × 12 = 1 600.
    # Daily rate paid (2 126.30 − 1 600) ÷ 30 = 17.543 33 (under the full 19.33).
    # April (30 days): 17.543 33 × 30 = 526.30
    assert ligne(sortie, "dominique", "2025-04")[ASS] == pytest.approx(526.30, abs=0.005)
    # May (31 days): 17.543 33 × 31 = 543.843 → 543.84
    assert ligne(sortie, "dominique", "2025-05")[ASS] == pytest.approx(543.84, abs=0.005)
    # July: Dominique works (600 € gross), first month of cumul (R5425-2): ASS kept, 543.84;
    # total 600 + 543.84 = 1 143.84
    juillet = ligne(sortie, "dominique", "2025-07")
    assert juillet[ASS] == pytest.approx(543.84, abs=0.005)
    assert juillet[ACTIVITE] == pytest.approx(600)
    assert juillet[TOTAL] == pytest.approx(1143.84, abs=0.005)
    # September (30 days): 526.30 again
    assert ligne(sortie, "dominique", "2025-09")[ASS] == pytest.approx(526.30, abs=0.005)
    # Camille: 2 050 € gross pay, no benefit
    # no net pay given: 0 in the disposable income, and the command says so
    assert ligne(sortie, "camille", "2025-07") == pytest.approx([0, 0, 0, 0, 2050, 0, 2050, 0, 0, 0, 0])
    assert "salaire net non renseigné pour dominique, camille" in sortie
    # Household, July: 543.84 + 600 + 2 050 = 3 193.84
    assert ligne(sortie, "Foyer foyer", "2025-07")[TOTAL] == pytest.approx(3193.84, abs=0.005)


def test_micro_entrepreneur_are(lancer):
    code, sortie, _ = lancer("simulate", exemple("micro_entrepreneur_are"))
    assert code == 0
    # SJR 55.44: AJ 0.404 × 55.44 + 12.95 = 35.35 until June 2024, + 13.11 = 35.51 from July.
    # January, 31 days, 300 days left: 31 × 35.35 = 1 095.85
    # net: participation 3 % × 55.44 = 1.66 a day (35.35 − 1.66 = 33.69, no CSG under the 59 € threshold);
    # 31 × 33.69 = 1 044.39 (tests/scenarios/are_micro_entreprise_12_mois_net.yaml)
    assert ligne(sortie, "alex", "2024-01") == pytest.approx(
        [0, 1095.85, 0, 0, 0, 0, 1095.85, 300, 1044.39, 1044.39, 1044.39]
    )
    # April: turnover 1 500 (BNC, 34 % abatement) → 990; 30 − 0.7 × 990 ÷ 35.35 = 30 − 19.604 → 10 days
    # → 353.50; contributions 1 500 × 21.1 % = 316.50; total 1 500 − 316.50 + 353.50 = 1 537.00
    # days left at the start of April: 300 − 31 − 29 − 31 = 209
    # net ARE 10 × 33.69 = 336.90; disposable 336.90 + 1 500 − 316.50 − 3.00 (training 0.2 %) = 1 517.40
    assert ligne(sortie, "alex", "2024-04") == pytest.approx(
        [0, 353.50, 0, 0, 1500, 316.50, 1537.00, 209, 336.90, 336.90, 1517.40]
    )
    # June: 3 000 → 1 980; 0.7 × 1 980 ÷ 35.35 = 39.2 > 30: no ARE; 3 000 × 21.1 % = 633;
    # total 3 000 − 633 = 2 367
    assert ligne(sortie, "alex", "2024-06")[: TOTAL + 1] == pytest.approx([0, 0, 0, 0, 3000, 633, 2367])
    # July: 600 → 396; 31 − 277.2 ÷ 35.51 = 23.194 → 23 days × 35.51 = 816.73; contributions at the
    # rate of 2024-07-01: 600 × 23.1 % = 138.60; total 600 − 138.60 + 816.73 = 1 278.13; days left
    # 209 − 10 − 31 − 0 = 168
    # net ARE 23 × (35.51 − 1.66) = 778.55; disposable 778.55 + 600 − 138.60 − 1.20 = 1 238.75
    assert ligne(sortie, "alex", "2024-07") == pytest.approx(
        [0, 816.73, 0, 0, 600, 138.60, 1278.13, 168, 778.55, 778.55, 1238.75]
    )


def test_choix_arce(lancer):
    code, sortie, _ = lancer("simulate", exemple("choix_arce"))
    assert code == 0
    # SJR 66.96: AJ 0.404 × 66.96 + 12.95 = 40.00 (40.16 from July 2024: + 13.11); 200 days left;
    # contract ended after 2023-07-01: ARCE 60 % × 200 × 40 = 4 800, two halves of
    # 2 400 × 0.97 = 2 328 (January and July). ACRE (priority public) in 2024: BNC rate halved and
    # rounded up to the tenth of a point: 21.1 % → 10.6 % (106 € on 1 000), 23.1 % → 11.6 % (116 €).
    assert ligne(sortie, "avec_arce", "2024-01")[ARCE] == pytest.approx(2328)
    # disposable: 1 000 − 106 − 2.00 (training 0.2 %, not reduced by the ACRE) = 892
    assert ligne(sortie, "avec_arce", "2024-02") == pytest.approx([0, 0, 0, 0, 1000, 106, 894, 140, 0, 0, 892])
    # July: second instalment; total 1 000 − 116 + 2 328 = 3 212; 200 − 4 800 ÷ 40 = 80 days left after it
    assert ligne(sortie, "avec_arce", "2024-07")[: TOTAL + 1] == pytest.approx([0, 0, 2328, 0, 1000, 116, 3212])
    assert ligne(sortie, "avec_arce", "2024-08")[JOURS] == 80
    # ARE cumul: January no turnover, 31 × 40 = 1 240; February (29 days): 1 000 → 660,
    # 29 − 462 ÷ 40 = 17.45 → 17 days × 40 = 680; total 1 000 − 106 + 680 = 1 574
    assert ligne(sortie, "avec_cumul_are", "2024-01")[ARE] == pytest.approx(1240)
    assert ligne(sortie, "avec_cumul_are", "2024-02")[: TOTAL + 1] == pytest.approx([0, 680, 0, 0, 1000, 106, 1574])
    # November: 3 days left (200 − 31 − 17 − 19 − 18 − 19 − 18 − 19 − 19 − 18 − 19), 3 × 40.16 = 120.48
    assert ligne(sortie, "avec_cumul_are", "2024-11")[ARE] == pytest.approx(120.48)
    # Year: ARE cumul 1 240 + 680 + 760 + 720 + 760 + 720 + 763.04 + 763.04 + 722.88 + 763.04 + 120.48
    # = 8 012.48 against an ARCE of 4 656 (net)
    total_are = sum(ligne(sortie, "avec_cumul_are", f"2024-{m:02d}")[ARE] for m in range(1, 13))
    total_arce = sum(ligne(sortie, "avec_arce", f"2024-{m:02d}")[ARCE] for m in range(1, 13))
    assert total_are == pytest.approx(8012.48, abs=0.005)
    assert total_arce == pytest.approx(4656)
    # Two separate families: no household table
    assert "Foyer" not in sortie


def test_months_given(lancer):
    code, sortie, _ = lancer("simulate", exemple("personne_seule_ass"), "--from", "2025-05", "--to", "2025-07")
    assert code == 0
    # demandeur_emploi is given for June only: nothing in May and July
    assert ligne(sortie, "claude", "2025-05")[ASS] == 0
    assert ligne(sortie, "claude", "2025-06")[ASS] == pytest.approx(453.10)
    assert ligne(sortie, "claude", "2025-07")[ASS] == 0


def test_yaml_file(lancer, tmp_path):
    fichier = tmp_path / "situation.yaml"
    fichier.write_text(
        "individus:\n"
        "  claude:\n"
        "    demandeur_emploi: {2025-06: true}\n"
        "    ass_annees_activite_salariee: {2025-06: 8}\n"
        "    pensions_alimentaires_percues: {month:2024-06:12: 10800}\n"
        "    ass: {2025-06: null}\n",
        encoding="utf-8",
    )
    code, sortie, _ = lancer("simulate", fichier)
    assert code == 0
    # 10 800 ÷ 12 = 900 a month: the same 453.10 as the JSON example
    assert ligne(sortie, "claude", "2025-06")[ASS] == pytest.approx(453.10)


def test_progress_bar(lancer, monkeypatch):
    # 12 months: no bar by default (from 24), shown with --progress, on stderr only
    code, sortie, erreurs = lancer("simulate", exemple("micro_entrepreneur_are"))
    assert code == 0
    assert erreurs == ""
    code, sortie_barre, erreurs = lancer("simulate", exemple("micro_entrepreneur_are"), "--progress")
    assert code == 0
    assert "12/12" in erreurs
    assert "[" + "#" * 30 + "]" in erreurs
    assert sortie_barre == sortie
    # 36 months: shown without being asked on a terminal, never in a pipe or a log file
    long = ("simulate", exemple("micro_entrepreneur_are"), "--from", "2024-01", "--to", "2026-12")
    code, _, erreurs = lancer(*long)
    assert code == 0
    assert erreurs == ""
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    code, _, erreurs = lancer(*long)
    assert code == 0
    assert "36/36" in erreurs
