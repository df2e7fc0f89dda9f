"""Latency of the CAF benefits: one household over 12 months, our model and a real openfisca-france.

    .venv/bin/python benchmarks/caf_latence.py [--repetitions 10]

Uses ``OPENFISCA_FRANCE_URL`` when set, else starts openfisca-france from ``.venv-france`` (its
start is measured). Household: the situation example ``micro_entrepreneur_ass_caf`` (a tenant on
the ASS who starts a micro-enterprise), months 2025-01 to 2025-12, with the 13 look-back months
sent. After one warm-up call, prints the median and the 90th percentile of the whole
``tableau_caf`` call and of its openfisca-france request. Target: median ≤ 1 s once warm.
"""

import argparse
import json
import statistics
import time
from pathlib import Path

from openfisca_ass.caf import serveur, tableau

EXEMPLE = (
    Path(__file__).resolve().parents[1] / "openfisca_ass" / "situation_examples" / "micro_entrepreneur_ass_caf.json"
)
MOIS = [f"2025-{numero:02d}" for numero in range(1, 13)]
CIBLE_MEDIANE_S = 1.0
DECILE = 10


def centile_90(durees: list) -> float:
    return statistics.quantiles(durees, n=DECILE)[-1] if len(durees) > 1 else durees[0]


def main() -> None:
    analyseur = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    analyseur.add_argument("--repetitions", type=int, default=10)
    arguments = analyseur.parse_args()
    situation = json.loads(EXEMPLE.read_text(encoding="utf-8"))

    debut = time.perf_counter()
    url = serveur.url_openfisca_france()
    print(f"openfisca-france ready at {url} in {time.perf_counter() - debut:.1f} s")

    requetes = []
    envoyer = serveur.calculer

    def chronometre(adresse, corps):
        depart = time.perf_counter()
        reponse = envoyer(adresse, corps)
        requetes.append(time.perf_counter() - depart)
        return reponse

    serveur.calculer = chronometre
    debut = time.perf_counter()
    tableau.tableau_caf(situation, MOIS, url=url)
    print(f"first call (warm-up): {time.perf_counter() - debut:.2f} s")
    requetes.clear()
    totaux = []
    for _ in range(arguments.repetitions):
        debut = time.perf_counter()
        tableau.tableau_caf(situation, MOIS, url=url)
        totaux.append(time.perf_counter() - debut)
    print(f"{arguments.repetitions} calls, one household, 12 months (+13 look-back months):")
    print(f"  tableau_caf          median {statistics.median(totaux):.2f} s, p90 {centile_90(totaux):.2f} s")
    print(f"  openfisca-france     median {statistics.median(requetes):.2f} s, p90 {centile_90(requetes):.2f} s")
    print(f"  target: median ≤ {CIBLE_MEDIANE_S:.0f} s")


if __name__ == "__main__":
    main()
