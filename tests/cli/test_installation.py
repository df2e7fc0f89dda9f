"""``make`` targets run at once on a fresh clone: one install, the others wait for it (outils/installer_venv.py)."""

import importlib.util
import multiprocessing
import os
import time
from pathlib import Path

import pytest

RACINE = Path(__file__).resolve().parents[2]
_SPEC = importlib.util.spec_from_file_location("installer_venv", RACINE / "outils" / "installer_venv.py")
installer_venv = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(installer_venv)


def _installer_lentement(dossier, sources, journal):
    """An install whose steps take time and write when they start and end (no pip, no network)."""

    def executer(commande):
        with open(journal, "a", encoding="utf-8") as fichier:
            fichier.write(f"debut {os.getpid()} {commande[-1]}\n")
        time.sleep(0.2)
        with open(journal, "a", encoding="utf-8") as fichier:
            fichier.write(f"fin {os.getpid()} {commande[-1]}\n")

    installer_venv.installer(Path(dossier), [Path(s) for s in sources], executer)


def test_two_installs_at_once_do_not_overlap(tmp_path):
    source = tmp_path / "pyproject.toml"
    source.write_text("", encoding="utf-8")
    journal = tmp_path / "journal"
    contexte = multiprocessing.get_context("fork")
    processus = [
        contexte.Process(target=_installer_lentement, args=(tmp_path / ".venv", [source], journal)) for _ in range(3)
    ]
    for un in processus:
        un.start()
    for un in processus:
        un.join(timeout=60)
        assert un.exitcode == 0
    lignes = journal.read_text(encoding="utf-8").splitlines()
    # One process ran the three steps (venv, pip upgrade, install), one after the other; the others,
    # waiting on the lock, found the stamp and ran nothing.
    assert len(lignes) == 6
    assert len({ligne.split()[1] for ligne in lignes}) == 1
    assert [ligne.split()[0] for ligne in lignes] == ["debut", "fin"] * 3
    assert (tmp_path / ".venv" / installer_venv.TAMPON).exists()


def test_stamp_older_than_a_source_reinstalls(tmp_path):
    source = tmp_path / "setup.py"
    source.write_text("", encoding="utf-8")
    faites = []
    assert installer_venv.installer(tmp_path / ".venv", [source], faites.append)
    assert installer_venv.installer(tmp_path / ".venv", [source], faites.append) is False
    assert len(faites) == 3
    tampon = tmp_path / ".venv" / installer_venv.TAMPON
    os.utime(tampon, (tampon.stat().st_mtime - 10,) * 2)
    assert installer_venv.installer(tmp_path / ".venv", [source], faites.append)
    assert len(faites) == 6


def test_failed_install_leaves_no_stamp(tmp_path):
    source = tmp_path / "setup.py"
    source.write_text("", encoding="utf-8")

    def echouer(commande):
        raise installer_venv.subprocess.CalledProcessError(1, commande)

    with pytest.raises(installer_venv.subprocess.CalledProcessError):
        installer_venv.installer(tmp_path / ".venv", [source], echouer)
    assert not (tmp_path / ".venv" / installer_venv.TAMPON).exists()
    # the next run installs again
    faites = []
    assert installer_venv.installer(tmp_path / ".venv", [source], faites.append)
    assert len(faites) == 3


def test_makefile_installs_through_the_lock():
    makefile = (RACINE / "Makefile").read_text(encoding="utf-8")
    assert "outils/installer_venv.py $(VENV)" in makefile
    assert "pip install" not in makefile
