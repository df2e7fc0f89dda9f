"""The sweep's chart with the CAF benefits: stacked income against the swept input, cliffs labelled."""

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402 (the backend is chosen before pyplot is imported)
import numpy  # noqa: E402

from openfisca_ass.caf.tableau import COLONNES  # noqa: E402

LIBELLES = dict(COLONNES)
# Stacked from the bottom: the income before benefits, then each benefit.
ETAGES = ("ass", "are", "arce", "ati", "rsa", "ppa", "aide_logement")
COULEURS = {
    "activite": "tab:gray",
    "ass": "tab:blue",
    "are": "tab:orange",
    "arce": "tab:green",
    "ati": "tab:purple",
    "rsa": "tab:red",
    "ppa": "tab:olive",
    "aide_logement": "tab:cyan",
}
# Labels of the cliffs are staggered on this many heights.
HAUTEURS = 5


def empiler(chemin: str, textes: tuple, x, series: dict, ruptures: list) -> None:
    """``textes`` = (title, name of the swept input)."""
    titre, variable = textes
    x = numpy.asarray(x, dtype=float)
    prestations = {nom: numpy.asarray(series[nom], dtype=float) for nom in ETAGES}
    avant = numpy.asarray(series["revenu_avant_caf"], dtype=float)
    # What the household has before any benefit: the income before CAF minus our own benefits.
    activite = avant - sum(prestations[nom] for nom in ("ass", "are", "arce", "ati"))
    couches = [("activite", "Revenus d'activité après cotisations", activite)]
    couches += [(nom, LIBELLES[nom], prestations[nom]) for nom in ETAGES if prestations[nom].any()]
    figure, axe = plt.subplots(figsize=(11, 6.5))
    axe.stackplot(
        x,
        *(valeurs for _, _, valeurs in couches),
        labels=[libelle for _, libelle, _ in couches],
        colors=[COULEURS[nom] for nom, _, _ in couches],
        alpha=0.75,
    )
    axe.plot(x, numpy.asarray(series["revenu_total"], dtype=float), color="black", lw=1.6, label="Revenu total")
    for rang, (position, libelle) in enumerate(ruptures):
        axe.axvline(position, color="black", ls=":", lw=0.9)
        axe.annotate(
            f"{libelle} ({position:g})",
            xy=(position, 1 - 0.06 * (rang % HAUTEURS)),
            xycoords=("data", "axes fraction"),
            xytext=(3, -3),
            textcoords="offset points",
            fontsize=8,
            va="top",
        )
    axe.set_xlabel(f"{variable} (euros par mois)")
    axe.set_ylabel("Revenu mensuel du foyer (euros)")
    axe.set_title(titre)
    axe.legend(loc="upper left", bbox_to_anchor=(1.01, 1), fontsize=8)
    axe.grid(alpha=0.3)
    figure.tight_layout()
    figure.savefig(chemin)
    plt.close(figure)
