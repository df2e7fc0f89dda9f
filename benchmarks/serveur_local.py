"""A real gunicorn server of ``openfisca_ass.web_api:create_app()`` on a free loopback port.

Shared by latence_api.py and charge_api.py. Loopback only: the server binds 127.0.0.1.
"""

import contextlib
import json
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

HOTE = "127.0.0.1"
EXEMPLES = Path(__file__).resolve().parents[1] / "openfisca_ass" / "situation_examples"
DEMARRAGE_MAX_S = 90


def port_libre() -> int:
    with socket.socket() as sock:
        sock.bind((HOTE, 0))
        return sock.getsockname()[1]


def requete(base: str, chemin: str, corps: bytes | None = None, delai: float = 30):
    """(status, body bytes) of a POST (with a body) or a GET; HTTP errors are answers, not exceptions."""
    demande = urllib.request.Request(base + chemin, data=corps, headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(demande, timeout=delai) as reponse:
            return reponse.status, reponse.read()
    except urllib.error.HTTPError as erreur:
        return erreur.code, erreur.read()


@contextlib.contextmanager
def serveur(workers: int = 1, threads: int = 1):
    """Start gunicorn, wait for /spec, yield the base URL, stop it."""
    port = port_libre()
    processus = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "--bind",
            f"{HOTE}:{port}",
            "--workers",
            str(workers),
            "--threads",
            str(threads),
            "--preload",
            "--log-level",
            "warning",
            "openfisca_ass.web_api:create_app()",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    base = f"http://{HOTE}:{port}"
    limite = time.monotonic() + DEMARRAGE_MAX_S
    try:
        while True:
            try:
                if requete(base, "/spec", delai=5)[0] == 200:
                    break
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                pass
            if processus.poll() is not None or time.monotonic() > limite:
                raise RuntimeError(f"the server did not start: {processus.stderr.read().decode()[-2000:]}")
            time.sleep(0.3)
        yield base
    finally:
        processus.terminate()
        processus.wait(timeout=30)


def menage_un_mois() -> bytes:
    """One person, one month: the ASS of the package's example (personne_seule_ass.json)."""
    situation = json.loads((EXEMPLES / "personne_seule_ass.json").read_text())
    situation["individus"]["claude"] = {
        nom: valeur for nom, valeur in situation["individus"]["claude"].items() if nom != "ass_base_ressources_individu"
    }
    situation["familles"]["famille_claude"].pop("ass_base_ressources", None)
    return json.dumps(situation).encode()


def balayage(points: int = 100) -> bytes:
    """The same person, ``points`` values of the alimony received in one month (OpenFisca axes)."""
    situation = json.loads(menage_un_mois())
    situation["individus"]["claude"]["pensions_alimentaires_percues"] = {}
    situation["axes"] = [
        [{"name": "pensions_alimentaires_percues", "count": points, "min": 0, "max": 24000, "period": "2025-05"}]
    ]
    return json.dumps(situation).encode()


def centile(valeurs, rang: float) -> float:
    """Percentile by the nearest rank (no interpolation)."""
    triees = sorted(valeurs)
    return triees[min(len(triees) - 1, max(0, round(rang / 100 * len(triees) + 0.5) - 1))]
