"""``openfisca-ass sweep``: one simulation with OpenFisca axes, the cliffs found, the chart."""

import sys

import pytest
from conftest import PNG, commande, exemple, fichier_situation, ligne_balayage

from openfisca_ass.cli import balayage

# Household columns: gross, then the net ARE and the disposable income; then the reform's
# ASS, ARE, total and disposable income.
ASS, ARE, ARCE, ATI, COTISATIONS, TOTAL, ARE_NETTE, DISPONIBLE, ASS_REFORME = range(9)


def test_micro_entrepreneur_are(lancer):
    code, sortie, _ = lancer(
        "sweep", exemple("micro_entrepreneur_are"), "--period", "2024-09", "--to", "3000", "--step", "250"
    )
    assert code == 0
    # September 2024 (30 days), AJ 35.51 (SJR 55.44), BNC: turnover × 0.66, 70 % deducted.
    # No turnover: 30 × 35.51 = 1 065.30
    # net: 30 × (35.51 − 1.66 participation) = 1 015.50 (no CSG under the 59 € threshold)
    assert ligne_balayage(sortie, "0.00") == pytest.approx([0, 1065.30, 0, 0, 0, 1065.30, 1015.50, 1015.50])
    # 1 000: 660; 30 − 462 ÷ 35.51 = 16.99 → 17 days = 603.67; contributions 23.1 % = 231;
    # total 1 000 − 231 + 603.67 = 1 372.67
    # net 17 × 33.85 = 575.45; disposable 575.45 + 1 000 − 231 − 2.00 (training 0.2 %) = 1 342.45
    assert ligne_balayage(sortie, "1000.00") == pytest.approx([0, 603.67, 0, 0, 231, 1372.67, 575.45, 1342.45])
    # 2 500: 1 650 × 0.7 = 1 155 ÷ 35.51 = 32.5 > 30 → no ARE; total 2 500 − 577.50 = 1 922.50
    # disposable 2 500 − 577.50 − 5.00 = 1 917.50
    assert ligne_balayage(sortie, "2500.00") == pytest.approx([0, 0, 0, 0, 577.50, 1922.50, 0, 1917.50])
    # The ARE stops where the days paid round to 0: (1 065.30 − 0.7 × 0.66 t) ÷ 35.51 < 0.5, i.e.
    # 0.462 t > 1 065.30 − 17.755 = 1 047.545, t > 2 267.413: at 2 267.41, 0.7 × 1 496.49 = 1 047.543 leaves
    # 17.757 ÷ 35.51 = 0.50006 → 1 day; at 2 267.42, 0.7 × 1 496.50 = 1 047.55 leaves 0.49986 → 0 days.
    # Found to the cent by sub-sweeps between 2 250 and 2 500, not at the sweep's point 2 500.
    assert "fin de l'ARE du mois : micro_entreprise_chiffre_affaires = 2267.42" in sortie
    # the ARE cumul ceiling 55.44 × 30.42 = 1 686.48 is reached from (1 686.48 − 1 065.30) ÷ 0.3
    # = 2 070.60 of income, 3 137 of turnover: outside the sweep, not marked
    assert "plafond du cumul ARE" not in sortie


def test_one_simulation_with_axes(monkeypatch, lancer):
    situations = []
    construire = balayage.simulation

    def espion(systeme_, situation, *arguments, **options):
        situations.append(situation)
        return construire(systeme_, situation, *arguments, **options)

    monkeypatch.setattr(balayage, "simulation", espion)
    code, _, _ = lancer("sweep", exemple("micro_entrepreneur_are"), "--period", "2024-09", "--step", "10")
    assert code == 0
    # 301 points, one simulation, its axis on the person's turnover of the month
    (axe,) = situations[0]["axes"][0]
    assert axe["name"] == "micro_entreprise_chiffre_affaires"
    assert (axe["min"], axe["max"], axe["count"], axe["period"]) == (0, 3000, 301, "2024-09")
    # then the end of the ARE, between two points 10 € apart, narrowed to the cent: one more simulation
    # with axes over that interval (10 € ÷ 63 rounds to a 0.16 € step, then a second one to the cent)
    assert 2 <= len(situations) <= 3
    for situation in situations[1:]:
        (sous_axe,) = situation["axes"][0]
        assert sous_axe["max"] - sous_axe["min"] <= 10


