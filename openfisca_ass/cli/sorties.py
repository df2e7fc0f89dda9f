"""Machine-readable outputs of the commands: JSON (every command) and CSV (where the result is a table).

JSON goes to stdout, UTF-8, amounts rounded to the cent, never NaN; CSV has one header row of
identifiers (variable names), numbers with a dot, for a spreadsheet or a script. The text tables
stay for people; ``--json`` and ``--csv`` replace them.
"""

import csv
import json
import sys


def formats(analyseur, avec_csv: bool = True) -> None:
    """``--json`` (and ``--csv``), mutually exclusive."""
    groupe = analyseur.add_mutually_exclusive_group()
    groupe.add_argument("--json", action="store_true", help="résultat en JSON sur la sortie standard")
    if avec_csv:
        groupe.add_argument("--csv", action="store_true", help="tableau en CSV sur la sortie standard")


def format_demande(arguments) -> str:
    if getattr(arguments, "json", False):
        return "json"
    if getattr(arguments, "csv", False):
        return "csv"
    return "texte"


def nombre(valeur):
    """A JSON or CSV number: a float rounded to the cent, an int, or the value as it is."""
    if hasattr(valeur, "item"):
        valeur = valeur.item()
    if isinstance(valeur, float):
        return round(valeur, 2)
    return valeur


def ecrire_json(donnees: dict) -> None:
    json.dump(donnees, sys.stdout, ensure_ascii=False, indent=2, allow_nan=False)
    sys.stdout.write("\n")


def ecrire_csv(entetes: list, lignes: list) -> None:
    ecrivain = csv.writer(sys.stdout, lineterminator="\n")
    ecrivain.writerow(entetes)
    ecrivain.writerows([[nombre(valeur) for valeur in ligne] for ligne in lignes])


def montant(valeur: float, signe: bool = False) -> str:
    """An amount as the README and the summaries write it: 17 936 397.91 (space between thousands)."""
    texte = f"{valeur:+,.2f}" if signe else f"{valeur:,.2f}"
    return texte.replace(",", " ")
