"""Where the CAF benefits come from: an openfisca-france web API, given or started here.

The URL is, in order: the one the caller gives (``--openfisca-france-url``), the environment
variable ``OPENFISCA_FRANCE_URL``, else a local server started from the virtual environment that
``make france`` creates (``.venv-france``, or the one ``OPENFISCA_FRANCE_ENV`` names). The local
server listens on a free loopback port, lives as long as this process (stopped at exit) and its
start is announced on stderr: openfisca-france takes 15-30 s to load.
"""

import atexit
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

VARIABLE_URL = "OPENFISCA_FRANCE_URL"
VARIABLE_ENVIRONNEMENT = "OPENFISCA_FRANCE_ENV"
ENVIRONNEMENT_PAR_DEFAUT = Path(__file__).resolve().parents[2] / ".venv-france"
# Loading openfisca-france takes 15-30 s on a quiet machine; a busy CI runner may need much more.
DELAI_DEMARRAGE = 300
# One /calculate of a household over a year and its look-back takes a few seconds.
DELAI_REPONSE = 300
COMMENT_LANCER = (
    "lancez `make serve-france` puis donnez --openfisca-france-url http://127.0.0.1:5001 "
    f"(ou la variable {VARIABLE_URL}), ou `make france` pour que le serveur local démarre seul"
)


class OpenfiscaFranceError(Exception):
    """openfisca-france could not be reached or answered an error: one line for the user."""


def _port_libre() -> int:
    with socket.socket() as prise:
        prise.bind(("127.0.0.1", 0))
        return prise.getsockname()[1]


class ServeurLocal:
    """openfisca-france's stock web API (``openfisca serve``) on a loopback port, one worker."""

    def __init__(self, environnement: Path):
        self.environnement = environnement
        self.url = ""
        self.processus = None
        self.journal = None

    def demarrer(self) -> str:
        executable = self.environnement / "bin" / "openfisca"
        if not executable.exists():
            raise OpenfiscaFranceError(
                f"openfisca-france n'est pas installé ({executable} absent) : lancez `make france`, "
                f"ou donnez l'URL d'un serveur openfisca-france (--openfisca-france-url ou {VARIABLE_URL})"
            )
        port = _port_libre()
        self.url = f"http://127.0.0.1:{port}"
        print(
            f"openfisca-france : démarrage du serveur local {self.url} ({self.environnement}), 15 à 30 s ; "
            f"pour des appels répétés, lancez `make serve-france` et donnez son URL ({VARIABLE_URL})",
            file=sys.stderr,
        )
        self.journal = tempfile.TemporaryFile()
        commande = [str(executable), "serve", "--country-package", "openfisca_france"]
        commande += ["--bind", f"127.0.0.1:{port}", "--workers", "1"]
        self.processus = subprocess.Popen(commande, stdout=self.journal, stderr=subprocess.STDOUT)
        atexit.register(self.arreter)
        limite = time.monotonic() + DELAI_DEMARRAGE
        while time.monotonic() < limite:
            if self.processus.poll() is not None:
                raise OpenfiscaFranceError(
                    f"le serveur openfisca-france local s'est arrêté au démarrage : {self._fin_journal()}"
                )
            if _repond(self.url):
                return self.url
            time.sleep(0.5)
        self.arreter()
        raise OpenfiscaFranceError(f"le serveur openfisca-france local n'a pas démarré en {DELAI_DEMARRAGE} s")

    def _fin_journal(self) -> str:
        self.journal.seek(0)
        lignes = self.journal.read().decode(errors="replace").strip().splitlines()
        return lignes[-1] if lignes else "aucun message"

    def arreter(self) -> None:
        if self.processus is not None and self.processus.poll() is None:
            self.processus.terminate()
            try:
                self.processus.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.processus.kill()
                self.processus.wait()
        self.processus = None


_LOCAL = []


def _repond(url: str) -> bool:
    try:
        with urllib.request.urlopen(url + "/entities", timeout=5) as reponse:
            return reponse.status == 200
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return False


def url_openfisca_france(url: str | None = None) -> str:
    """The URL given, else ``OPENFISCA_FRANCE_URL``, else the local server (started once)."""
    choisie = url or os.environ.get(VARIABLE_URL)
    if choisie:
        return choisie.rstrip("/")
    if not _LOCAL:
        environnement = Path(os.environ.get(VARIABLE_ENVIRONNEMENT) or ENVIRONNEMENT_PAR_DEFAUT)
        _LOCAL.append(ServeurLocal(environnement))
    serveur = _LOCAL[0]
    if serveur.processus is None or serveur.processus.poll() is not None:
        serveur.demarrer()
    return serveur.url


def calculer(url: str, situation: dict) -> dict:
    """POST the situation to openfisca-france's /calculate; any failure is one line with the URL."""
    requete = urllib.request.Request(
        url + "/calculate", data=json.dumps(situation).encode(), headers={"Content-Type": "application/json"}
    )
    try:
        with urllib.request.urlopen(requete, timeout=DELAI_REPONSE) as reponse:
            return json.loads(reponse.read())
    except urllib.error.HTTPError as erreur:
        detail = " ".join(erreur.read().decode(errors="replace").split())[:300]
        raise OpenfiscaFranceError(f"openfisca-france ({url}) a répondu {erreur.code} : {detail}") from erreur
    except (urllib.error.URLError, ConnectionError, TimeoutError, json.JSONDecodeError) as erreur:
        raison = getattr(erreur, "reason", None) or erreur
        raise OpenfiscaFranceError(f"openfisca-france injoignable à {url} ({raison}) : {COMMENT_LANCER}") from erreur
