"""``--caf`` on ``simulate``, ``compare`` and ``sweep``: the household with the CAF benefits.

The commands of ``openfisca_ass.cli`` hand over to these functions when ``--caf`` is given. Texts
for the user are French; a failure of openfisca-france is one line (``OpenfiscaFranceError``),
never a zero shown for a benefit that was not computed.
"""

import copy
import json

import numpy
from openfisca_core.errors import SituationParsingError, VariableNotFoundError

from openfisca_ass.caf import graphique
from openfisca_ass.caf.serveur import VARIABLE_URL
from openfisca_ass.caf.tableau import COLONNES, tableau_caf
from openfisca_ass.cli.graphiques import verifier_sortie
from openfisca_ass.cli.situation import (
    UsageError,
    intervalle_mois,
    lire,
    message_core,
    mois_demandes,
    mois_valide,
    noms_personnes,
    systeme,
)
from openfisca_ass.cli.tableaux import tableau

LIBELLES = dict(COLONNES)
# The benefits whose start or stop the sweep labels, in the chart's stacking order.
PRESTATIONS_BALAYAGE = ("ass", "are", "arce", "ati", "rsa", "ppa", "aide_logement")


def ajouter_options(sous) -> None:
    """``--caf``, ``--openfisca-france-url`` and, unless the command has it already, ``--json``."""
    sous.add_argument(
        "--caf",
        action="store_true",
        help="ajouter le RSA, la prime d'activité et l'aide au logement calculés par openfisca-france",
    )
    sous.add_argument(
        "--openfisca-france-url",
        dest="openfisca_france_url",
        metavar="URL",
        help=f"API web openfisca-france (par défaut : ${VARIABLE_URL}, sinon un serveur local, .venv-france)",
    )
    if "--json" not in sous._option_string_actions:  # noqa: SLF001 (argparse has no public lookup)
        sous.add_argument("--json", dest="json_caf", action="store_true", help="sortie JSON (avec --caf)")


def demandee(arguments) -> bool:
    """Whether ``--caf`` was given; an output option it does not offer is refused, never ignored."""
    if getattr(arguments, "json_caf", False) and not arguments.caf:
        raise UsageError("--json : disponible avec --caf pour cette commande")
    if arguments.caf and getattr(arguments, "csv", False):
        raise UsageError("--csv n'est pas disponible avec --caf : utilisez --json")
    return arguments.caf


def _json(arguments) -> bool:
    return getattr(arguments, "json", False) or getattr(arguments, "json_caf", False)


def _mois(arguments, situation) -> list:
    if arguments.debut or arguments.fin:
        fichier = mois_demandes(situation) if not (arguments.debut and arguments.fin) else None
        return intervalle_mois(arguments.debut or fichier[0], arguments.fin or fichier[-1])
    return mois_demandes(situation)


def _calculer(situation: dict, mois: list, arguments, nom_reforme=None) -> list:
    try:
        return tableau_caf(situation, mois, url=arguments.openfisca_france_url, systeme=systeme(nom_reforme))
    except SituationParsingError as erreur:
        raise UsageError(f"{arguments.fichier} : {message_core(erreur)}") from erreur
    except (ValueError, VariableNotFoundError) as erreur:
        raise UsageError(f"{arguments.fichier} : {' '.join(str(erreur).split())}") from erreur


def _base(lignes: list) -> str:
    if lignes and lignes[0]["base_revenu"] == "revenu_disponible":
        return "revenu avant CAF = revenu disponible"
    return "revenu avant CAF = revenus bruts après cotisations micro et allocations brutes"


def _sortie_json(objet) -> None:
    print(json.dumps(objet, ensure_ascii=False, indent=2))


def simuler(arguments) -> None:
    situation = lire(arguments.fichier)
    lignes = _calculer(situation, _mois(arguments, situation), arguments, arguments.reform)
    if _json(arguments):
        _sortie_json({"fichier": arguments.fichier, "reforme": arguments.reform, "lignes": lignes})
        return
    entetes = ["Mois", *(libelle for _, libelle in COLONNES)]
    blocs = []
    for famille in dict.fromkeys(ligne["famille"] for ligne in lignes):
        siennes = [ligne for ligne in lignes if ligne["famille"] == famille]
        rangees = [[ligne["mois"], *(ligne[nom] for nom, _ in COLONNES)] for ligne in siennes]
        blocs.append(f"Foyer {famille} ({', '.join(siennes[0]['membres'])})\n{tableau(entetes, rangees)}")
    reforme = f", réforme {arguments.reform}" if arguments.reform else ""
    print(
        f"{arguments.fichier} : montants en euros{reforme} ; RSA, prime d'activité et aide au logement calculés "
        f"par openfisca-france ; {_base(lignes)}\n"
    )
    print("\n\n".join(blocs))


