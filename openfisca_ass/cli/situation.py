"""Reading a situation file (YAML or JSON, the web API's format) and building simulations from it.

Every problem found in the file becomes an :class:`UsageError` whose one-line message names
the file and what is wrong: the command line prints it and exits with code 2, no traceback.
"""

import copy
import datetime
import json
import math
from functools import cache
from pathlib import Path

import yaml
from openfisca_core import periods
from openfisca_core.errors import ParameterNotFoundError, SituationParsingError, VariableNotFoundError
from openfisca_core.simulation_builder import SimulationBuilder

from openfisca_ass import CountryTaxBenefitSystem
from openfisca_ass.model_api import NombrePositif
from openfisca_ass.population.construction import ANNEE_MAXIMUM, ANNEE_MINIMUM, dans_les_annees
from openfisca_ass.reforms import ReformeInconnue, classe_reforme

PERSONNES = "individus"
FAMILLES = "familles"
# Keys of a group entity that are roles, not variables.
_ROLES = ("parents", "enfants")
# Months shown by one simulate or compare: 50 years (each month is a computation).
MOIS_MAXIMUM = 50 * 12
# Amounts are float32 in OpenFisca: a number beyond a thousand billion is a typo, not a situation.
PLUS_GRAND_NOMBRE = 1e12
# A JSON file nested deeper than Python's recursion limit is refused before parsing.
PROFONDEUR_MAXIMUM = 100


class UsageError(Exception):
    """A problem in the user's file or command, reported as one line, exit code 2."""


@cache
def systeme_de_base():
    return CountryTaxBenefitSystem()


@cache
def systeme(nom_reforme: str | None = None):
    """The tax-benefit system, reformed by the reform named when one is (``openfisca_ass.reforms.classe_reforme``)."""
    base = systeme_de_base()
    if nom_reforme is None:
        return base
    try:
        return classe_reforme(nom_reforme)(base)
    except ReformeInconnue as erreur:
        raise UsageError(str(erreur)) from erreur


def lire(chemin: str) -> dict:
    """The situation of the file, checked: names of variables, periods, entities."""
    fichier = Path(chemin)
    if not fichier.is_file():
        raise UsageError(f"{chemin} : fichier introuvable")
    try:
        texte = fichier.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as erreur:
        raise UsageError(f"{chemin} : fichier illisible ({erreur})") from erreur
    if not texte.strip():
        raise UsageError(f"{chemin} : fichier vide (attendu une situation avec '{PERSONNES}')")
    if fichier.suffix.lower() == ".json":
        try:
            situation = json.loads(texte)
        except RecursionError as erreur:
            raise UsageError(f"{chemin} : JSON imbriqué trop profondément") from erreur
        except json.JSONDecodeError as erreur:
            raise UsageError(
                f"{chemin} : JSON invalide, ligne {erreur.lineno} colonne {erreur.colno} : {erreur.msg}"
            ) from erreur
    else:
        try:
            situation = yaml.safe_load(texte)
        except RecursionError as erreur:
            raise UsageError(f"{chemin} : YAML imbriqué trop profondément") from erreur
        except yaml.YAMLError as erreur:
            marque = getattr(erreur, "problem_mark", None)
            ou = f", ligne {marque.line + 1} colonne {marque.column + 1}" if marque else ""
            probleme = getattr(erreur, "problem", None) or str(erreur).splitlines()[0]
            raise UsageError(f"{chemin} : YAML invalide{ou} : {probleme}") from erreur
    verifier(situation, chemin)
    return situation


def _periode(cle, ou: str):
    try:
        periode = periods.period(str(cle))
    except (ValueError, TypeError) as erreur:
        raise UsageError(f"{ou} : période invalide '{cle}' (attendu AAAA-MM, AAAA, AAAA-MM-JJ ou ETERNITY)") from erreur
    if periode.unit != periods.DateUnit.ETERNITY:
        _dans_les_annees(periode, f"{ou} : période '{cle}'")
    return periode


