"""``openfisca-ass sweep``: one simulation with OpenFisca axes, the cliffs found, the chart."""

import pytest
from conftest import PNG, commande, exemple, ligne_balayage

from openfisca_ass.cli import balayage

ASS, ARE, ARCE, ATI, COTISATIONS, TOTAL = range(6)


def test_micro_entrepreneur_are(lancer):
    code, sortie, _ = lancer(
        "sweep", exemple("micro_entrepreneur_are"), "--period", "2024-09", "--to", "3000", "--step", "250"
    )
    assert code == 0
    # September 2024 (30 days), AJ 35.51 (SJR 55.44), BNC: turnover × 0.66, 70 % deducted.
    # No turnover: 30 × 35.51 = 1 065.30
    assert ligne_balayage(sortie, "0.00") == pytest.approx([0, 1065.30, 0, 0, 0, 1065.30])
    # 1 000: 660; 30 − 462 ÷ 35.51 = 16.99 → 17 days = 603.67; contributions 23.1 % = 231;
    # total 1 000 − 231 + 603.67 = 1 372.67
    assert ligne_balayage(sortie, "1000.00") == pytest.approx([0, 603.67, 0, 0, 231, 1372.67])
    # 2 500: 1 650 × 0.7 = 1 155 ÷ 35.51 = 32.5 > 30 → no ARE; total 2 500 − 577.50 = 1 922.50
    assert ligne_balayage(sortie, "2500.00") == pytest.approx([0, 0, 0, 0, 577.50, 1922.50])
    assert "fin de l'ARE du mois : micro_entreprise_chiffre_affaires = 2500.00" in sortie
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
    assert len(situations) == 1
    (axe,) = situations[0]["axes"][0]
    assert axe["name"] == "micro_entreprise_chiffre_affaires"
    assert (axe["min"], axe["max"], axe["count"], axe["period"]) == (0, 3000, 301, "2024-09")


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
    assert ligne_balayage(sortie, "0.00") == pytest.approx([526.30, 0, 0, 0, 0, 2576.30])
    # 500: 2 126.30 − 1 850 = 276.30; contributions 500 × 21.2 % = 106; 276.30 + 2 050 + 500 − 106
    assert ligne_balayage(sortie, "500.00") == pytest.approx([276.30, 0, 0, 0, 106, 2720.30])
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
    assert ligne_balayage(sortie, "100.00") == pytest.approx([0, 0, 0, 0, 21.20, 78.80, 440.60, 0, 519.40])
    assert ligne_balayage(sortie, "0.00")[ASS] == pytest.approx(453.10)
    assert "fin du cumul ASS (3 mois) : micro_entreprise_chiffre_affaires = 100.00" in sortie
    assert graphique.read_bytes()[:8] == PNG


def test_progress_bar_many_points(lancer):
    code, _, erreurs = lancer("sweep", exemple("personne_seule_ass"), "--step", "5")
    assert code == 0
    # 601 points (from 200 on): the bar counts the variables read
    assert "sweep (601 points)" in erreurs
    assert f"{balayage.ETAPES}/{balayage.ETAPES}" in erreurs
