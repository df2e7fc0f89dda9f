"""argparse in French: help texts and error messages are read by French users (language policy).

Option names stay English (``--from``, ``--json``), as OpenFisca's own command line. argparse's
messages are English and printed over two lines (usage, then the error); here an error is one line
in French, exit code 2, like every other bad input of the command.
"""

import argparse
import re
import sys

CODE_ERREUR = 2

# argparse's error messages (Python 3.11 to 3.13) and their French.
_TRADUCTIONS = (
    (r"^argument ([^:]+): ", r"argument \1 : "),
    (r"invalid float value: '(.*)'", r"nombre invalide '\1'"),
    (r"invalid int value: '(.*)'", r"nombre entier invalide '\1'"),
    (r"invalid choice: '(.*)' \(choose from (.*)\)", r"choix inconnu '\1' (possibles : \2)"),
    (r"expected one argument", "une valeur attendue"),
    (r"expected at least one argument", "au moins une valeur attendue"),
    (r"the following arguments are required: (.*)", r"arguments obligatoires manquants : \1"),
    (r"unrecognized arguments: (.*)", r"arguments inconnus : \1"),
    (r"not allowed with argument (.*)", r"incompatible avec \1"),
    (r"ambiguous option: (\S+) could match (.*)", r"option ambiguë \1 (possibles : \2)"),
)


def traduire(message: str) -> str:
    for motif, francais in _TRADUCTIONS:
        message = re.sub(motif, francais, message)
    return message


class _Mise_en_forme(argparse.HelpFormatter):  # noqa: N801
    def add_usage(self, usage, actions, groups, prefix=None):
        super().add_usage(usage, actions, groups, "utilisation : " if prefix is None else prefix)


class AnalyseurFrancais(argparse.ArgumentParser):
    """An ArgumentParser whose help and errors are French, errors on one line."""

    def __init__(self, *arguments, **options):
        options.setdefault("add_help", False)
        options.setdefault("formatter_class", _Mise_en_forme)
        super().__init__(*arguments, **options)
        self._positionals.title = "arguments"
        self._optionals.title = "options"
        self.add_argument("-h", "--help", action="help", help="afficher cette aide et quitter")

    def error(self, message):
        message = traduire(message)
        commandes = re.fullmatch(r"argument COMMANDE : choix inconnu '(.*)' \(possibles : (.*)\)", message)
        if commandes:
            message = f"commande inconnue '{commandes[1]}' (commandes : {commandes[2].replace(chr(39), '')})"
        print(f"{self.prog} : erreur : {message}", file=sys.stderr)
        raise SystemExit(CODE_ERREUR)
