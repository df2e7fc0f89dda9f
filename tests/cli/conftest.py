"""Helpers of the command-line tests: the situation examples, the installed command, table reading."""

import json
import subprocess
import sys
from pathlib import Path

EXEMPLES = Path(__file__).resolve().parents[2] / "openfisca_ass" / "situation_examples"
COMMANDE = Path(sys.executable).parent / "openfisca-ass"
PNG = b"\x89PNG\r\n\x1a\n"


def exemple(nom: str) -> str:
    return str(EXEMPLES / f"{nom}.json")


def fichier_situation(tmp_path, personne: dict, nom: str = "claire") -> str:
    """A situation file of one person (no famille: each person is then alone in one), its path."""
    fichier = tmp_path / "situation.json"
    fichier.write_text(json.dumps({"individus": {nom: personne}}), encoding="utf-8")
    return str(fichier)


def commande(*arguments):
    """Runs the installed ``openfisca-ass`` entry point."""
    return subprocess.run(
        [str(COMMANDE), *map(str, arguments)], capture_output=True, text=True, timeout=300, check=False
    )


def ligne(sortie: str, bloc: str, debut: str) -> list:
    """The numbers of the row starting with ``debut`` in the table under the line ``bloc``."""
    lignes = sortie.splitlines()
    depart = next(i for i, texte in enumerate(lignes) if texte.strip() == bloc or texte.startswith(bloc + " ("))
    for texte in lignes[depart + 1 :]:
        if not texte.strip():
            break
        morceaux = texte.split()
        if morceaux[0] == debut:
            return [float(m) for m in morceaux[1:]]
    raise AssertionError(f"no row {debut} under {bloc}")


def ligne_balayage(sortie: str, valeur: str) -> list:
    """The numbers of the sweep row of the swept value ``valeur`` (e.g. "1000.00")."""
    for texte in sortie.splitlines():
        morceaux = texte.split()
        if morceaux and morceaux[0] == valeur:
            return [float(m) for m in morceaux[1:]]
    raise AssertionError(f"no sweep row {valeur}")
