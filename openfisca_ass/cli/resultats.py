"""What the commands print and draw: the columns, each a variable of the model or a sum of variables.

Adding a column is one line in ``COLONNES``: a variable's name and its French header (or the
variables summed and subtracted). Total income of a person for a month = activity income
(``salaire_brut`` + ``micro_entreprise_chiffre_affaires``) − micro-entrepreneur contributions
(``micro_entreprise_cotisations_sociales``) + ASS + ARE + ARCE + ATI, gross amounts. Net: the ARE
after its deductions (``are_net``), the four allowances net, and the disposable income — the
members' net allowances, net pay (``salaire_net``, an input), micro income after its
contributions and author income after its contributions: the famille's ``revenu_disponible``.
"""

from dataclasses import dataclass

import numpy

from openfisca_ass.cli.situation import calculer

PRESTATIONS = ("ass", "are", "arce", "ati")
_ACTIVITE = ("salaire_brut", "micro_entreprise_chiffre_affaires")
_COTISATIONS = ("micro_entreprise_cotisations_sociales",)
PRESTATIONS_NETTES = ("ass_net", "are_net", "arce_net", "ati_net")
# The components of revenu_disponible (variables/commun/revenu_disponible.py), per person.
_DISPONIBLE = (
    *PRESTATIONS_NETTES,
    "salaire_net",
    "micro_entreprise_revenu_apres_prelevements",
    "artiste_auteur_revenu_apres_cotisations",
)


@dataclass(frozen=True)
class Colonne:
    """A column: ``cle`` (JSON and CSV key), its French header, the variables added and subtracted.

    Without ``ajoutees``, the column is the variable named ``cle``. ``foyer``: summed over a household.
    """

    cle: str
    libelle: str
    ajoutees: tuple = ()
    retranchees: tuple = ()
    foyer: bool = True

    def variables(self) -> tuple:
        return self.ajoutees or (self.cle,)


COLONNES = (
    Colonne("ass", "ASS"),
    Colonne("are", "ARE"),
    Colonne("arce", "ARCE"),
    Colonne("ati", "ATI"),
    Colonne("revenus_activite", "Revenus d'activité", _ACTIVITE),
    Colonne("cotisations", "Cotisations micro", _COTISATIONS),
    Colonne("revenu_total", "Revenu total", (*_ACTIVITE, *PRESTATIONS), _COTISATIONS),
    Colonne("are_jours_restants", "Jours ARE restants", foyer=False),
    # net amounts, after the gross ones (issue 10)
    Colonne("are_net", "ARE nette"),
    Colonne("allocations_nettes", "Allocations nettes", PRESTATIONS_NETTES),
    Colonne("revenu_disponible", "Revenu disponible", _DISPONIBLE),
)
LIBELLES = {colonne.cle: colonne.libelle for colonne in COLONNES}


def valeurs_colonne(colonne: Colonne, lire) -> numpy.ndarray:
    """The column's values from ``lire(variable)`` (an array over the persons, or over the sweep's points)."""
    total = sum(lire(nom).astype(numpy.float64) for nom in colonne.variables())
    for nom in colonne.retranchees:
        total = total - lire(nom).astype(numpy.float64)
    return total


def mois_par_mois(simu, mois: list, barre=None, chemin: str = "", colonnes=COLONNES) -> dict:
    """{month: {column: array over the persons}}, months computed in order (the ARE walk goes forward)."""
    resultats = {}
    for un_mois in mois:
        resultats[un_mois] = {
            colonne.cle: numpy.round(valeurs_colonne(colonne, lambda nom, m=un_mois: calculer(simu, nom, m, chemin)), 2)
            for colonne in colonnes
        }
        if barre is not None:
            barre.avancer()
    return resultats


def salaire_net_manquant(situation: dict) -> list:
    """French warnings: a pay is given without its net (the net pay is an input, never invented)."""
    sans_net = [
        nom
        for nom, valeurs in situation.get("individus", {}).items()
        if any(_donne(valeurs.get(cle)) for cle in ("salaire_brut", "salaire_imposable"))
        and not _donne(valeurs.get("salaire_net"))
    ]
    if not sans_net:
        return []
    return [
        f"Attention : salaire net non renseigné pour {', '.join(sans_net)} (salaire brut ou imposable donné) : "
        "il compte pour 0 dans le revenu disponible. Donnez salaire_net (le net du bulletin de paie)."
    ]


def _donne(valeur) -> bool:
    if isinstance(valeur, dict):
        return any(v not in (None, 0) for v in valeur.values())
    return valeur not in (None, 0)
