"""Every command of the README runs, and every figure it quotes after ``# →`` is what the command prints.

The README's shell blocks are read as they are: each line starting with ``openfisca-ass`` or
``python -m openfisca_ass`` (with its continuation lines) is run in a scratch folder, in order, and
each ``# →`` line under it must appear in what it printed (spaces between digit groups and runs of
spaces ignored). A figure changed by the model fails here until the README says the new one.
"""

import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import COMMANDE

RACINE = Path(__file__).resolve().parents[2]
README = RACINE / "README.md"
_DEBUTS = ("openfisca-ass ", "python -m openfisca_ass")


def _blocs_shell(texte: str) -> list[list[str]]:
    return [bloc.splitlines() for bloc in re.findall(r"```sh\n(.*?)```", texte, flags=re.DOTALL)]


def commandes_du_readme() -> list[tuple[str, list[str]]]:
    """(command line, figures expected after it), in the README's order."""
    trouvees = []
    for lignes in _blocs_shell(README.read_text(encoding="utf-8")):
        courante, rang = None, 0  # the command a "# →" line belongs to (none after another command)
        while rang < len(lignes):
            ligne = lignes[rang].strip()
            rang += 1
            if ligne.startswith("# →"):
                if courante is not None:
                    courante[1].append(ligne.removeprefix("# →").strip())
                continue
            if not ligne or ligne.startswith("#"):
                continue
            while ligne.endswith("\\"):
                ligne = ligne[:-1].rstrip() + " " + lignes[rang].strip()
                rang += 1
            courante = (ligne, []) if ligne.startswith(_DEBUTS) else None
            if courante is not None:
                trouvees.append(courante)
    return trouvees


def _normaliser(texte: str) -> str:
    texte = " ".join(texte.split())
    return re.sub(r"(?<=\d) (?=\d{3}(?!\d))", "", texte)


def _argv(ligne: str) -> list[str]:
    morceaux = shlex.split(ligne)
    if morceaux[0] == "openfisca-ass":
        return [str(COMMANDE), *morceaux[1:]]
    return [sys.executable, *morceaux[1:]]


def test_the_readme_has_commands_and_figures():
    commandes = commandes_du_readme()
    noms = " ".join(ligne for ligne, _ in commandes)
    for commande in ("simulate", "compare", "sweep", "explain", "population"):
        assert f"openfisca-ass {commande} " in noms
    assert sum(len(figures) for _, figures in commandes) >= 4


def test_readme_commands_print_the_figures_it_quotes(tmp_path):
    # A scratch folder where the README's relative paths resolve: the package's examples, an empty docs/.
    (tmp_path / "openfisca_ass").symlink_to(RACINE / "openfisca_ass")
    (tmp_path / "docs").mkdir()
    for ligne, figures in commandes_du_readme():
        resultat = subprocess.run(_argv(ligne), cwd=tmp_path, capture_output=True, text=True, timeout=600, check=False)
        assert resultat.returncode == 0, f"{ligne}\n{resultat.stderr}"
        sortie = _normaliser(resultat.stdout)
        for figure in figures:
            assert _normaliser(figure) in sortie, f"README: {ligne}\n  quotes: {figure}\n  printed:\n{resultat.stdout}"


@pytest.mark.parametrize(
    ("readme", "imprime", "present"),
    [
        ("coût +375 245.12 €", "coût +375 245.12 €", True),
        ("coût +375 245.12 €", "coût +17 936 397.91 €", False),
        ("2025-06  453.10  0.00", "2025-06   453.10   0.00  0.00", True),
        ("= 1013.94", "= 1013.95", False),
    ],
)
def test_comparison(readme, imprime, present):
    assert (_normaliser(readme) in _normaliser(imprime)) is present
