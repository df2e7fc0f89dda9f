"""Create ``.venv-france`` with openfisca-france, once, even when make runs twice at once.

openfisca-france needs openfisca-core < 45 and this package runs on core 46: it has its own
environment, used only to serve its web API (``openfisca serve``) for ``--caf``. Same lock and
stamp as ``installer_venv.py``: the first process installs under ``.venv-france/.verrou``, the
stamp is written last, so an interrupted install is redone by the next run.

    python3 outils/installer_france.py .venv-france openfisca-france==176.1.8
"""

import fcntl
import subprocess
import sys
from pathlib import Path

TAMPON = ".installed"
VERROU = ".verrou"


def installer(dossier: Path, exigence: str) -> bool:
    """Install under the lock unless already done; True when this call installed."""
    dossier.mkdir(parents=True, exist_ok=True)
    tampon = dossier / TAMPON
    with open(dossier / VERROU, "w", encoding="utf-8") as verrou:
        fcntl.flock(verrou, fcntl.LOCK_EX)  # released when the file is closed, even on a crash
        if tampon.exists() and tampon.read_text(encoding="utf-8") == exigence:
            return False
        tampon.unlink(missing_ok=True)
        subprocess.run([sys.executable, "-m", "venv", str(dossier)], check=True)
        pip = [str(dossier / "bin" / "python"), "-m", "pip", "install", "--quiet"]
        subprocess.run([*pip, exigence], check=True)
        tampon.write_text(exigence, encoding="utf-8")
        return True


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage : installer_france.py DOSSIER_VENV EXIGENCE", file=sys.stderr)
        return 2
    try:
        installer(Path(argv[0]), argv[1])
    except subprocess.CalledProcessError as erreur:
        print(f"installation échouée : {' '.join(erreur.cmd)} (code {erreur.returncode})", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