def test_couple_ass_ceilings_installed_command(tmp_path):
    graphique = tmp_path / "couple.png"
    resultat = commande(
        "sweep",
        exemple("couple_ass"),
        "--person",
        "camille",
        "--months-before",
        "12",
        "--period",
        "2025-04",
        "--step",
        "100",
        "--chart",
        graphique,
    )
    assert resultat.returncode == 0, resultat.stderr
    sortie = resultat.stdout
    # Camille's turnover (default category: BIC services, 50 % abatement) in April 2025 and the 12
    # months before: the couple's resources become 1 600 + 0.5 × turnover (window 2024-04 to 2025-03).
    # 0: (2 126.30 − 1 600) ÷ 30 × 30 = 526.30; household total 526.30 + 2 050 = 2 576.30
    # disposable: the ASS (no CSG); Camille's pay has no net given: 0
    assert ligne_balayage(sortie, "0.00") == pytest.approx([526.30, 0, 0, 0, 0, 2576.30, 0, 526.30])
    # 500: 2 126.30 − 1 850 = 276.30; contributions 500 × 21.2 % = 106; 276.30 + 2 050 + 500 − 106
    # disposable 276.30 + 500 − 106 − 1.00 (training 0.2 %) = 669.30
    assert ligne_balayage(sortie, "500.00") == pytest.approx([276.30, 0, 0, 0, 106, 2720.30, 0, 669.30])
    # 1 000: 26.30 ≥ 19.33 still paid; 1 100: nothing
    assert ligne_balayage(sortie, "1000.00")[ASS] == pytest.approx(26.30)
    assert ligne_balayage(sortie, "1100.00")[ASS] == 0
    # R5423-13: nothing under one daily rate, 526.30 − 0.5 t < 19.33 from t = 507.97 ÷ 0.5 = 1 013.94;
    # ceiling: 0.5 t = 526.30 at t = 1 052.60
    assert "minimum R5423-13 : micro_entreprise_chiffre_affaires = 1013.94" in sortie
    assert "plafond de ressources ASS : micro_entreprise_chiffre_affaires = 1052.60" in sortie
    assert graphique.read_bytes()[:8] == PNG


def test_reform_ass_cumul_six_mois(lancer, tmp_path):
    graphique = tmp_path / "cumul.png"
    code, sortie, _ = lancer(
        "sweep",
        exemple("personne_seule_ass"),
        "--months-before",
        "3",
        "--to",
        "200",
        "--step",
        "100",
        "--reform",
        "ass_cumul_six_mois",
        "--chart",
        graphique,
    )
    assert code == 0
    # Turnover from March to June 2025: June is the 4th month of activity. Baseline: no ASS
    # (R5425-2, 3 months); reform: still paid, resources 900 + 3 × 50 ÷ 12 = 912.50 (BIC services,
    # 100 × 0.5 = 50 a month) → 1 353.10 − 912.50 = 440.60; total 100 − 21.20 + 440.60 = 519.40
    # disposable: 100 − 21.20 − 0.20 (training) = 78.60; reform 440.60 + 78.60 = 519.20
    assert ligne_balayage(sortie, "100.00") == pytest.approx(
        [0, 0, 0, 0, 21.20, 78.80, 0, 78.60, 440.60, 0, 519.40, 519.20]
    )
    assert ligne_balayage(sortie, "0.00")[ASS] == pytest.approx(453.10)
    # any turnover makes June a month of activity: the cumul ends at the first cent, found by
    # sub-sweeps between the sweep's points 0 and 100
    assert "fin du cumul ASS (3 mois) : micro_entreprise_chiffre_affaires = 0.01" in sortie
    assert graphique.read_bytes()[:8] == PNG


