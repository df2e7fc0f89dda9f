"""Web API latency on a real server: /calculate for one household and one month, and a 100-point sweep.

    .venv/bin/python benchmarks/latence_api.py [--requetes 200] [--balayages 30]

Starts gunicorn (``openfisca_ass.web_api:create_app()``, one worker) on a loopback port, warms
it up, then sends the requests one after the other and prints the median and the 90th percentile
of the wall time seen by the client. Targets: one household ≤ 15 ms, 100-point sweep ≤ 0.5 s.
"""

import argparse
import json
import statistics
import sys
import time

from serveur_local import balayage, centile, menage_un_mois, requete, serveur

CIBLE_MENAGE_MS = 15
CIBLE_BALAYAGE_MS = 500


def mesurer(base, corps, nombre):
    durees = []
    for _ in range(nombre):
        debut = time.perf_counter()
        statut, reponse = requete(base, "/calculate", corps)
        durees.append((time.perf_counter() - debut) * 1000)
        if statut != 200:
            raise RuntimeError(f"/calculate answered {statut}: {reponse[:500]!r}")
    return durees


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--requetes", type=int, default=200, help="requests for one household (default 200)")
    parser.add_argument("--balayages", type=int, default=30, help="100-point sweeps (default 30)")
    arguments = parser.parse_args(argv)
    menage, sweep = menage_un_mois(), balayage(100)
    with serveur(workers=1) as base:
        statut, reponse = requete(base, "/calculate", sweep)
        valeurs = json.loads(reponse)["individus"]["claude"]["ass"]["2025-06"] if statut == 200 else []
        if len(valeurs) != 100 or valeurs[0] <= valeurs[-1]:
            raise RuntimeError(f"unexpected sweep answer {statut}: {reponse[:300]!r}")
        mesurer(base, menage, 20)  # warm-up
        mesurer(base, sweep, 3)
        un = mesurer(base, menage, arguments.requetes)
        cent = mesurer(base, sweep, arguments.balayages)
    ok = True
    for nom, durees, cible in (
        ("one household, one month", un, CIBLE_MENAGE_MS),
        ("100-point axes sweep", cent, CIBLE_BALAYAGE_MS),
    ):
        mediane = statistics.median(durees)
        atteint = mediane <= cible
        ok = ok and atteint
        print(
            f"{nom}: median {mediane:.1f} ms, p90 {centile(durees, 90):.1f} ms over {len(durees)} requests"
            f" (target median <= {cible} ms: {'met' if atteint else 'MISSED'})"
        )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
