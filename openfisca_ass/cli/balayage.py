"""A sweep of one input through OpenFisca axes: one simulation, ``count`` copies of the situation.

The swept value is given to one person (``index`` of the axis) for the month computed, or for each
of the ``mois_avant`` months before it too (parallel axes: the same value every month, e.g. a
spouse's turnover over the 12 months of the ASS resources). Results are summed over the
household of each copy; the cliffs are read from the person's own intermediate variables and the
law's parameters (see :func:`falaises`).
"""

from dataclasses import dataclass, field, replace

import numpy

from openfisca_ass.cli.resultats import COLONNES, PRESTATIONS, PRESTATIONS_NETTES, valeurs_colonne
from openfisca_ass.cli.situation import (
    PERSONNES,
    PLUS_GRAND_NOMBRE,
    UsageError,
    calculer,
    foyer_de,
    mois_valide,
    simulation,
)

# Intermediate variables read to place the cliffs.
_DETAIL = (
    "ass_eligibilite_individu",
    "ass_rang_mois_activite",
    "ass_ressources_mensuelles",
    "ass_plafond_ressources",
    "ass_montant_journalier",
    "micro_entreprise_revenu",
    "salaire_brut",
    "are_salaire_journalier_reference",
)
POINTS_MAXIMUM = 100 * 1000
# ``--months-before``: the law looks back 12 months (ASS resources) to 36 (ARE reference period).
MOIS_AVANT_MAXIMUM = 36


@dataclass
class Balayage:
    """``variable`` of ``personne`` takes ``valeurs`` in ``mois`` (and in the ``mois_avant`` months before)."""

    variable: str
    valeurs: numpy.ndarray
    mois: str
    personne: str
    mois_avant: int = 0


@dataclass
class Resultat:
    """Household amounts along the sweep ({column: array}) and the cliffs found.

    ``x_courbe`` and ``courbe``: the points drawn, the sweep's points plus, at each cliff, the last
    cent before it and the first cent after it (see :func:`affiner`), so that a chart draws the
    cliff as a vertical drop at its exact place, not a slope between two points of the sweep.
    """

    foyer: dict
    falaises: list = field(default_factory=list)
    x_courbe: numpy.ndarray | None = None
    courbe: dict | None = None


def valeurs_axe(debut: float, fin: float, pas: float) -> numpy.ndarray:
    for option, valeur in (("--from", debut), ("--to", fin), ("--step", pas)):
        if not numpy.isfinite(valeur) or abs(valeur) > PLUS_GRAND_NOMBRE:
            raise UsageError(f"{option} {valeur:g} : attendu un nombre fini, au plus {PLUS_GRAND_NOMBRE:g}")
    if pas <= 0:
        raise UsageError(f"--step doit être positif (reçu {pas:g})")
    if fin < debut:
        raise UsageError(f"--to {fin:g} est inférieur à --from {debut:g}")
    if debut < 0:
        raise UsageError(f"--from {debut:g} : un montant ne peut pas être négatif")
    nombre = numpy.floor((fin - debut) / pas + 1e-9) + 1
    if nombre > POINTS_MAXIMUM:
        raise UsageError(f"{nombre:.0f} points demandés : au plus {POINTS_MAXIMUM}, augmentez --step")
    return debut + pas * numpy.arange(int(nombre))


def situation_avec_axes(situation: dict, balayage: Balayage, systeme_) -> dict:
    variable, valeurs, personne = balayage.variable, balayage.valeurs, balayage.personne
    if variable not in systeme_.variables:
        raise UsageError(f"--variable : variable inconnue '{variable}'")
    definition = systeme_.variables[variable]
    if definition.entity.key != "individu" or definition.definition_period != "month":
        raise UsageError(f"--variable {variable} : seule une variable mensuelle d'un individu peut être balayée")
    if definition.value_type not in (float, int):
        raise UsageError(f"--variable {variable} : seule une variable numérique peut être balayée")
    if variable in RESULTATS_LUS and definition.formulas:
        raise UsageError(
            f"--variable {variable} : c'est un résultat que le balayage calcule et affiche, "
            "le donner le remplacerait ; balayez une donnée "
            "(par exemple micro_entreprise_chiffre_affaires ou salaire_brut)"
        )
    if not 0 <= balayage.mois_avant <= MOIS_AVANT_MAXIMUM:
        raise UsageError(f"--months-before {balayage.mois_avant} : attendu de 0 à {MOIS_AVANT_MAXIMUM}")
    noms = list(situation[PERSONNES])
    if personne not in noms:
        raise UsageError(f"--person : personne inconnue '{personne}' (personnes : {', '.join(noms)})")
    from openfisca_core import periods  # noqa: PLC0415

    periode = periods.period(balayage.mois)
    mois_valide(str(periode.offset(-balayage.mois_avant)), "--months-before")
    paralleles = [
        {
            "name": variable,
            "min": float(valeurs[0]),
            "max": float(valeurs[-1]),
            "count": len(valeurs),
            "period": str(periode.offset(-decalage)),
            "index": noms.index(personne),
        }
        for decalage in range(balayage.mois_avant + 1)
    ]
    avec_axes = dict(situation)
    # Core wants every entity given with axes; without them it puts each person alone in a group,
    # so do the same explicitly for an entity the file leaves out (the sweep then computes what
    # `simulate` computes for the same file).
    for entite in systeme_.group_entities:
        if entite.plural not in avec_axes:
            role = entite.roles[0].plural
            avec_axes[entite.plural] = {f"{entite.key}_{nom}": {role: [nom]} for nom in noms}
    avec_axes["axes"] = [paralleles]
    return avec_axes