def comparer(arguments) -> None:
    situation = lire(arguments.fichier)
    systeme(arguments.reform)  # an unknown reform is reported before any computation
    mois = _mois(arguments, situation)
    base = _calculer(situation, mois, arguments)
    reforme = _calculer(situation, mois, arguments, arguments.reform)
    if _json(arguments):
        _sortie_json({"fichier": arguments.fichier, "reforme": arguments.reform, "actuel": base, "lignes": reforme})
        return
    noms = ("ass", "rsa", "ppa", "aide_logement", "revenu_total")
    entetes = ["Mois"]
    for nom in noms:
        entetes += [f"{LIBELLES[nom]} actuel", f"{LIBELLES[nom]} réforme"]
    entetes.append("écart")
    blocs = []
    for famille in dict.fromkeys(ligne["famille"] for ligne in base):
        paires = [(a, r) for a, r in zip(base, reforme, strict=True) if a["famille"] == famille]
        rangees = []
        for actuel, modifie in paires:
            rangee = [actuel["mois"]]
            for nom in noms:
                rangee += [actuel[nom], modifie[nom]]
            rangees.append([*rangee, round(modifie["revenu_total"] - actuel["revenu_total"], 2)])
        ecart = sum(m["revenu_total"] - a["revenu_total"] for a, m in paires)
        blocs.append(
            f"Foyer {famille}\n{tableau(entetes, rangees)}\n"
            f"Écart de revenu total sur {mois[0]} – {mois[-1]} : {ecart:+.2f} €"
        )
    print(
        f"{arguments.fichier} : droit actuel et réforme {arguments.reform}, avec les prestations CAF "
        f"(openfisca-france) ; {_base(base)}\n"
    )
    print("\n\n".join(blocs))


def situation_balayee(situation: dict, arguments, valeurs, mois: str, personne: str) -> dict:
    """The situation with OpenFisca axes: the swept input of ``personne`` takes each value in the month(s)."""
    debut = mois_valide(mois, "--period")
    periodes = [str(debut.offset(-decalage)) for decalage in range(arguments.mois_avant, -1, -1)]
    indice = noms_personnes(situation).index(personne)
    axes = [
        {"name": arguments.variable, "min": float(valeurs[0]), "max": float(valeurs[-1]), "count": len(valeurs)}
        | {"period": periode, "index": indice}
        for periode in periodes
    ]
    balayee = copy.deepcopy(situation)
    balayee["axes"] = [axes]
    return balayee


def ruptures(x, series: dict) -> list:
    """[(value, label)] where a benefit stops or starts between two consecutive values."""
    trouvees = []
    for nom in PRESTATIONS_BALAYAGE:
        verse = numpy.asarray(series[nom]) > 0
        for i in range(1, len(x)):
            if verse[i - 1] and not verse[i]:
                trouvees.append((float(x[i]), f"{LIBELLES[nom]} s'arrête"))
            elif verse[i] and not verse[i - 1]:
                trouvees.append((float(x[i]), f"{LIBELLES[nom]} commence"))
    return sorted(trouvees)


def balayer(arguments, valeurs) -> None:
    """The household of the person in the month, for each value of the swept input (one request)."""
    if arguments.chart:
        verifier_sortie(arguments.chart)
    situation = lire(arguments.fichier)
    mois = arguments.mois or mois_demandes(situation)[-1]
    mois = str(mois_valide(mois, "--period"))
    personnes = noms_personnes(situation)
    personne = arguments.personne or personnes[0]
    if personne not in personnes:
        raise UsageError(f"--person : personne inconnue '{personne}' (personnes : {', '.join(personnes)})")
    balayee = situation_balayee(situation, arguments, valeurs, mois, personne)
    lignes = _calculer(balayee, [mois], arguments, arguments.reform)
    # Core names the copies' persons with a running number: copy k of person p is p + str(k × n + index).
    indice, nombre = personnes.index(personne), len(personnes)
    series = {nom: [] for nom, _ in COLONNES}
    for copie in range(len(valeurs)):
        nom_copie = f"{personne}{copie * nombre + indice}"
        ligne = next(ligne for ligne in lignes if nom_copie in ligne["membres"])
        for nom, valeurs_serie in series.items():
            valeurs_serie.append(ligne[nom])
    trouvees = ruptures(valeurs, series)
    if _json(arguments):
        points = [{arguments.variable: float(v), **{n: series[n][i] for n in series}} for i, v in enumerate(valeurs)]
        _sortie_json(
            {
                "fichier": arguments.fichier,
                "mois": mois,
                "personne": personne,
                "points": points,
                "ruptures": [{"valeur": v, "libelle": libelle} for v, libelle in trouvees],
            }
        )
    else:
        portee = f" et les {arguments.mois_avant} mois précédents" if arguments.mois_avant else ""
        print(
            f"{arguments.fichier} : {arguments.variable} de {personne} en {mois}{portee}, de {valeurs[0]:g} à "
            f"{valeurs[-1]:g} ({len(valeurs)} points) ; foyer de {personne} en {mois}, avec les prestations CAF "
            f"(openfisca-france) ; {_base(lignes)}\n"
        )
        entetes = [arguments.variable, *(libelle for _, libelle in COLONNES)]
        rangees = [[float(v), *(series[nom][i] for nom, _ in COLONNES)] for i, v in enumerate(valeurs)]
        print(tableau(entetes, rangees))
        if trouvees:
            print("\nRuptures :")
            for position, libelle in trouvees:
                print(f"  {libelle} : {arguments.variable} = {position:.2f}")
    if arguments.chart:
        titre = f"{arguments.fichier} : foyer de {personne}, {mois}"
        graphique.empiler(arguments.chart, (titre, arguments.variable), valeurs, series, trouvees)
        if not _json(arguments):
            print(f"\nGraphique écrit : {arguments.chart}")
