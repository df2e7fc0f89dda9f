"""``openfisca-ass population``: a file of people, the law in force and a reform, chunk by chunk.

The reading, building and running live in :mod:`openfisca_ass.population`; this module reads the
options, checks them the way the other commands do, and prints the totals (French) or JSON.
"""

import time
from pathlib import Path

from openfisca_ass.cli.situation import MOIS_MAXIMUM, UsageError, intervalle_mois, mois_valide
from openfisca_ass.cli.sorties import ecrire_json, formats, montant
from openfisca_ass.population import ErreurDonnees, executer, mois_calcules
from openfisca_ass.population.lecture import TAILLE_BLOC
from openfisca_ass.reforms import ReformeInconnue, classe_reforme

# Worker processes: at most this many (each holds a tax-benefit system, about 300 MB at work).
PROCESSUS_MAXIMUM = 64


def options(analyseur) -> None:
    analyseur.add_argument(
        "entree", metavar="INPUT", help="fichier CSV (ou Parquet, avec pyarrow), une ligne par personne"
    )
    analyseur.add_argument("sortie", metavar="OUTPUT", help="fichier CSV des résultats, une ligne par personne")
    analyseur.add_argument(
        "--variables",
        nargs="+",
        default=["ass", "are"],
        metavar="VARIABLE",
        help="variables calculées (par défaut : ass are)",
    )
    analyseur.add_argument("--from", dest="debut", default="2025-01", metavar="AAAA-MM", help="premier mois calculé")
    analyseur.add_argument(
        "--months",
        dest="nombre_mois",
        type=int,
        default=12,
        metavar="N",
        help="nombre de mois consécutifs (par défaut : 12)",
    )
    analyseur.add_argument(
        "--reform", metavar="NOM", help="réforme : un nom de openfisca_ass.reforms.REFORMES, ou module:Classe"
    )
    analyseur.add_argument(
        "--processes", dest="processus", type=int, default=2, metavar="N", help="processus de calcul (par défaut : 2)"
    )
    analyseur.add_argument(
        "--chunk-size", dest="taille_lot", type=int, default=TAILLE_BLOC, metavar="N", help="personnes par lot"
    )
    formats(analyseur, avec_csv=False)


def _verifier(arguments, systeme_) -> list:
    if not 1 <= arguments.nombre_mois <= MOIS_MAXIMUM:
        raise UsageError(f"--months {arguments.nombre_mois} : attendu de 1 à {MOIS_MAXIMUM}")
    if not 1 <= arguments.processus <= PROCESSUS_MAXIMUM:
        raise UsageError(f"--processes {arguments.processus} : attendu de 1 à {PROCESSUS_MAXIMUM}")
    if arguments.taille_lot < 1:
        raise UsageError(f"--chunk-size {arguments.taille_lot} : attendu 1 ou plus")
    mois_valide(arguments.debut, "--from")
    mois = mois_calcules(arguments.debut, arguments.nombre_mois)
    intervalle_mois(mois[0], mois[-1])  # the last month within the years too
    for nom in arguments.variables:
        if nom not in systeme_.variables:
            raise UsageError(f"--variables : variable inconnue '{nom}'")
        variable = systeme_.variables[nom]
        if variable.entity.key != "individu" or variable.definition_period != "month":
            raise UsageError(f"--variables {nom} : seule une variable mensuelle d'un individu est écrite par personne")
    if not Path(arguments.entree).is_file():
        raise UsageError(f"{arguments.entree} : fichier introuvable")
    if not Path(arguments.sortie).resolve().parent.is_dir():
        raise UsageError(f"{arguments.sortie} : le dossier {Path(arguments.sortie).parent} n'existe pas")
    if Path(arguments.sortie).resolve() == Path(arguments.entree).resolve():
        raise UsageError(f"{arguments.sortie} : le fichier de résultats remplacerait le fichier lu")
    return mois


def peupler(arguments) -> None:
    from openfisca_ass.cli.situation import systeme_de_base  # noqa: PLC0415

    mois = _verifier(arguments, systeme_de_base())
    try:
        if arguments.reform:
            classe_reforme(arguments.reform)  # an unknown reform is reported before any computation
        debut = time.perf_counter()
        resume = executer(
            arguments.entree,
            arguments.sortie,
            arguments.variables,
            mois,
            arguments.reform,
            arguments.processus,
            arguments.taille_lot,
        )
    except (ErreurDonnees, ReformeInconnue) as erreur:
        Path(arguments.sortie).unlink(missing_ok=True)  # no half-written results
        raise UsageError(f"{arguments.entree} : {erreur}") from erreur
    duree = time.perf_counter() - debut
    nom_reforme = arguments.reform.rpartition(":")[2] if arguments.reform else None
    if arguments.json:
        ecrire_json(
            {
                "commande": "population",
                "fichier": arguments.entree,
                "resultats": arguments.sortie,
                "reforme": nom_reforme,
                "individus": resume["individus"],
                "mois": mois,
                "totaux": resume["totaux"],
            }
        )
        return
    print(f"{resume['individus']} personnes × {len(mois)} mois en {duree:.1f} s ; résultats : {arguments.sortie}")
    for nom, ligne in resume["totaux"].items():
        texte = f"{nom} : total {montant(ligne['base'])} €"
        if "cout" in ligne:
            texte += (
                f" ; avec {nom_reforme} : {montant(ligne['reforme'])} € ; coût {montant(ligne['cout'], signe=True)} €"
            )
        print(texte)