def balayer(systeme_, situation: dict, balayage: Balayage, barre=None, exact: bool = True) -> Resultat:
    """One simulation with axes: the household's amounts for each point, and the cliffs (placed to the cent)."""
    resultat = _balayer(systeme_, situation, balayage, barre)
    return affiner(systeme_, situation, balayage, resultat) if exact else resultat


def _balayer(systeme_, situation: dict, balayage: Balayage, barre=None) -> Resultat:
    avec_axes = situation_avec_axes(situation, balayage, systeme_)
    simu = simulation(systeme_, avec_axes)
    nombre_personnes = len(situation[PERSONNES])
    valeurs, mois, personne = balayage.valeurs, balayage.mois, balayage.personne

    def lire(nom):
        tableau = calculer(simu, nom, mois).astype(numpy.float64).reshape(len(valeurs), nombre_personnes)
        if barre is not None:
            barre.avancer()
        return tableau

    lus = {}

    def lire_une_fois(nom):
        if nom not in lus:
            lus[nom] = lire(nom)
        return lus[nom]

    membres = [list(situation[PERSONNES]).index(nom) for nom in foyer_de(situation, personne)]
    foyer = {
        colonne.cle: valeurs_colonne(colonne, lire_une_fois)[:, membres].sum(axis=1)
        for colonne in COLONNES
        if colonne.foyer
    }
    par_personne = {nom: lus[nom] for nom in PRESTATIONS}
    detail = {nom: lire_une_fois(nom) for nom in _DETAIL}
    detail.update(par_personne)
    foyer = {nom: numpy.round(tableau, 2) for nom, tableau in foyer.items()}
    return Resultat(foyer, falaises(valeurs, detail, systeme_, mois))


# A cliff is placed to the cent of the swept input.
PRECISION = 0.01
# Points of each sub-sweep while a cliff is narrowed down (about 2 sub-sweeps from 50 € to the cent).
_POINTS_AFFINAGE = 64


def _chutes(foyer: dict) -> list:
    """Indices i where a benefit paid at point i is 0 at point i + 1 (the benefit stops between them)."""
    indices = set()
    for nom in PRESTATIONS:
        serie = foyer[nom]
        indices.update(numpy.flatnonzero((serie[:-1] > 0) & (serie[1:] == 0)).tolist())
    return sorted(indices)


def _seuil(systeme_, situation, balayage, bas: float, haut: float) -> tuple:
    """(last value before, first value at the fall, their household amounts), by sub-sweeps to the cent."""
    avant = apres = None
    while True:
        pas = max(PRECISION, round((haut - bas) / (_POINTS_AFFINAGE - 1), 2))
        grille = numpy.round(bas + pas * numpy.arange(int(numpy.ceil((haut - bas) / pas - 1e-9)) + 1), 2)
        grille[-1] = haut
        sous = _balayer(systeme_, situation, replace(balayage, valeurs=grille)).foyer
        payees = [nom for nom in PRESTATIONS if sous[nom][0] > 0]
        tombe = numpy.zeros(len(grille), dtype=bool)
        for nom in payees:
            tombe |= sous[nom] == 0
        j = int(numpy.argmax(tombe)) if tombe.any() else len(grille) - 1
        j = max(j, 1)
        bas, haut = float(grille[j - 1]), float(grille[j])
        avant = {nom: serie[j - 1] for nom, serie in sous.items()}
        apres = {nom: serie[j] for nom, serie in sous.items()}
        if pas <= PRECISION + 1e-9:
            return bas, haut, avant, apres


def affiner(systeme_, situation: dict, balayage: Balayage, resultat: Resultat) -> Resultat:
    """Each fall of a benefit to 0 placed to the cent of the swept input (by sub-sweeps), for the chart and the list.

    The sweep's own points stay as they are (the table); the chart draws through the two points found
    around each fall, and a cliff listed at a sweep point (end of the cumul, end of the ARE) moves to
    the first cent where the benefit is 0.
    """
    x = balayage.valeurs
    chutes = _chutes(resultat.foyer)
    x_courbe, courbe = list(map(float, x)), {nom: list(serie) for nom, serie in resultat.foyer.items()}
    falaises = list(resultat.falaises)
    for i in chutes:
        bas, haut, avant, apres = _seuil(systeme_, situation, balayage, float(x[i]), float(x[i + 1]))
        for valeur, point in ((bas, avant), (haut, apres)):
            x_courbe.append(valeur)
            for nom, serie in courbe.items():
                serie.append(point[nom])
        falaises = [(haut if position == float(x[i + 1]) else position, libelle) for position, libelle in falaises]
    ordre = numpy.argsort(x_courbe, kind="stable")
    return replace(
        resultat,
        falaises=sorted(set(falaises)),
        x_courbe=numpy.asarray(x_courbe)[ordre],
        courbe={nom: numpy.asarray(serie)[ordre] for nom, serie in courbe.items()},
    )


