"""The ``openfisca-ass`` command: simulate, compare, sweep and explain a situation file; run a population.

A situation file is YAML or JSON in the web API's format (``individus``, ``familles``, inputs by
period; values left ``null`` are the ones asked). Any problem with the file or the options is
printed as one line on stderr, exit code 2, no traceback.
"""

import sys
import warnings

from openfisca_ass.caf import OpenfiscaFranceError
from openfisca_ass.caf.commandes import ajouter_options
from openfisca_ass.cli import population
from openfisca_ass.cli.analyseur import CODE_ERREUR, AnalyseurFrancais
from openfisca_ass.cli.commandes import balayer, comparer, expliquer, simuler
from openfisca_ass.cli.situation import UsageError
from openfisca_ass.cli.sorties import formats

# openfisca-france (--caf) could not be reached or answered an error.
CODE_OPENFISCA_FRANCE = 3


def _progression(sous):
    groupe = sous.add_mutually_exclusive_group()
    groupe.add_argument(
        "--progress", dest="progression", action="store_true", default=None, help="barre de progression"
    )
    groupe.add_argument("--no-progress", dest="progression", action="store_false", help="pas de barre de progression")


def analyseur() -> AnalyseurFrancais:
    racine = AnalyseurFrancais(
        prog="openfisca-ass",
        description="ASS, ARE, ARCE et ATI mois par mois, réformes, balayages et explications (openfisca-ass).",
    )
    commandes = racine.add_subparsers(dest="commande", required=True, metavar="COMMANDE")

    sim = commandes.add_parser("simulate", help="tableau mois par mois des allocations et du revenu total")
    sim.add_argument("fichier", metavar="FILE", help="situation YAML ou JSON (format de l'API web)")
    sim.add_argument("--from", dest="debut", metavar="AAAA-MM", help="premier mois (par défaut : ceux du fichier)")
    sim.add_argument("--to", dest="fin", metavar="AAAA-MM", help="dernier mois")
    sim.add_argument("--reform", metavar="NOM", help="simuler avec une réforme")
    _progression(sim)
    formats(sim)
    ajouter_options(sim)
    sim.set_defaults(action=simuler)

    comp = commandes.add_parser("compare", help="droit actuel et réforme côte à côte, avec les écarts")
    comp.add_argument("fichier", metavar="FILE")
    comp.add_argument("--reform", metavar="NOM", required=True, help="nom de la réforme (openfisca_ass.reforms)")
    comp.add_argument("--from", dest="debut", metavar="AAAA-MM")
    comp.add_argument("--to", dest="fin", metavar="AAAA-MM")
    comp.add_argument(
        "--chart", metavar="SORTIE.png|svg", help="graphique mois par mois et selon le chiffre d'affaires"
    )
    _progression(comp)
    formats(comp)
    ajouter_options(comp)
    comp.set_defaults(action=comparer)

    bal = commandes.add_parser("sweep", help="allocations et revenu total selon une donnée (axes OpenFisca)")
    bal.add_argument("fichier", metavar="FILE")
    bal.add_argument(
        "--variable",
        default="micro_entreprise_chiffre_affaires",
        help="donnée balayée, mensuelle (par défaut : %(default)s)",
    )
    bal.add_argument(
        "--from", dest="debut", type=float, default=0.0, metavar="MONTANT", help="par défaut : %(default)s"
    )
    bal.add_argument("--to", dest="fin", type=float, default=3000.0, metavar="MONTANT", help="par défaut : %(default)s")
    bal.add_argument("--step", dest="pas", type=float, default=50.0, metavar="PAS", help="par défaut : %(default)s")
    bal.add_argument(
        "--period", dest="mois", metavar="AAAA-MM", help="mois calculé (par défaut : le dernier du fichier)"
    )
    bal.add_argument("--person", dest="personne", help="personne dont la donnée varie (par défaut : la première)")
    bal.add_argument(
        "--months-before",
        dest="mois_avant",
        type=int,
        default=0,
        metavar="N",
        help="donner aussi la valeur aux N mois précédents (ex. 12 : les ressources de l'ASS)",
    )
    bal.add_argument("--reform", metavar="NOM", help="tracer aussi la réforme")
    bal.add_argument("--chart", metavar="SORTIE.png|svg", help="graphique des allocations et du revenu total")
    _progression(bal)
    formats(bal)
    ajouter_options(bal)
    bal.set_defaults(action=balayer)

    exp = commandes.add_parser("explain", help="pourquoi ce montant : règle, paramètres et références, données")
    exp.add_argument("fichier", metavar="FILE")
    exp.add_argument("--variable", default="ass", help="variable expliquée (par défaut : %(default)s)")
    exp.add_argument(
        "--period", dest="mois", metavar="AAAA-MM", help="mois expliqué (par défaut : le dernier du fichier)"
    )
    exp.add_argument("--person", dest="personne", help="personne (par défaut : la première)")
    exp.add_argument("--reform", metavar="NOM", help="expliquer le calcul sous une réforme")
    formats(exp, avec_csv=False)
    exp.set_defaults(action=expliquer)

    pop = commandes.add_parser(
        "population", help="un fichier de personnes (CSV, Parquet), droit actuel et réforme, par lots de ménages"
    )
    population.options(pop)
    pop.set_defaults(action=population.peupler)
    return racine


def main(argv=None) -> int:
    try:
        arguments = analyseur().parse_args(argv)
    except SystemExit as sortie:  # --help (0) or a bad option, already printed on one line (2)
        return sortie.code
    try:
        with warnings.catch_warnings():
            # numpy's overflow warnings on a bad value: the value is reported below, in one line.
            warnings.simplefilter("ignore", RuntimeWarning)
            arguments.action(arguments)
    except UsageError as erreur:
        print(f"openfisca-ass {arguments.commande} : erreur : {erreur}", file=sys.stderr)
        return CODE_ERREUR
    except OpenfiscaFranceError as erreur:
        print(f"openfisca-ass {arguments.commande} : erreur : {erreur}", file=sys.stderr)
        return CODE_OPENFISCA_FRANCE
    except BrokenPipeError:
        return 0
    except (MemoryError, RecursionError) as erreur:
        message = f"calcul trop grand ({type(erreur).__name__})"
        print(f"openfisca-ass {arguments.commande} : erreur : {message}", file=sys.stderr)
        return CODE_ERREUR
    return 0


if __name__ == "__main__":
    sys.exit(main())
