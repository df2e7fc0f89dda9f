"""Population benchmark: 10 000, 100 000 and 1 000 000 people × 12 months of ASS, ARE and cumul.

    .venv/bin/python benchmarks/populations.py            # the three sizes
    .venv/bin/python benchmarks/populations.py --sizes 100000 --variables ass

Each size and each variable is computed on a fresh simulation built from numpy columns
(openfisca_ass.population.synthetique: 40 % couples; salaried, micro-entrepreneurs
and people without activity; ASS and ARE recipients; 12 months of income history), for 12
consecutive months. Prints the wall time, the person-months per second and the peak memory of the
computation (tracemalloc: numpy and Python allocations) and of the process (ru_maxrss), and writes
benchmarks/results/populations_<date>.csv. Then the same on both cores (``--processes 2``): chunks of
100 000 people, each on a fresh simulation in one of two worker processes.
"""

import csv
import datetime
import gc
import resource
import sys
import time
import tracemalloc
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import numpy

from openfisca_ass import CountryTaxBenefitSystem
from openfisca_ass.cli.analyseur import AnalyseurFrancais
from openfisca_ass.population import (
    COLONNE_FAMILLE,
    construire_simulation,
    mois_calcules,
    population_synthetique,
)

RESULTATS = Path(__file__).resolve().parent / "results"
# "cumul": the ARE paid to a micro-entrepreneur or a salaried person (cumul with an activity) and the
# ASS rank of the month in the cumul with an activity (R5425-2).
VARIABLES = {
    "ass": ["ass"],
    "are": ["are"],
    "cumul": ["are_jours_indemnisables", "ass_rang_mois_activite"],
}


def mesurer(tax_benefit_system, table, noms, mois, suivre_memoire):
    gc.collect()
    if suivre_memoire:
        tracemalloc.start()
    debut = time.perf_counter()
    simulation = construire_simulation(tax_benefit_system, table)
    construit = time.perf_counter()
    for nom in noms:
        for periode in mois:
            simulation.calculate(nom, periode)
    fin = time.perf_counter()
    pic = tracemalloc.get_traced_memory()[1] if suivre_memoire else float("nan")
    if suivre_memoire:
        tracemalloc.stop()
    del simulation
    return construit - debut, fin - construit, pic


_SYSTEME = []


def _initialiser():
    _SYSTEME.append(CountryTaxBenefitSystem())


def _calculer_lot(table, noms, mois):
    simulation = construire_simulation(_SYSTEME[0], table)
    for nom in noms:
        for periode in mois:
            simulation.calculate(nom, periode)
    del simulation
    gc.collect()  # a simulation is a web of reference cycles: free it before the next chunk
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def lots(table, taille):
    """Chunks of about ``taille`` people, cut between households."""
    familles = table[COLONNE_FAMILLE]
    debut = 0
    while debut < len(familles):
        fin = min(debut + taille, len(familles))
        while fin < len(familles) and familles[fin] == familles[fin - 1]:
            fin += 1
        yield {nom: valeurs[debut:fin] for nom, valeurs in table.items()}
        debut = fin


def mesurer_en_parallele(pool, table, noms, mois, taille_lot):
    """Wall time of the chunks computed by the worker processes (fresh simulation per chunk)."""
    debut = time.perf_counter()
    rss = list(pool.map(_calculer_lot, lots(table, taille_lot), [noms] * 10_000, [mois] * 10_000))
    return time.perf_counter() - debut, max(rss)


def main(argv=None):
    parser = AnalyseurFrancais(description="Mesure de vitesse et de mémoire sur des populations synthétiques.")
    parser.add_argument(
        "--sizes",
        dest="tailles",
        type=int,
        nargs="+",
        default=[10_000, 100_000, 1_000_000],
        help="nombres de personnes",
    )
    parser.add_argument(
        "--variables", nargs="+", default=list(VARIABLES), choices=list(VARIABLES), help="variables mesurées"
    )
    parser.add_argument("--from", dest="mois", default="2025-01", metavar="AAAA-MM", help="premier mois calculé")
    parser.add_argument("--months", dest="nombre_mois", type=int, default=12, metavar="N", help="nombre de mois")
    parser.add_argument(
        "--no-tracemalloc", dest="sans_tracemalloc", action="store_true", help="sans tracemalloc (il ralentit numpy)"
    )
    parser.add_argument(
        "--processes",
        dest="processus",
        type=int,
        default=2,
        help="calculer aussi dans ce nombre de processus, par lots (0 : une seule simulation)",
    )
    parser.add_argument(
        "--chunk-size", dest="taille_lot", type=int, default=100_000, help="personnes par lot avec --processes"
    )
    arguments = parser.parse_args(argv)
    if arguments.processus:
        pool = ProcessPoolExecutor(max_workers=arguments.processus, initializer=_initialiser)
        list(pool.map(numpy.sqrt, range(arguments.processus)))  # start the workers before timing

    tax_benefit_system = CountryTaxBenefitSystem()
    mois = mois_calcules(arguments.mois, arguments.nombre_mois)
    lignes = []
    print(f"{'people':>9} {'variable':>8} {'build s':>8} {'compute s':>9} {'person-months/s':>15} {'peak MB':>8}")
    for taille in arguments.tailles:
        table = population_synthetique(taille)
        for nom in arguments.variables:
            construction, calcul, pic = mesurer(
                tax_benefit_system, table, VARIABLES[nom], mois, not arguments.sans_tracemalloc
            )
            debit = taille * len(mois) / calcul
            rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
            print(f"{taille:>9} {nom:>8} {construction:>8.2f} {calcul:>9.2f} {debit:>15,.0f} {pic / 2**20:>8.0f}")
            sys.stdout.flush()
            lignes.append(
                {
                    "individus": taille,
                    "variable": nom,
                    "mois": len(mois),
                    "construction_s": round(construction, 3),
                    "calcul_s": round(calcul, 3),
                    "individus_mois_par_s": round(debit),
                    "pic_tracemalloc_mo": round(pic / 2**20, 1),
                    "rss_max_processus_mo": round(rss, 1),
                }
            )
        if arguments.processus:
            for nom in arguments.variables:
                duree, rss = mesurer_en_parallele(pool, table, VARIABLES[nom], mois, arguments.taille_lot)
                debit = taille * len(mois) / duree
                print(
                    f"{taille:>9} {nom:>8} {'':>8} {duree:>9.2f} {debit:>15,.0f} {rss:>8.0f}"
                    f"  ({arguments.processus} processes, chunks of {arguments.taille_lot}, build included,"
                    " peak = largest worker RSS)"
                )
                sys.stdout.flush()
                lignes.append(
                    {
                        "individus": taille,
                        "variable": f"{nom} ({arguments.processus} processus)",
                        "mois": len(mois),
                        "construction_s": "",
                        "calcul_s": round(duree, 3),
                        "individus_mois_par_s": round(debit),
                        "pic_tracemalloc_mo": "",
                        "rss_max_processus_mo": round(rss, 1),
                    }
                )
        del table
    if arguments.processus:
        pool.shutdown()
    print(f"process peak RSS (ru_maxrss): {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
    RESULTATS.mkdir(exist_ok=True)
    chemin = RESULTATS / f"populations_{datetime.datetime.now():%Y%m%dT%H%M%S}.csv"
    with open(chemin, "w", newline="") as fichier:
        ecrivain = csv.DictWriter(fichier, fieldnames=list(lignes[0]))
        ecrivain.writeheader()
        ecrivain.writerows(lignes)
    print(f"written: {chemin}")


if __name__ == "__main__":
    main()
