"""Charts with matplotlib (Agg backend: no display needed), PNG or SVG by the file's extension.

matplotlib rather than hand-written SVG: axes, legends, annotations and both formats for free.
"""

from dataclasses import dataclass
from pathlib import Path

import matplotlib
import numpy

matplotlib.use("Agg")
# SVG text stays text (searchable, selectable, translatable), not glyphs drawn as paths.
matplotlib.rcParams["svg.fonttype"] = "none"
import matplotlib.pyplot as plt  # noqa: E402 (the backend is chosen before pyplot is imported)

from openfisca_ass.cli.resultats import LIBELLES, PRESTATIONS  # noqa: E402
from openfisca_ass.cli.situation import UsageError  # noqa: E402

FORMATS = (".png", ".svg")
_COULEURS = {
    "ass": "tab:blue",
    "are": "tab:orange",
    "arce": "tab:green",
    "ati": "tab:purple",
    "revenu_total": "black",
    "revenu_disponible": "tab:red",
}
# The bottom panels: total income (gross) and disposable income (what the household lives on), drawn last.
_REVENUS = ("revenu_total", "revenu_disponible")
_ETAGES = 5
# A label past this share of the x axis is written on the left of its line.
_COTE_GAUCHE = 0.6


@dataclass
class Graphique:
    """``libelle_x``: the swept variable's French label (the axis shows labels, not identifiers)."""

    chemin: Path
    titre: str
    reforme: str = ""
    libelle_x: str = ""


def _legende(axe, taille: int = 8) -> None:
    """The legend to the right of the axes, outside them: never over a curve or a cliff."""
    axe.legend(fontsize=taille, loc="upper left", bbox_to_anchor=(1.01, 1.0), borderaxespad=0.0, frameon=False)


def verifier_sortie(chemin: str) -> Path:
    sortie = Path(chemin)
    if sortie.suffix.lower() not in FORMATS:
        raise UsageError(f"--chart {chemin} : extension attendue .png ou .svg")
    if not sortie.parent.is_dir():
        raise UsageError(f"--chart {chemin} : le dossier {sortie.parent} n'existe pas")
    return sortie


def _courbes(axe, x, series: dict, noms, trait: tuple) -> None:
    """``trait`` = (matplotlib line style, label suffix[, more matplotlib line options])."""
    style, suffixe, *reste = trait
    options = reste[0] if reste else {}
    for nom in noms:
        if nom in series and (numpy.asarray(series[nom]) != 0).any():
            axe.plot(
                x,
                series[nom],
                style,
                color=_COULEURS.get(nom),
                label=f"{LIBELLES[nom]}{suffixe}",
                lw=1.6,
                **options,
            )


def _marquer(axes, falaises: list, trait: tuple, depart: int = 0) -> int:
    """Vertical lines at the cliffs, labelled (value included) at the top of the first panel, staggered."""
    style, couleur = trait
    gauche, droite = axes[0].get_xlim()
    for rang, (position, libelle) in enumerate(falaises, start=depart):
        for axe in axes:
            axe.axvline(position, ls=style, color=couleur, lw=0.9, alpha=0.8)
        a_droite = position > gauche + _COTE_GAUCHE * (droite - gauche)
        axes[0].annotate(
            f"{libelle} : " + f"{position:,.2f}".replace(",", " "),
            xy=(position, 1 - 0.075 * (rang % _ETAGES)),
            xycoords=("data", "axes fraction"),
            xytext=(-3 if a_droite else 3, -3),
            textcoords="offset points",
            fontsize=7,
            color=couleur,
            va="top",
            ha="right" if a_droite else "left",
            bbox={"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none", "alpha": 0.8},
        )
    return depart + len(falaises)


_BASE, _REFORME = ("-", "--"), (":", "-.")
# A month's amount holds for the whole month: drawn as steps, not as lines between months.
_MARCHES = {"drawstyle": "steps-mid"}
_ROUGE, _BRUN = "tab:red", "tab:brown"


def _points(resultat) -> tuple:
    """The points drawn: with the two points around each cliff when they were computed."""
    if resultat.x_courbe is not None:
        return resultat.x_courbe, resultat.courbe
    return None, resultat.foyer


