"""``openfisca-ass compare``: baseline and reform side by side, the differences, the chart."""

import pytest
from conftest import PNG, commande, exemple, ligne

# Columns shown for the micro-entrepreneur example (the non-zero ones): ARE, total income, net ARE,
# net allowances, disposable income, each baseline, reform, difference.
ARE_ACTUEL, ARE_REFORME, ARE_ECART, TOTAL_ACTUEL, TOTAL_REFORME, TOTAL_ECART = range(6)


def test_are_cumul_deduction_60(lancer):
    code, sortie, _ = lancer("compare", exemple("micro_entrepreneur_are"), "--reform", "are_cumul_deduction_60")
    assert code == 0
    # AJ 35.35 (35.51 from July 2024); BNC turnover × 0.66 deducted at 70 % (baseline) or 60 %.
    # April: 990; baseline 30 − 693 ÷ 35.35 = 10.396 → 10 days = 353.50;
    # reform 30 − 594 ÷ 35.35 = 13.197 → 13 days = 459.55; difference 106.05
    # net ARE: 10 and 13 days × (35.35 − 1.66 participation) = 336.90 and 437.97 (difference 101.07);
    # disposable: + 1 500 − 316.50 − 3.00 = 1 180.50 of micro income: 1 517.40 and 1 618.47
    assert ligne(sortie, "alex", "2024-04") == pytest.approx(
        [353.50, 459.55, 106.05, 1537.00, 1643.05, 106.05]
        + [336.90, 437.97, 101.07, 336.90, 437.97, 101.07, 1517.40, 1618.47, 101.07]
    )
    # July: 396; reform 31 − 237.6 ÷ 35.51 = 24.309 → 24 days = 852.24 (baseline 23 days = 816.73)
    assert ligne(sortie, "alex", "2024-07")[:3] == pytest.approx([816.73, 852.24, 35.51])
    # September: 990; reform 30 − 594 ÷ 35.51 = 13.272 → 13 days = 461.63 (baseline 10 = 355.10)
    assert ligne(sortie, "alex", "2024-09")[:3] == pytest.approx([355.10, 461.63, 106.53])
    # December: 198; reform 31 − 118.8 ÷ 35.51 = 27.65 → 28 days = 994.28 (baseline 27 = 958.77)
    assert ligne(sortie, "alex", "2024-12")[:3] == pytest.approx([958.77, 994.28, 35.51])
    # June and November: 0.6 × 1 980 = 1 188 ÷ 35.35 > 30, 0.6 × 2 970 ÷ 35.51 > 30: still nothing
    assert ligne(sortie, "alex", "2024-06")[:3] == [0, 0, 0]
    # a month without turnover is unchanged
    assert ligne(sortie, "alex", "2024-05")[:3] == pytest.approx([1095.85, 1095.85, 0])
    # over the year: 106.05 + 35.51 + 106.53 + 35.51 = 283.60
    assert "Écart de revenu total sur 2024-01 – 2024-12 : +283.60 €" in sortie


def test_chart_installed_command(tmp_path):
    graphique = tmp_path / "compare.png"
    resultat = commande(
        "compare", exemple("couple_ass"), "--reform", "ass_cumul_six_mois", "--chart", graphique, "--no-progress"
    )
    assert resultat.returncode == 0, resultat.stderr
    assert graphique.read_bytes()[:8] == PNG
    assert graphique.stat().st_size > 10_000
    # Dominique's cumul lasts 2 months (July, August): the 6-month cumul changes nothing
    assert "Écart de revenu total sur 2025-04 – 2025-09 : +0.00 €" in resultat.stdout


def test_svg_chart(lancer, tmp_path):
    graphique = tmp_path / "compare.svg"
    code, _, _ = lancer("compare", exemple("choix_arce"), "--reform", "abattement_bnc_modifie", "--chart", graphique)
    assert code == 0
    assert graphique.read_text(encoding="utf-8").lstrip().startswith("<?xml")