# Steps of the progress bar of one sweep: the variables read.
ETAPES = len(
    {nom for colonne in COLONNES if colonne.foyer for nom in (*colonne.variables(), *colonne.retranchees)}
    | set(_DETAIL)
)
# The columns of the sweep's table (household amounts).
COLONNES_AFFICHEES = ("ass", "are", "arce", "ati", "cotisations", "revenu_total", "are_net", "revenu_disponible")
# What the sweep reads as results: sweeping one of them (when it has a formula) would show the
# swept value instead of what the law gives. An input with a formula that is not read here
# (``are_jours_restants``, ``ass_precondition_remplie``) may be swept: the input overrides.
RESULTATS_LUS = frozenset((*PRESTATIONS, *PRESTATIONS_NETTES, "micro_entreprise_cotisations_sociales", *_DETAIL)) - {
    "are_salaire_journalier_reference"
}


def _premier_franchissement(x, serie, seuil):
    """The swept value where ``serie`` (non-decreasing along x) first reaches ``seuil``, interpolated."""
    au_dela = numpy.nonzero(serie >= seuil - 1e-9)[0]
    if len(au_dela) == 0 or au_dela[0] == 0:
        return None
    i = au_dela[0]
    if serie[i] == serie[i - 1]:
        return float(x[i])
    return float(x[i - 1] + (seuil - serie[i - 1]) * (x[i] - x[i - 1]) / (serie[i] - serie[i - 1]))


def falaises(x, detail: dict, systeme_, mois: str) -> list:
    """Where the benefits fall or bend along the sweep, for every person of the household.

    Returns (swept value, short label) pairs:
    - end of the ASS cumul: the month becomes a month of activity beyond the cumul months
      (R5425-2), ASS paid at the first point and nothing from there;
    - R5423-13 minimum (marked, as the ceilings, where the month is within the cumul): monthly
      resources R above P − 30 d ÷ days of the month (the amount would
      be under one daily rate d);
    - ASS ceilings: R reaching P − 30 d (end of the full rate) and P (70 d single, 110 d couple);
    - ARE cumul ceiling: activity pay r with r + ARE above SJR × 30.42, i.e. from
      r = (SJR × 30.42 − ARE without activity) ÷ (1 − 70 %) (parameters of the month);
    - end of the ARE: the first point where the ARE falls to 0.
    """
    from openfisca_core import periods  # noqa: PLC0415

    p = systeme_.parameters(mois)
    jours = periods.period(mois).size_in_days
    trouvees = []
    nombre_personnes = detail["ass"].shape[1]
    for k in range(nombre_personnes):
        ass = detail["ass"][:, k]
        eligible = detail["ass_eligibilite_individu"][:, k] > 0
        if eligible[0]:
            rang = detail["ass_rang_mois_activite"][:, k]
            fin_cumul = numpy.nonzero((rang > p.ass.cumul_activite.nombre_mois_cumul_integral) & (ass == 0))[0]
            if ass[0] > 0 and len(fin_cumul):
                mois_cumul = int(p.ass.cumul_activite.nombre_mois_cumul_integral)
                trouvees.append((float(x[fin_cumul[0]]), f"fin du cumul ASS ({mois_cumul} mois)"))
            ressources = detail["ass_ressources_mensuelles"][:, k]
            plafond = detail["ass_plafond_ressources"][0, k]
            taux = detail["ass_montant_journalier"][0, k]
            reference = p.ass.montant.nombre_jours_mois_reference
            hors_cumul = rang > p.ass.cumul_activite.nombre_mois_cumul_integral
            for seuil, libelle in (
                (plafond - reference * taux, "fin du taux plein ASS"),
                (plafond - reference * taux / jours, "minimum R5423-13"),
                (plafond, "plafond de ressources ASS"),
            ):
                position = _premier_franchissement(x, ressources, seuil)
                # Marked only where the resources decide: not beyond the end of the cumul.
                if position is not None and not hors_cumul[numpy.searchsorted(x, position)]:
                    trouvees.append((position, libelle))
        are = detail["are"][:, k]
        if are[0] > 0:
            sjr = detail["are_salaire_journalier_reference"][0, k]
            remuneration = detail["micro_entreprise_revenu"][:, k] + detail["salaire_brut"][:, k]
            plafond_are = sjr * p.are.cumul.coefficient_plafond_salaire_reference
            seuil = (plafond_are - are[0]) / (1 - p.are.cumul.taux_remuneration_deduite)
            position = _premier_franchissement(x, remuneration, seuil)
            if position is not None and numpy.interp(position, x, are) > 0:
                trouvees.append((position, "plafond du cumul ARE (SJR × 30,42)"))
            fin = numpy.nonzero(are == 0)[0]
            if len(fin):
                trouvees.append((float(x[fin[0]]), "fin de l'ARE du mois"))
    return sorted(set(trouvees))