def courbe_balayage(graphique: Graphique, balayage, base, reforme=None) -> None:
    """Benefits (top) and total income (bottom) against the swept input, baseline and reform."""
    figure, axes = plt.subplots(2, 1, figsize=(13, 8), sharex=True, height_ratios=[3, 2])
    suffixe = " (droit actuel)" if reforme else ""
    x, series = _points(base)
    x = balayage.valeurs if x is None else x
    _courbes(axes[0], x, series, PRESTATIONS, (_BASE[0], suffixe))
    _courbes(axes[1], x, series, _REVENUS, (_BASE[0], suffixe))
    rang = _marquer(axes, base.falaises, (_BASE[1], _ROUGE))
    if reforme is not None:
        suffixe = f" (réforme {graphique.reforme})"
        x, series = _points(reforme)
        x = balayage.valeurs if x is None else x
        _courbes(axes[0], x, series, PRESTATIONS, (_REFORME[0], suffixe))
        _courbes(axes[1], x, series, _REVENUS, (_REFORME[0], suffixe))
        nouvelles = [f for f in reforme.falaises if f not in base.falaises]
        _marquer(axes, [(p, f"{libelle} (réforme)") for p, libelle in nouvelles], (_REFORME[1], _BRUN), rang)
    axes[0].set_ylabel("Allocations du foyer, € du mois")
    axes[1].set_ylabel("Revenu du foyer (disponible, total brut), € du mois")
    portee = f" (et les {balayage.mois_avant} mois précédents)" if balayage.mois_avant else ""
    libelle = graphique.libelle_x or balayage.variable
    axes[1].set_xlabel(f"{libelle} : {balayage.personne}, {balayage.mois}{portee}")
    axes[0].set_title(graphique.titre, fontsize=10)
    for axe in axes:
        axe.grid(alpha=0.3)
        _legende(axe)
    figure.tight_layout()
    figure.savefig(graphique.chemin)
    plt.close(figure)


def courbe_mois(graphique: Graphique, mois: list, base: dict, reforme: dict, balayage=None) -> None:
    """Compare: household benefits and total income month by month, then against turnover.

    ``balayage`` = (Balayage, baseline Resultat, reform Resultat) for the third panel.
    """
    panneaux = 3 if balayage else 2
    figure, axes = plt.subplots(panneaux, 1, figsize=(13, 4 * panneaux))
    actuel, reforme_ = (" (droit actuel)",), (f" (réforme {graphique.reforme})",)
    for axe, noms in ((axes[0], PRESTATIONS), (axes[1], _REVENUS)):
        # A month's amount holds for the whole month: steps, not lines between months.
        _courbes(axe, mois, base, noms, ("-", *actuel, _MARCHES))
        _courbes(axe, mois, reforme, noms, ("--", *reforme_, _MARCHES))
        axe.grid(alpha=0.3)
        _legende(axe)
        axe.tick_params(axis="x", labelrotation=45, labelsize=8)
    axes[0].set_title(graphique.titre, fontsize=10)
    axes[0].set_ylabel("Allocations du foyer (€)")
    axes[1].set_ylabel("Revenu du foyer, disponible et total brut (€)")
    if balayage:
        definition, resultat_base, resultat_reforme = balayage
        axe = axes[2]
        for resultat, trait in ((resultat_base, (_BASE[0], *actuel)), (resultat_reforme, (_REFORME[0], *reforme_))):
            x, series = _points(resultat)
            x = definition.valeurs if x is None else x
            _courbes(axe, x, series, (*_REVENUS, *PRESTATIONS), trait)
        rang = _marquer([axe], resultat_base.falaises, (_BASE[1], _ROUGE))
        nouvelles = [f for f in resultat_reforme.falaises if f not in resultat_base.falaises]
        _marquer([axe], [(p, f"{libelle} (réforme)") for p, libelle in nouvelles], (_REFORME[1], _BRUN), rang)
        axe.set_xlabel(f"{graphique.libelle_x or definition.variable} : {definition.personne}, {definition.mois}")
        axe.set_ylabel("Montants du foyer, € du mois")
        axe.grid(alpha=0.3)
        _legende(axe, 7)
    figure.tight_layout()
    figure.savefig(graphique.chemin)
    plt.close(figure)
