"""Charts a person reads at a glance: legends off the data, cliffs vertical at their exact place, SVG text
as text, axes named by the variables' French labels, monthly amounts as steps."""

import pytest
from conftest import exemple

from openfisca_ass.cli import graphiques


@pytest.fixture
def figures(monkeypatch):
    """The figures drawn by a command (kept instead of closed)."""
    gardees = []
    monkeypatch.setattr(graphiques.plt, "close", gardees.append)
    return gardees


def _chevauche(a, b) -> bool:
    return a.x0 < b.x1 and b.x0 < a.x1 and a.y0 < b.y1 and b.y0 < a.y1


def _legendes_hors_des_axes(figure):
    figure.canvas.draw()
    rendu = figure.canvas.get_renderer()
    for axe in figure.axes:
        legende = axe.get_legend()
        assert legende is not None
        assert not _chevauche(legende.get_window_extent(rendu), axe.get_window_extent(rendu))


def test_sweep_cliff_vertical_at_the_exact_threshold(lancer, tmp_path, figures):
    sortie = tmp_path / "balayage.svg"
    arguments = ("sweep", exemple("micro_entrepreneur_are"), "--period", "2024-09", "--step", "250")
    code, _, _ = lancer(*arguments, "--chart", sortie)
    assert code == 0
    (figure,) = figures
    haut, bas = figure.axes
    (are,) = [ligne for ligne in haut.get_lines() if ligne.get_label() == "ARE"]
    x, y = are.get_xdata(), are.get_ydata()
    # September 2024, AJ 35.51, BNC income 0.66 t, 70 % deducted: 1 day paid at 2 267.41
    # ((1 065.30 − 1 047.543) ÷ 35.51 = 0.50006 → 1 day = 35.51), none from 2 267.42 (see test_sweep.py):
    # the line falls between these two points, one cent apart, not between the sweep's 2 250 and 2 500.
    i = list(x).index(pytest.approx(2267.42))
    assert x[i - 1] == pytest.approx(2267.41)
    assert (y[i - 1], y[i]) == pytest.approx((35.51, 0))
    # the total income falls there too: 2 267.41 − 23.1 % contributions + 35.51 → 2 267.42 − 23.1 %
    (total,) = bas.get_lines()[:1]
    assert total.get_ydata()[i - 1] - total.get_ydata()[i] == pytest.approx(35.51, abs=0.02)
    _legendes_hors_des_axes(figure)
    # axis named by the variable's label; SVG text kept as text
    assert haut.get_xlabel() == "" and bas.get_xlabel().startswith("Chiffre d'affaires de la micro-entreprise")
    svg = sortie.read_text(encoding="utf-8")
    assert "<text" in svg
    assert "Chiffre d" in svg and "affaires de la micro-entreprise" in svg


def test_compare_monthly_steps_and_legends(lancer, tmp_path, figures):
    arguments = ("compare", exemple("micro_entrepreneur_are"), "--reform", "are_cumul_deduction_60")
    code, _, _ = lancer(*arguments, "--chart", tmp_path / "compare.png")
    assert code == 0
    (figure,) = figures
    mensuels = figure.axes[:2]
    for axe in mensuels:
        lignes = axe.get_lines()
        assert lignes
        assert {ligne.get_drawstyle() for ligne in lignes} == {"steps-mid"}
    _legendes_hors_des_axes(figure)
    assert figure.axes[2].get_xlabel().startswith("Chiffre d'affaires de la micro-entreprise")


def test_readme_chart_cliffs_and_legend(lancer, tmp_path, figures):
    # The README's chart: the ASS stops at the first cent of turnover in the 4th month of activity
    # (3-month cumul, R5425-2): paid at 0 (453.10, June 2025), nothing from 0.01.
    arguments = ("sweep", exemple("personne_seule_ass"), "--months-before", "3", "--to", "4000", "--step", "25")
    code, sortie, _ = lancer(*arguments, "--reform", "ass_cumul_six_mois", "--chart", tmp_path / "readme.png")
    assert code == 0
    assert "fin du cumul ASS (3 mois) : micro_entreprise_chiffre_affaires = 0.01" in sortie
    (figure,) = figures
    ass = next(ligne for ligne in figure.axes[0].get_lines() if ligne.get_label() == "ASS (droit actuel)")
    assert list(ass.get_xdata()[:3]) == pytest.approx([0, 0, 0.01])
    assert list(ass.get_ydata()[:3]) == pytest.approx([453.10, 453.10, 0])
    _legendes_hors_des_axes(figure)