def _dans_les_annees(periode, ou: str) -> None:
    if not dans_les_annees(periode):
        raise UsageError(f"{ou} hors des années {ANNEE_MINIMUM} à {ANNEE_MAXIMUM}")


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
        if pluriel == FAMILLES and not valeurs.get("parents"):
            raise UsageError(f"{chemin} : {pluriel}.{nom} : au moins un parent (le demandeur) dans 'parents'")
        for variable, par_periode in valeurs.items():
            if pluriel != PERSONNES and variable in _ROLES:
                continue
            if variable not in systeme_.variables:
                raise UsageError(f"{chemin} : variable inconnue '{variable}' ({pluriel}.{nom})")
            ou = f"{chemin} : {pluriel}.{nom}.{variable}"
            if not isinstance(par_periode, dict):
                raise UsageError(f'{ou} : attendu des valeurs par période, par exemple {{"2025-01": ...}}')
            definition = systeme_.variables[variable]
            for cle, valeur in par_periode.items():
                periode = _periode(cle, ou)
                eternelle = definition.definition_period == periods.DateUnit.ETERNITY
                if eternelle != (periode.unit == periods.DateUnit.ETERNITY):
                    attendu = "ETERNITY (donnée permanente)" if eternelle else "un mois AAAA-MM ou une année AAAA"
                    raise UsageError(f"{ou} : période '{cle}' invalide pour cette variable (attendu {attendu})")
                _verifier_valeur(definition, valeur, f"{ou}.{cle}")


def _verifier_valeur(variable, valeur, ou: str) -> None:
    """The value has the variable's type; null is a value asked."""
    if valeur is None:
        return
    if variable.value_type is bool:
        if not isinstance(valeur, bool):
            raise UsageError(f"{ou} : {valeur!r} n'est pas un booléen (attendu true ou false)")
    elif variable.value_type in (float, int):
        _verifier_nombre(variable, valeur, ou)
    elif variable.value_type is datetime.date:
        _verifier_date(valeur, ou)
    elif variable.possible_values is not None:
        noms = [categorie.name for categorie in variable.possible_values]
        if not isinstance(valeur, str) or valeur not in noms:
            raise UsageError(f"{ou} : catégorie inconnue {valeur!r} (attendu : {', '.join(noms)})")
    elif not isinstance(valeur, str):
        raise UsageError(f"{ou} : {valeur!r} n'est pas un texte")


def _verifier_nombre(variable, valeur, ou: str) -> None:
    if isinstance(valeur, bool) or not isinstance(valeur, int | float):
        raise UsageError(f"{ou} : {valeur!r} n'est pas un nombre")
    if not math.isfinite(valeur) or abs(valeur) > PLUS_GRAND_NOMBRE:
        raise UsageError(f"{ou} : {valeur!r} n'est pas un nombre fini (au plus {PLUS_GRAND_NOMBRE:g})")
    if variable.value_type is int and valeur != int(valeur):
        raise UsageError(f"{ou} : {valeur!r} n'est pas un nombre entier")
    if isinstance(variable, NombrePositif) and valeur < 0:
        raise UsageError(f"{ou} : {valeur!r} est négatif (attendu zéro ou plus)")


def _verifier_date(valeur, ou: str) -> None:
    if isinstance(valeur, datetime.date):  # a YAML date
        return
    try:
        datetime.date.fromisoformat(valeur if isinstance(valeur, str) else "")
    except ValueError:
        raise UsageError(f"{ou} : {valeur!r} n'est pas une date (attendu AAAA-MM-JJ)") from None


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
    if len(retenus) > MOIS_MAXIMUM:
        raise UsageError(f"{len(retenus)} mois dans le fichier, au plus {MOIS_MAXIMUM} : donnez --from et --to")
    return sorted(retenus)


def _mois_de(periode):
    debut = periode.first_month
    return [debut.offset(i, periods.DateUnit.MONTH) for i in range(periode.size_in_months)] or [debut]


def intervalle_mois(debut: str, fin: str) -> list:
    premier, dernier = mois_valide(debut, "--from"), mois_valide(fin, "--to")
    if dernier.start < premier.start:
        raise UsageError(f"--to {fin} est avant --from {debut}")
    nombre = (dernier.start.year - premier.start.year) * 12 + dernier.start.month - premier.start.month + 1
    if nombre > MOIS_MAXIMUM:
        raise UsageError(f"--from {debut} --to {fin} : {nombre} mois, au plus {MOIS_MAXIMUM}")
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
    _dans_les_annees(periode, f"{option} : mois '{texte}'")
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
