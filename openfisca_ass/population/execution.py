"""Running a population file: chunks of whole households computed in worker processes, results written.

Each chunk is computed on a fresh simulation in one of ``processus`` worker processes (memory stays
flat as the file grows); the results file has one row per person, ``<variable>:<month>`` for the law
in force and ``<variable>:<month>:<reform>`` for the reform; the totals and the cost of the reform
(reform − law in force, summed over the months) are returned.
"""

import collections
import csv
import gc
import io
from concurrent.futures import ProcessPoolExecutor

import numpy

from openfisca_ass.population.construction import (
    COLONNE_FAMILLE,
    COLONNE_INDIVIDU,
    SEPARATEUR_PERIODE,
    _erreur,
    calculer,
    construire_simulation,
    convertir_table,
)
from openfisca_ass.population.lecture import TAILLE_BLOC, BlocCsv, _sources
from openfisca_ass.reforms import classe_reforme

_SYSTEMES: dict = {}


def _initialiser(reforme: str | None) -> None:
    from openfisca_ass import CountryTaxBenefitSystem  # noqa: PLC0415 (once per worker process)

    base = CountryTaxBenefitSystem()
    _SYSTEMES["base"] = base
    if reforme:
        _SYSTEMES["reforme"] = classe_reforme(reforme)(base)


def _calculer_lot(table, ligne, variables, mois):
    """One chunk, in a worker: results as CSV text (formatted here, in parallel) and column totals."""
    if isinstance(table, BlocCsv):
        table = table.table()
    familles = None
    if COLONNE_FAMILLE in table:
        familles = table[COLONNE_FAMILLE]
        debut = numpy.ones(len(familles), dtype=bool)
        debut[1:] = familles[1:] != familles[:-1]
        familles = (familles[debut].tolist(), numpy.flatnonzero(debut).tolist())
    table = convertir_table(_SYSTEMES["base"], table, ligne)
    colonnes, totaux = [], {}
    for scenario in ("base", "reforme"):
        if scenario in _SYSTEMES:
            resultats = calculer(construire_simulation(_SYSTEMES[scenario], table, ligne), variables, mois)
            for colonne, resultat in resultats.items():
                valeurs = numpy.asarray(resultat, dtype=numpy.float64)
                totaux[(scenario, colonne)] = float(numpy.sum(valeurs))
                colonnes.append(numpy.round(valeurs, 2))
    tampon = io.StringIO()
    numpy.savetxt(tampon, numpy.column_stack(colonnes), fmt="%.12g", delimiter=",")
    ids = numpy.asarray(table[COLONNE_INDIVIDU]).astype(str)
    lignes = tampon.getvalue().splitlines()
    texte = "".join(f"{identifiant},{valeurs}\n" for identifiant, valeurs in zip(ids, lignes, strict=True))
    # A simulation is a web of reference cycles (populations, holders): free its arrays now, not
    # whenever the cyclic garbage collector runs, so that a worker's memory stays flat.
    del table, resultats
    gc.collect()
    return texte, len(ids), totaux, familles, ligne


def executer(  # noqa: PLR0913, PLR0917 (the options of the command)
    entree,
    sortie,
    variables: list[str],
    mois: list[str],
    reforme: str | None = None,
    processus: int = 2,
    taille_lot: int = TAILLE_BLOC,
) -> dict:
    """Compute a population file chunk by chunk; write one row per person; return the totals."""
    nom_reforme = reforme.rpartition(SEPARATEUR_PERIODE)[2] if reforme else None
    if reforme:
        classe_reforme(reforme)  # fail before starting the workers
    totaux = collections.defaultdict(float)
    en_cours = collections.deque()
    nombre = 0
    vues = set()  # households already written (a few bytes each): one seen again is not contiguous
    with open(sortie, "w", newline="", encoding="utf-8") as fichier:
        ecrivain = csv.writer(fichier)
        colonnes = [f"{nom}{SEPARATEUR_PERIODE}{periode}" for nom in variables for periode in mois]
        entete = [COLONNE_INDIVIDU, *colonnes]
        if reforme:
            entete += [f"{colonne}{SEPARATEUR_PERIODE}{nom_reforme}" for colonne in colonnes]
        ecrivain.writerow(entete)

        def ecrire(resultat):
            nonlocal nombre
            texte, nombre_lot, totaux_lot, familles, ligne = resultat
            if familles is not None:
                for famille, rang in zip(*familles, strict=True):
                    if famille in vues:
                        message = f"ménage {str(famille)!r} de nouveau : les lignes d'un ménage doivent se suivre"
                        raise _erreur(COLONNE_FAMILLE, ligne + rang, message)
                vues.update(familles[0])
            fichier.write(texte)
            nombre += nombre_lot
            for cle, valeur in totaux_lot.items():
                totaux[cle] += valeur

        with ProcessPoolExecutor(max_workers=processus, initializer=_initialiser, initargs=(reforme,)) as pool:
            for table, ligne in _sources(entree, taille_lot):
                # Bounded work in flight: memory does not grow with the size of the file.
                en_cours.append(pool.submit(_calculer_lot, table, ligne, variables, mois))
                while len(en_cours) > 2 * processus:
                    ecrire(en_cours.popleft().result())
            while en_cours:
                ecrire(en_cours.popleft().result())
    resume = {"individus": nombre, "totaux": {}}
    for nom in variables:
        base = sum(totaux[("base", f"{nom}{SEPARATEUR_PERIODE}{periode}")] for periode in mois)
        ligne = {"base": base}
        if reforme:
            avec_reforme = sum(totaux[("reforme", f"{nom}{SEPARATEUR_PERIODE}{periode}")] for periode in mois)
            ligne.update(reforme=avec_reforme, cout=avec_reforme - base)
        resume["totaux"][nom] = ligne
    return resume
