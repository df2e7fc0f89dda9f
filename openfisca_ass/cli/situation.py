"""Reading a situation file (YAML or JSON, the web API's format) and building simulations from it.

Every problem found in the file becomes an :class:`UsageError` whose one-line message names
the file and what is wrong: the command line prints it and exits with code 2, no traceback.
"""

import copy
import json
from functools import cache
from pathlib import Path

import yaml
from openfisca_core import periods
from openfisca_core.errors import ParameterNotFoundError, SituationParsingError, VariableNotFoundError
from openfisca_core.simulation_builder import SimulationBuilder

from openfisca_ass import CountryTaxBenefitSystem

PERSONNES = "individus"
FAMILLES = "familles"
# Keys of a group entity that are roles, not variables.
_ROLES = ("parents", "enfants")


class UsageError(Exception):
    """A problem in the user's file or command, reported as one line, exit code 2."""


@cache
def systeme_de_base():
    return CountryTaxBenefitSystem()


def reformes() -> dict:
    """The package's reforms by name (``openfisca_ass.reforms.REFORMES``), empty while none exists."""
    from openfisca_ass import reforms  # noqa: PLC0415 (the registry may be filled after import)

    return dict(getattr(reforms, "REFORMES", {}))


@cache
def systeme(nom_reforme: str | None = None):
    """The tax-benefit system, reformed by the reform named when one is."""
    base = systeme_de_base()
    if nom_reforme is None:
        return base
    disponibles = reformes()
    if nom_reforme not in disponibles:
        noms = ", ".join(sorted(disponibles)) or "aucune pour l'instant"
        raise UsageError(f"réforme inconnue '{nom_reforme}' (réformes disponibles : {noms})")
    return disponibles[nom_reforme](base)


def lire(chemin: str) -> dict:
    """The situation of the file, checked: names of variables, periods, entities."""
    fichier = Path(chemin)
    if not fichier.is_file():
        raise UsageError(f"{chemin} : fichier introuvable")
    try:
        texte = fichier.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as erreur:
        raise UsageError(f"{chemin} : fichier illisible ({erreur})") from erreur
    if fichier.suffix.lower() == ".json":
        try:
            situation = json.loads(texte)
        except json.JSONDecodeError as erreur:
            raise UsageError(
                f"{chemin} : JSON invalide, ligne {erreur.lineno} colonne {erreur.colno} : {erreur.msg}"
            ) from erreur
    else:
        try:
            situation = yaml.safe_load(texte)
        except yaml.YAMLError as erreur:
            marque = getattr(erreur, "problem_mark", None)
            ou = f", ligne {marque.line + 1} colonne {marque.column + 1}" if marque else ""
            probleme = getattr(erreur, "problem", None) or str(erreur).splitlines()[0]
            raise UsageError(f"{chemin} : YAML invalide{ou} : {probleme}") from erreur
    verifier(situation, chemin)
    return situation


def _periode(cle, ou: str):
    try:
        return periods.period(str(cle))
    except (ValueError, TypeError) as erreur:
        raise UsageError(f"{ou} : période invalide '{cle}' (attendu AAAA-MM, AAAA, AAAA-MM-JJ ou ETERNITY)") from erreur


def verifier(situation, chemin: str) -> None:
    """Names every unknown entity, variable or badly written period of the situation."""
    if not isinstance(situation, dict) or not isinstance(situation.get(PERSONNES), dict) or not situation[PERSONNES]:
        raise UsageError(f"{chemin} : la situation doit contenir '{PERSONNES}' avec au moins une personne")
    systeme_ = systeme_de_base()
    pluriels = {entite.plural for entite in systeme_.entities}
    for cle in situation:
        if cle not in pluriels and cle != "axes":
            raise UsageError(f"{chemin} : entité inconnue '{cle}' (attendu : {', '.join(sorted(pluriels))})")
    for pluriel, membres in situation.items():
        if pluriel != "axes":
            _verifier_membres(systeme_, pluriel, membres, chemin)


def _verifier_membres(systeme_, pluriel: str, membres, chemin: str) -> None:
    if not isinstance(membres, dict):
        raise UsageError(f"{chemin} : '{pluriel}' doit associer un nom à chaque membre")
    for nom, valeurs in membres.items():
        if not isinstance(valeurs, dict):
            raise UsageError(f"{chemin} : {pluriel}.{nom} doit associer des variables à des valeurs")
        for variable, par_periode in valeurs.items():
            if pluriel != PERSONNES and variable in _ROLES:
                continue
            if variable not in systeme_.variables:
                raise UsageError(f"{chemin} : variable inconnue '{variable}' ({pluriel}.{nom})")
            if isinstance(par_periode, dict):
                for cle in par_periode:
                    _periode(cle, f"{chemin} : {pluriel}.{nom}.{variable}")


