"""A synthetic population, drawn at random, for the benchmarks, the tests and the README's example.

    python -m openfisca_ass.population.synthetique 2000 personnes.csv --first-month 2026-01

writes a CSV file that ``openfisca-ass population`` reads. Not data: a plausible mix of situations
(couples, salaried people, micro-entrepreneurs, ASS and ARE recipients) to exercise the model.
"""

import sys

import numpy
from openfisca_core import periods

from openfisca_ass.population.construction import COLONNE_FAMILLE, COLONNE_INDIVIDU, COLONNE_ROLE
from openfisca_ass.population.lecture import ecrire_csv


def population_synthetique(nombre: int, graine: int = 0, premier_mois: str = "2025-01", nombre_mois: int = 12):
    """A synthetic table of ``nombre`` people, drawn at random, for benchmarks and tests.

    40 % of the households are couples; one person in three is salaried, one in four a
    micro-entrepreneur, the others have no activity; two in five claim the ASS, two in five have
    an ARE right. Incomes are given for the 12 months before ``premier_mois`` and for the months
    computed.
    """
    rng = numpy.random.default_rng(graine)
    nombre_familles = max(1, round(nombre / 1.4))
    couples = numpy.zeros(nombre_familles, dtype=bool)
    couples[: round(0.4 * nombre_familles)] = True
    tailles = 1 + couples
    # Adjust the last households so that the table has exactly ``nombre`` people.
    ecart = int(tailles.sum()) - nombre
    while ecart > 0:
        couples[numpy.flatnonzero(couples)[-1]] = False
        tailles = 1 + couples
        ecart = int(tailles.sum()) - nombre
    familles = numpy.repeat(numpy.arange(nombre_familles), tailles)[:nombre]
    if len(familles) < nombre:
        familles = numpy.concatenate([familles, nombre_familles + numpy.arange(nombre - len(familles))])
    debut = numpy.ones(nombre, dtype=bool)
    debut[1:] = familles[1:] != familles[:-1]
    roles = numpy.where(debut, "demandeur", "conjoint")

    debut_mois = periods.period(premier_mois)
    histoire = debut_mois.offset(-12, "month")
    jour_debut = numpy.datetime64(str(debut_mois.start), "D")

    def dates(apres: str, avant: str):
        bas, haut = numpy.datetime64(apres, "D"), numpy.datetime64(avant, "D")
        return bas + rng.integers(0, int((haut - bas).astype(int)), nombre).astype("timedelta64[D]")

    activite = rng.choice(3, size=nombre, p=[0.40, 0.35, 0.25])  # 0 none, 1 salaried, 2 micro
    allocation = rng.choice(3, size=nombre, p=[0.40, 0.40, 0.20])  # 0 ASS, 1 ARE, 2 none
    salarie, micro = activite == 1, activite == 2
    ass, are = allocation == 0, allocation == 1
    non_date = numpy.datetime64("1970-01-01", "D")

    table = {
        COLONNE_INDIVIDU: numpy.arange(nombre),
        COLONNE_FAMILLE: familles,
        COLONNE_ROLE: roles,
        "date_naissance": dates("1962-01-01", "2001-12-31"),
        f"demandeur_emploi:month:{histoire}:{12 + nombre_mois}": allocation < 2,
        f"ass_annees_activite_salariee:month:{histoire}:{12 + nombre_mois}": rng.integers(3, 25, nombre).astype(
            numpy.float32
        ),
        "ass_date_demande": numpy.where(ass, dates(str(jour_debut - 540), str(jour_debut + 150)), non_date),
        "are_date_fin_contrat": numpy.where(are, dates(str(jour_debut - 400), str(jour_debut + 90)), non_date),
        "are_salaire_reference": numpy.where(are, rng.uniform(12_000, 48_000, nombre), 0).astype(numpy.float32),
        "are_jours_periode_reference": numpy.where(are, 730, 0).astype(numpy.int32),
        "are_jours_travailles_periode_reference": numpy.where(are, rng.integers(130, 731, nombre), 0).astype(
            numpy.int32
        ),
        "micro_entreprise_date_creation": numpy.where(micro, dates(str(jour_debut - 700), str(jour_debut)), non_date),
        f"micro_entreprise_activite:month:{histoire}:{12 + nombre_mois}": numpy.array(
            ["vente_marchandises", "prestations_services_bic", "prestations_services_bnc"]
        )[numpy.where(micro, rng.integers(0, 3, nombre), 0)],
    }
    table["are_heures_travaillees_periode_reference"] = (table["are_jours_travailles_periode_reference"] * 7).astype(
        numpy.float32
    )
    salaire_habituel = rng.uniform(400, 2_600, nombre)
    chiffre_habituel = rng.uniform(200, 4_000, nombre)
    conjoint_chomeur = (roles == "conjoint") & (rng.random(nombre) < 0.2)
    for rang in range(12 + nombre_mois):
        mois = histoire.offset(rang, "month")
        travaille = rng.random(nombre) < 0.7
        salaire = numpy.where(salarie & travaille, salaire_habituel * rng.uniform(0.8, 1.2, nombre), 0)
        table[f"salaire_imposable:{mois}"] = salaire.astype(numpy.float32)
        table[f"salaire_brut:{mois}"] = (salaire * 1.28).astype(numpy.float32)
        chiffre = numpy.where(micro & travaille, chiffre_habituel * rng.uniform(0.5, 1.5, nombre), 0)
        table[f"micro_entreprise_chiffre_affaires:{mois}"] = chiffre.astype(numpy.float32)
        table[f"chomage_imposable:{mois}"] = numpy.where(conjoint_chomeur, 950, 0).astype(numpy.float32)
    return table


def main(argv: list[str] | None = None) -> int:
    from openfisca_ass.cli.analyseur import AnalyseurFrancais  # noqa: PLC0415 (French help, one-line errors)

    analyseur = AnalyseurFrancais(
        prog="python -m openfisca_ass.population.synthetique",
        description="Écrit une population synthétique (tirée au hasard) en CSV, pour openfisca-ass population.",
    )
    analyseur.add_argument("nombre", type=int, metavar="N", help="nombre de personnes")
    analyseur.add_argument("sortie", metavar="OUTPUT", help="fichier CSV écrit")
    analyseur.add_argument("--first-month", dest="premier_mois", default="2025-01", metavar="AAAA-MM")
    analyseur.add_argument("--months", dest="nombre_mois", type=int, default=12, metavar="N")
    analyseur.add_argument("--seed", dest="graine", type=int, default=0, metavar="N", help="graine du tirage")
    try:
        arguments = analyseur.parse_args(argv)
    except SystemExit as sortie:
        return sortie.code
    if not 1 <= arguments.nombre <= 10_000_000 or not 1 <= arguments.nombre_mois <= 120:
        print("erreur : attendu de 1 à 10 000 000 personnes et de 1 à 120 mois", file=sys.stderr)
        return 2
    table = population_synthetique(arguments.nombre, arguments.graine, arguments.premier_mois, arguments.nombre_mois)
    ecrire_csv(table, arguments.sortie)
    return 0


if __name__ == "__main__":
    sys.exit(main())
