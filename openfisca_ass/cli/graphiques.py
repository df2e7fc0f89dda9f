"""Charts with matplotlib (Agg backend: no display needed), PNG or SVG by the file's extension.

matplotlib rather than hand-written SVG: axes, legends, annotations and both formats for free.
"""

from dataclasses import dataclass
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402 (the backend is chosen before pyplot is imported)

from openfisca_ass.cli.resultats import LIBELLES, PRESTATIONS  # noqa: E402
from openfisca_ass.cli.situation import UsageError  # noqa: E402

FORMATS = (".png", ".svg")
_COULEURS = {"ass": "tab:blue", "are": "tab:orange", "arce": "tab:green", "ati": "tab:purple", "revenu_total": "black"}
_ETAGES = 5
# A label past this share of the x axis is written on the left of its line.
_COTE_GAUCHE = 0.6


@dataclass
class Graphique:
    chemin: Path
    titre: str
    reforme: str = ""


def verifier_sortie(chemin: str) -> Path:
    sortie = Path(chemin)
    if sortie.suffix.lower() not in FORMATS:
        raise UsageError(f"--chart {chemin} : extension attendue .png ou .svg")
    if not sortie.parent.is_dir():
        raise UsageError(f"--chart {chemin} : le dossier {sortie.parent} n'existe pas")
    return sortie


def _courbes(axe, x, series: dict, noms, trait: tuple) -> None:
    """``trait`` = (matplotlib line style, label suffix)."""
    style, suffixe = trait
    for nom in noms:
        if nom in series and (series[nom] != 0).any():
            axe.plot(x, series[nom], style, color=_COULEURS.get(nom), label=f"{LIBELLES[nom]}{suffixe}", lw=1.6)


def _marquer(axes, falaises: list, trait: tuple, depart: int = 0) -> int:
    """Vertical lines at the cliffs, labelled (value included) at the top of the first panel, staggered."""
    style, couleur = trait
    gauche, droite = axes[0].get_xlim()
    for rang, (position, libelle) in enumerate(falaises, start=depart):
        for axe in axes:
            axe.axvline(position, ls=style, color=couleur, lw=0.9, alpha=0.8)
        a_droite = position > gauche + _COTE_GAUCHE * (droite - gauche)
        axes[0].annotate(
            f"{libelle} : " + f"{position:,.0f}".replace(",", " "),
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
_ROUGE, _BRUN = "tab:red", "tab:brown"


def courbe_balayage(graphique: Graphique, balayage, base, reforme=None) -> None:
    """Benefits (top) and total income (bottom) against the swept input, baseline and reform."""
    x = balayage.valeurs
    figure, axes = plt.subplots(2, 1, figsize=(11, 8), sharex=True, height_ratios=[3, 2])
    suffixe = " (droit actuel)" if reforme else ""
    _courbes(axes[0], x, base.foyer, PRESTATIONS, (_BASE[0], suffixe))
    _courbes(axes[1], x, base.foyer, ("revenu_total",), (_BASE[0], suffixe))
    rang = _marquer(axes, base.falaises, (_BASE[1], _ROUGE))
    if reforme is not None:
        suffixe = f" (réforme {graphique.reforme})"
        _courbes(axes[0], x, reforme.foyer, PRESTATIONS, (_REFORME[0], suffixe))
        _courbes(axes[1], x, reforme.foyer, ("revenu_total",), (_REFORME[0], suffixe))
        nouvelles = [f for f in reforme.falaises if f not in base.falaises]
        _marquer(axes, [(p, f"{libelle} (réforme)") for p, libelle in nouvelles], (_REFORME[1], _BRUN), rang)
    axes[0].set_ylabel("Allocations du foyer, € du mois")
    axes[1].set_ylabel("Revenu total du foyer, € du mois")
    portee = f" (et les {balayage.mois_avant} mois précédents)" if balayage.mois_avant else ""
    axes[1].set_xlabel(f"{balayage.variable} de {balayage.personne} en {balayage.mois}{portee}, € par mois")
    axes[0].set_title(graphique.titre, fontsize=10)
    for axe in axes:
        axe.grid(alpha=0.3)
        axe.legend(fontsize=8, loc="lower right")
    figure.tight_layout()
    figure.savefig(graphique.chemin)
    plt.close(figure)


def courbe_mois(graphique: Graphique, mois: list, base: dict, reforme: dict, balayage=None) -> None:
    """Compare: household benefits and total income month by month, then against turnover.

    ``balayage`` = (Balayage, baseline Resultat, reform Resultat) for the third panel.
    """
    panneaux = 3 if balayage else 2
    figure, axes = plt.subplots(panneaux, 1, figsize=(11, 4 * panneaux))
    actuel, reforme_ = (" (droit actuel)",), (f" (réforme {graphique.reforme})",)
    for axe, noms in ((axes[0], PRESTATIONS), (axes[1], ("revenu_total",))):
        _courbes(axe, mois, base, noms, ("o-", *actuel))
        _courbes(axe, mois, reforme, noms, ("s:", *reforme_))
        axe.grid(alpha=0.3)
        axe.legend(fontsize=8)
        axe.tick_params(axis="x", labelrotation=45, labelsize=8)
    axes[0].set_title(graphique.titre, fontsize=10)
    axes[0].set_ylabel("Allocations du foyer (€)")
    axes[1].set_ylabel("Revenu total du foyer (€)")
    if balayage:
        definition, resultat_base, resultat_reforme = balayage
        axe, x = axes[2], definition.valeurs
        _courbes(axe, x, resultat_base.foyer, ("revenu_total", *PRESTATIONS), (_BASE[0], *actuel))
        _courbes(axe, x, resultat_reforme.foyer, ("revenu_total", *PRESTATIONS), (_REFORME[0], *reforme_))
        rang = _marquer([axe], resultat_base.falaises, (_BASE[1], _ROUGE))
        nouvelles = [f for f in resultat_reforme.falaises if f not in resultat_base.falaises]
        _marquer([axe], [(p, f"{libelle} (réforme)") for p, libelle in nouvelles], (_REFORME[1], _BRUN), rang)
        axe.set_xlabel(f"{definition.variable} de {definition.personne} en {definition.mois} (€)")
        axe.set_ylabel("€ du mois")
        axe.grid(alpha=0.3)
        axe.legend(fontsize=7, loc="lower right")
    figure.tight_layout()
    figure.savefig(graphique.chemin)
    plt.close(figure)