def mois_demandes(situation) -> list:
    """The months the file asks for (values left null), else the months of its monthly inputs."""
    demandes, saisis = set(), set()
    for pluriel, membres in situation.items():
        if pluriel == "axes":
            continue
        for valeurs in membres.values():
            for variable, par_periode in valeurs.items():
                if not isinstance(par_periode, dict) or variable in _ROLES:
                    continue
                for cle, valeur in par_periode.items():
                    periode = periods.period(str(cle))
                    if periode.unit == periods.DateUnit.ETERNITY:
                        continue
                    mois = {str(m) for m in _mois_de(periode)}
                    (demandes if valeur is None else saisis).update(mois)
    retenus = demandes or saisis
    if not retenus:
        raise UsageError("aucun mois dans le fichier : donnez --from et --to")
    return sorted(retenus)


def _mois_de(periode):
    debut = periode.first_month
    return [debut.offset(i, periods.DateUnit.MONTH) for i in range(periode.size_in_months)] or [debut]


def intervalle_mois(debut: str, fin: str) -> list:
    premier, dernier = mois_valide(debut, "--from"), mois_valide(fin, "--to")
    if dernier.start < premier.start:
        raise UsageError(f"--to {fin} est avant --from {debut}")
    liste, courant = [], premier
    while courant.start <= dernier.start:
        liste.append(str(courant))
        courant = courant.offset(1)
    return liste


def mois_valide(texte: str, option: str):
    try:
        periode = periods.period(texte)
    except (ValueError, TypeError) as erreur:
        raise UsageError(f"{option} : mois invalide '{texte}' (attendu AAAA-MM, par exemple 2025-06)") from erreur
    if periode.unit != periods.DateUnit.MONTH or periode.size != 1:
        raise UsageError(f"{option} : '{texte}' n'est pas un mois (attendu AAAA-MM, par exemple 2025-06)")
    return periode


def message_core(erreur) -> str:
    """One line from core's error (its situation errors are nested dicts around one message)."""
    contenu = getattr(erreur, "error", None)
    morceaux = []

    def parcourir(valeur, chemin):
        if isinstance(valeur, dict):
            for cle, sous in valeur.items():
                parcourir(sous, [*chemin, str(cle)])
        elif isinstance(valeur, list):
            for sous in valeur:
                if sous is not None:
                    parcourir(sous, chemin)
        elif valeur is not None:
            morceaux.append(f"{'.'.join(chemin)} : {valeur}" if chemin else str(valeur))

    parcourir(contenu if contenu is not None else str(erreur), [])
    return " ; ".join(" ".join(m.split()) for m in morceaux) or type(erreur).__name__


def simulation(systeme_, situation: dict, chemin: str = "", trace: bool = False):
    """A simulation of the situation (copied: core consumes it); core's errors made one line."""
    prefixe = f"{chemin} : " if chemin else ""
    try:
        simu = SimulationBuilder().build_from_entities(systeme_, copy.deepcopy(situation))
    except SituationParsingError as erreur:
        raise UsageError(prefixe + message_core(erreur)) from erreur
    except (ValueError, VariableNotFoundError) as erreur:
        raise UsageError(prefixe + " ".join(str(erreur).split())) from erreur
    simu.trace = trace
    return simu


def calculer(simu, variable: str, mois: str, chemin: str = ""):
    """The variable for the month, with the model's errors (bad inputs found late) as one line."""
    try:
        return simu.calculate(variable, mois)
    except (ValueError, VariableNotFoundError, SituationParsingError, ParameterNotFoundError) as erreur:
        prefixe = f"{chemin} : " if chemin else ""
        raise UsageError(prefixe + message_core(erreur)) from erreur


def noms_personnes(situation: dict) -> list:
    return list(situation[PERSONNES])


def familles(situation: dict) -> dict:
    """{family name: its members' names} for the families of two persons or more."""
    resultat = {}
    for nom, famille in (situation.get(FAMILLES) or {}).items():
        membres = [*famille.get("parents", []), *famille.get("enfants", [])]
        if len(membres) > 1:
            resultat[nom] = membres
    return resultat


def foyer_de(situation: dict, personne: str) -> list:
    """The persons of the person's family (the person alone without a family)."""
    for membres in familles(situation).values():
        if personne in membres:
            return membres
    return [personne]
