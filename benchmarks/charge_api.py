"""Bounded load test of the web API on loopback: several gunicorn workers, concurrent clients.

    .venv/bin/python benchmarks/charge_api.py [--duree 60] [--clients 8] [--workers 2] [--requetes-max 20000]

Starts gunicorn (``openfisca_ass.web_api:create_app()``) on 127.0.0.1 only, then ``--clients``
threads send /calculate requests (one household and one month, and one 100-point sweep in ten)
until ``--duree`` seconds have passed or ``--requetes-max`` requests were sent. Prints the
throughput, the median and the 99th percentile of the latency, and the errors (any answer that is
not a 200, or no answer); exits with 1 when there is any error.
"""

import argparse
import statistics
import sys
import threading
import time

from serveur_local import balayage, centile, menage_un_mois, requete, serveur


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--duree", type=float, default=60, help="seconds of load, at most (default 60)")
    parser.add_argument("--clients", type=int, default=8, help="concurrent client threads (default 8)")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn worker processes (default 2)")
    parser.add_argument("--requetes-max", type=int, default=20_000, help="requests in all, at most")
    arguments = parser.parse_args(argv)
    corps = [menage_un_mois()] * 9 + [balayage(100)]
    durees, erreurs = [], []
    verrou = threading.Lock()
    compteur = iter(range(arguments.requetes_max))

    with serveur(workers=arguments.workers) as base:
        for contenu in corps[-2:]:  # warm up every worker a little
            for _ in range(2 * arguments.workers):
                requete(base, "/calculate", contenu)
        fin = time.monotonic() + arguments.duree

        def client():
            while time.monotonic() < fin:
                with verrou:
                    numero = next(compteur, None)
                if numero is None:
                    return
                debut = time.perf_counter()
                try:
                    statut, reponse = requete(base, "/calculate", corps[numero % len(corps)])
                except OSError as erreur:
                    statut, reponse = None, str(erreur).encode()
                duree = time.perf_counter() - debut
                with verrou:
                    durees.append(duree * 1000)
                    if statut != 200:
                        erreurs.append((statut, reponse[:200]))

        debut = time.perf_counter()
        fils = [threading.Thread(target=client) for _ in range(arguments.clients)]
        for fil in fils:
            fil.start()
        for fil in fils:
            fil.join()
        ecoule = time.perf_counter() - debut

    print(
        f"{len(durees)} requests in {ecoule:.1f} s with {arguments.clients} clients and {arguments.workers} workers:"
        f" {len(durees) / ecoule:.0f} requests/s; latency median {statistics.median(durees):.1f} ms,"
        f" p99 {centile(durees, 99):.1f} ms; errors: {len(erreurs)}"
    )
    for statut, reponse in erreurs[:5]:
        print(f"  error: {statut} {reponse!r}")
    return 1 if erreurs else 0


if __name__ == "__main__":
    sys.exit(main())