def test_reform_ass_ceilings(lancer):
    code, sortie, _ = lancer(
        "sweep",
        exemple("personne_seule_ass"),
        "--months-before",
        "3",
        "--to",
        "4000",
        "--step",
        "25",
        "--reform",
        "ass_cumul_six_mois",
    )
    assert code == 0
    # Under the reform the resources are 900 + t × 0.5 × 3 ÷ 12 = 900 + t ÷ 8 (March to May in
    # the 12-month window). R5423-13: 1 353.10 − 900 − t ÷ 8 < 19.33 from t = 433.77 × 8 = 3 470.16;
    # ceiling 1 353.10 reached at t = 453.10 × 8 = 3 624.80. Baseline: the cumul ends first, the
    # resource thresholds are not marked.
    reforme = sortie.split("Ruptures (réforme ass_cumul_six_mois)")[1]
    assert "minimum R5423-13 : micro_entreprise_chiffre_affaires = 3470.16" in reforme
    assert "plafond de ressources ASS : micro_entreprise_chiffre_affaires = 3624.80" in reforme
    actuel = sortie.split("Ruptures (droit actuel)")[1].split("Ruptures (réforme")[0]
    assert "R5423-13" not in actuel
    # 3 450: 453.10 − 431.25 = 21.85 ≥ 19.33 still paid; 3 475: 453.10 − 434.375 = 18.725 → 18.73 < 19.33
    assert ligne_balayage(sortie, "3450.00")[ASS_REFORME] == pytest.approx(21.85)
    assert ligne_balayage(sortie, "3475.00")[ASS_REFORME] == 0


def test_progress_bar_many_points(lancer, monkeypatch):
    code, _, erreurs = lancer("sweep", exemple("personne_seule_ass"), "--step", "5")
    assert code == 0
    assert erreurs == ""  # not a terminal
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    code, _, erreurs = lancer("sweep", exemple("personne_seule_ass"), "--step", "5")
    assert code == 0
    # 601 points (from 200 on): the bar counts the variables read
    assert "sweep (601 points)" in erreurs
    assert f"{balayage.ETAPES}/{balayage.ETAPES}" in erreurs


def test_are_cumul_ceiling(lancer):
    code, sortie, _ = lancer(
        "sweep",
        exemple("micro_entrepreneur_are"),
        "--period",
        "2024-12",
        "--step",
        "50",
        "--reform",
        "are_cumul_deduction_60",
    )
    assert code == 0
    # December 2024, 31 days, AJ 35.51, ceiling 55.44 × 30.42 = 1 686.4848; BNC income r = 0.66 t.
    # Reform (60 % deducted): r + 31 × 35.51 − 0.6 r > 1 686.4848 from r = (1 686.4848 − 1 100.81) ÷ 0.4
    # = 1 464.19, t = 1 464.19 ÷ 0.66 = 2 218.47. Baseline: (… ) ÷ 0.3 = 1 952.25, t = 2 957.95, after the
    # ARE has ended (0.7 × 0.66 t ≥ 31.5 × 35.51 from t ≈ 2 350): not marked.
    reforme = sortie.split("Ruptures (réforme are_cumul_deduction_60)")[1]
    position = float(
        reforme.split("plafond du cumul ARE (SJR × 30,42) : micro_entreprise_chiffre_affaires = ")[1].split()[0]
    )
    assert position == pytest.approx(2218.47, abs=0.02)
    assert "plafond du cumul ARE" not in sortie.split("Ruptures (réforme")[0]
    # 2 300: r = 1 518; 31 − 0.6 × 1 518 ÷ 35.51 = 5.35 → 5 days, but 1 518 + 5 × 35.51 = 1 695.55 is over
    # the ceiling: floor((1 686.4848 − 1 518) ÷ 35.51) = 4 days = 142.04 (reform columns: ASS, ARE, total)
    assert ligne_balayage(sortie, "2300.00")[ASS_REFORME : ASS_REFORME + 2] == pytest.approx([0, 142.04])


def test_a_file_without_familles_is_swept_like_simulate(lancer, tmp_path):
    # A person alone, no "familles" (simulate accepts it): the sweep puts her in a famille of her
    # own. ASS in June 2025: daily rate 19.33, single ceiling 70 × 19.33 = 1 353.10; no resources:
    # 30 × 19.33 = 579.90 at 0 € of pay.
    fichier = fichier_situation(
        tmp_path, {"demandeur_emploi": {"2025-06": True}, "ass_annees_activite_salariee": {"2025-06": 5}}
    )
    code, sortie, erreurs = lancer(
        "sweep", fichier, "--variable", "salaire_brut", "--period", "2025-06", "--to", "1000", "--step", "500"
    )
    assert code == 0, erreurs
    assert ligne_balayage(sortie, "0.00")[ASS] == pytest.approx(579.90)
    code, simule, _ = lancer("simulate", fichier, "--from", "2025-06", "--to", "2025-06")
    assert code == 0
    assert "579.90" in simule
