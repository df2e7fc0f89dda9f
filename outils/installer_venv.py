"""Create the virtual environment and install the package in it, once, even when make runs twice at once.

``make test`` and ``make serve`` started together on a fresh clone used to create ``.venv`` and run
pip in it at the same time: two pips upgrading themselves and installing over each other break the
environment. Here the first process takes an exclusive lock (``fcntl.flock`` on ``.venv/.verrou``),
installs, then writes the stamp; any other waits for the lock, finds the stamp up to date and
returns. The stamp is written last, so an interrupted install is redone by the next run.

    python3 outils/installer_venv.py .venv pyproject.toml setup.py
"""

import fcntl
import subprocess
import sys
from pathlib import Path

TAMPON = ".installed"
VERROU = ".verrou"


def a_jour(tampon: Path, sources: list[Path]) -> bool:
    """The stamp exists and is not older than any file the install depends on."""
    return tampon.exists() and all(tampon.stat().st_mtime >= source.stat().st_mtime for source in sources)


def etapes_pip(dossier: Path) -> list[list[str]]:
    pip = [str(dossier / "bin" / "python"), "-m", "pip", "install", "--quiet"]
    return [
        [sys.executable, "-m", "venv", str(dossier)],
        [*pip, "--upgrade", "pip"],
        [*pip, "-e", ".[dev]"],
    ]


def installer(dossier: Path, sources: list[Path], executer=None) -> bool:
    """Install under the lock unless already done; True when this call installed."""
    executer = executer or (lambda commande: subprocess.run(commande, check=True))
    dossier.mkdir(parents=True, exist_ok=True)
    tampon = dossier / TAMPON
    with open(dossier / VERROU, "w", encoding="utf-8") as verrou:
        fcntl.flock(verrou, fcntl.LOCK_EX)  # released when the file is closed, even on a crash
        if a_jour(tampon, sources):
            return False
        tampon.unlink(missing_ok=True)
        for commande in etapes_pip(dossier):
            executer(commande)
        tampon.touch()
        return True


def main(argv: list[str]) -> int:
    if len(argv) < 2:
        print("usage : installer_venv.py DOSSIER_VENV FICHIER...", file=sys.stderr)
        return 2
    try:
        installer(Path(argv[0]), [Path(nom) for nom in argv[1:]])
    except subprocess.CalledProcessError as erreur:
        print(f"installation échouée : {' '.join(erreur.cmd)} (code {erreur.returncode})", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
