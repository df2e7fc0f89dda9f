"""Whole populations: a table of people (CSV, Parquet or numpy columns) computed chunk by chunk.

- :mod:`.construction`: the table's format, each column read and checked, one simulation built;
- :mod:`.lecture`: a file read in chunks of whole households (and a table written as CSV);
- :mod:`.execution`: the chunks computed in worker processes, results and totals written;
- :mod:`.synthetique`: a synthetic population for the benchmarks, the tests and the README.

The command is ``openfisca-ass population`` (``python -m openfisca_ass.population`` is an alias).
"""

from openfisca_ass.population.construction import (
    COLONNE_FAMILLE,
    COLONNE_INDIVIDU,
    COLONNE_ROLE,
    COLONNES_STRUCTURE,
    ROLES,
    SEPARATEUR_PERIODE,
    ErreurDonnees,
    calculer,
    construire_simulation,
    convertir_colonne,
    convertir_table,
    mois_calcules,
    verifier_colonnes,
)
from openfisca_ass.population.execution import executer
from openfisca_ass.population.lecture import TAILLE_BLOC, ecrire_csv, lire_par_lots, lots_menages

__all__ = [
    "COLONNES_STRUCTURE",
    "COLONNE_FAMILLE",
    "COLONNE_INDIVIDU",
    "COLONNE_ROLE",
    "ROLES",
    "SEPARATEUR_PERIODE",
    "TAILLE_BLOC",
    "ErreurDonnees",
    "calculer",
    "construire_simulation",
    "convertir_colonne",
    "convertir_table",
    "ecrire_csv",
    "executer",
    "lire_par_lots",
    "lots_menages",
    "mois_calcules",
    "population_synthetique",
    "verifier_colonnes",
]


def __getattr__(nom):
    # Imported on first use, so that ``python -m openfisca_ass.population.synthetique`` runs its module once.
    if nom == "population_synthetique":
        from openfisca_ass.population.synthetique import population_synthetique  # noqa: PLC0415

        return population_synthetique
    raise AttributeError(f"module {__name__!r} has no attribute {nom!r}")
