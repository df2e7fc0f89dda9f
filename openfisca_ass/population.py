"""Whole populations: build one simulation from columns of numpy arrays, and run a file of people.

A population is a table, one row per person, given as columns (a dict of numpy arrays, a CSV file
or, when ``pyarrow`` is installed, a Parquet file):

- ``individu_id`` (required): the person's identifier;
- ``famille_id`` (optional): the household; the rows of a household must follow each other. Without
  it each person is a household of their own;
- ``role`` (optional): ``demandeur``, ``conjoint`` or ``enfant`` (default ``demandeur``);
- ``<variable>`` for a variable defined for ever (ETERNITY), e.g. ``date_naissance``;
- ``<variable>:<period>`` for a monthly input, e.g. ``salaire_imposable:2024-03``. The period is any
  OpenFisca period (``2024``, ``month:2024-01:24``): the variable's own ``set_input`` spreads it
  over the months (amounts divided, states copied).

An empty cell is the variable's default value. Bad values (a negative amount, an unknown category,
a bad date, text for a number or a boolean) stop the run with an error naming the column and the line.

The command::

    python -m openfisca_ass.population personnes.csv resultats.csv \\
        --variables ass are --mois 2025-01 --nombre-mois 12 --reforme revalorisation_ass

reads the file in chunks of whole households, computes each chunk on a fresh simulation in one of
``--processus`` worker processes (memory stays flat as the file grows), writes one row per person
(``<variable>:<month>`` for the law in force, ``<variable>:<month>:<reform>`` for the reform) and
prints the totals and the cost of the reform (reform − law in force, summed over the months).
"""

from __future__ import annotations

import argparse
import collections
import csv
import gc
import importlib
import io
import itertools
import sys
import time
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import numpy
from openfisca_core import periods
from openfisca_core.indexed_enums import Enum
from openfisca_core.simulations import SimulationBuilder

from openfisca_ass.model_api import NombrePositif

COLONNE_INDIVIDU = "individu_id"
COLONNE_FAMILLE = "famille_id"
COLONNE_ROLE = "role"
COLONNES_STRUCTURE = (COLONNE_INDIVIDU, COLONNE_FAMILLE, COLONNE_ROLE)
ROLES = ("demandeur", "conjoint", "enfant")
SEPARATEUR_PERIODE = ":"
TAILLE_BLOC = 50_000

_VRAI = {"true", "1", "1.0", "vrai", "oui", "yes"}
_FAUX = {"false", "0", "0.0", "faux", "non", "no"}


class ErreurDonnees(ValueError):  # noqa: N818 (French name, as the rest of the package)
    """A bad value in a population file: the message names the column and the line."""


# --------------------------------------------------------------------------------------------
# Building a simulation from columns
# --------------------------------------------------------------------------------------------


def _ligne(indices, premiere_ligne: int) -> int:
    """Line of the file of the first offending row (line 1 is the header)."""
    return premiere_ligne + int(numpy.flatnonzero(indices)[0])


def _erreur(colonne: str, ligne: int, message: str) -> ErreurDonnees:
    return ErreurDonnees(f"Column '{colonne}', line {ligne}: {message}")


def _textes(valeurs: numpy.ndarray) -> numpy.ndarray:
    return numpy.char.strip(numpy.asarray(valeurs).astype(str))


def _nombres(colonne, valeurs, premiere_ligne, variable):
    if valeurs.dtype.kind in "fiub":
        nombres = valeurs.astype(numpy.float64)
    else:
        textes = _textes(valeurs)
        vides = textes == ""
        textes = numpy.where(vides, str(variable.default_value), textes)
        try:
            nombres = textes.astype(numpy.float64)
        except ValueError:
            for rang, texte in enumerate(textes):
                try:
                    float(texte)
                except ValueError:
                    raise _erreur(
                        colonne, premiere_ligne + rang, f"{str(texte)!r} is not a number ({variable.name})"
                    ) from None
            raise
    non_finis = ~numpy.isfinite(nombres)
    if non_finis.any():
        raise _erreur(colonne, _ligne(non_finis, premiere_ligne), f"not a finite number ({variable.name})")
    if isinstance(variable, NombrePositif) and (nombres < 0).any():
        negatifs = nombres < 0
        rang = _ligne(negatifs, premiere_ligne)
        valeur = nombres[negatifs][0]
        raise _erreur(colonne, rang, f"{valeur:g} is negative; {variable.name} expects zero or more")
    if variable.value_type is int:
        non_entiers = nombres != numpy.floor(nombres)
        if non_entiers.any():
            raise _erreur(colonne, _ligne(non_entiers, premiere_ligne), f"not a whole number ({variable.name})")
    return nombres


def convertir_colonne(variable, colonne: str, valeurs, premiere_ligne: int = 2) -> numpy.ndarray:  # noqa: PLR0911, PLR0912
    """Typed, checked values of one column for ``variable`` (text or numbers in, numpy array out)."""
    valeurs = numpy.asarray(valeurs)
    type_valeur = variable.value_type
    if type_valeur is bool:
        if valeurs.dtype.kind == "b":
            return valeurs
        if valeurs.dtype.kind in "iuf":
            mauvais = ~numpy.isin(valeurs, (0, 1))
            if mauvais.any():
                raise _erreur(colonne, _ligne(mauvais, premiere_ligne), f"expected a boolean ({variable.name})")
            return valeurs.astype(bool)
        textes = numpy.char.lower(_textes(valeurs))
        vrai = numpy.isin(textes, list(_VRAI))
        connu = vrai | numpy.isin(textes, list(_FAUX)) | (textes == "")
        if not connu.all():
            rang = _ligne(~connu, premiere_ligne)
            texte = textes[~connu][0]
            raise _erreur(colonne, rang, f"{str(texte)!r} is not a boolean (true or false) ({variable.name})")
        return numpy.where(textes == "", bool(variable.default_value), vrai)
    if type_valeur is Enum:
        enum = variable.possible_values
        noms = [item.name for item in enum]
        if valeurs.dtype.kind in "iu":
            mauvais = (valeurs < 0) | (valeurs >= len(noms))
            if mauvais.any():
                raise _erreur(colonne, _ligne(mauvais, premiere_ligne), f"unknown category ({variable.name})")
            return enum.encode(valeurs.astype(numpy.int16))
        textes = _textes(valeurs)
        textes = numpy.where(textes == "", variable.default_value.name, textes)
        uniques, inverse = numpy.unique(textes, return_inverse=True)
        inconnus = [nom for nom in uniques if nom not in noms]
        if inconnus:
            rang = _ligne(textes == inconnus[0], premiere_ligne)
            raise _erreur(
                colonne,
                rang,
                f"unknown category {str(inconnus[0])!r} for {variable.name}; expected one of: {', '.join(noms)}",
            )
        codes = numpy.array([noms.index(nom) for nom in uniques], dtype=numpy.int16)[inverse]
        return enum.encode(codes)
    if type_valeur.__name__ == "date":
        if valeurs.dtype.kind == "M":
            return valeurs.astype("datetime64[D]")
        textes = _textes(valeurs)
        textes = numpy.where(textes == "", str(variable.default_value), textes)
        try:
            return textes.astype("datetime64[D]")
        except ValueError:
            for rang, texte in enumerate(textes):
                try:
                    numpy.datetime64(texte, "D")
                except ValueError:
                    raise _erreur(
                        colonne, premiere_ligne + rang, f"{str(texte)!r} is not a date YYYY-MM-DD ({variable.name})"
                    ) from None
            raise
    if type_valeur in (float, int):
        nombres = _nombres(colonne, valeurs, premiere_ligne, variable)
        return nombres.astype(numpy.int32) if type_valeur is int else nombres.astype(numpy.float32)
    return _textes(valeurs)


def _variable_et_periode(tax_benefit_system, colonne: str):
    nom, _, periode = colonne.partition(SEPARATEUR_PERIODE)
    variable = tax_benefit_system.variables.get(nom)
    if variable is None:
        raise ErreurDonnees(f"Column '{colonne}': unknown variable '{nom}'")
    if variable.entity.key != "individu":
        raise ErreurDonnees(f"Column '{colonne}': '{nom}' is a {variable.entity.key} variable; give person inputs")
    eternelle = variable.definition_period == periods.DateUnit.ETERNITY
    if eternelle:
        return variable, periods.period(periods.DateUnit.ETERNITY)
    if not periode:
        raise ErreurDonnees(f"Column '{colonne}': '{nom}' is monthly; name the column '{nom}:YYYY-MM'")
    try:
        return variable, periods.period(periode)
    except ValueError:
        raise ErreurDonnees(
            f"Column '{colonne}': '{periode}' is not a period (YYYY-MM, YYYY, month:YYYY-MM:N)"
        ) from None


def verifier_colonnes(tax_benefit_system, colonnes: Iterable[str]) -> None:
    """Refuse a table without ``individu_id`` or with a column that is not a person input."""
    colonnes = list(colonnes)
    if COLONNE_INDIVIDU not in colonnes:
        raise ErreurDonnees(f"Column '{COLONNE_INDIVIDU}' is missing")
    vus = {}
    for colonne in colonnes:
        if colonne in vus:
            raise ErreurDonnees(f"Column '{colonne}' is given twice")
        vus[colonne] = True
    mois_par_variable = {}
    for colonne in colonnes:
        if colonne in COLONNES_STRUCTURE:
            continue
        variable, periode = _variable_et_periode(tax_benefit_system, colonne)
        if periode.unit == periods.DateUnit.ETERNITY:
            continue
        # Two columns of one variable on overlapping periods would be spread over each other.
        deja = mois_par_variable.setdefault(variable.name, {})
        for mois in periode.get_subperiods(periods.DateUnit.MONTH):
            if str(mois) in deja:
                raise ErreurDonnees(
                    f"Columns '{deja[str(mois)]}' and '{colonne}' both give '{variable.name}' for {mois}: "
                    "give each month once"
                )
            deja[str(mois)] = colonne


def _structure(table, premiere_ligne):
    """Households of the rows: index of each person's household and their role."""
    nombre = len(table[COLONNE_INDIVIDU])
    if COLONNE_ROLE in table:
        roles = _textes(table[COLONNE_ROLE])
        roles = numpy.where(roles == "", "demandeur", roles)
        inconnus = ~numpy.isin(roles, ROLES)
        if inconnus.any():
            rang = _ligne(inconnus, premiere_ligne)
            raise _erreur(
                COLONNE_ROLE, rang, f"unknown role {str(roles[inconnus][0])!r}; expected one of: {', '.join(ROLES)}"
            )
    else:
        roles = numpy.full(nombre, "demandeur")
    if COLONNE_FAMILLE in table:
        familles = numpy.asarray(table[COLONNE_FAMILLE])
        debut = numpy.ones(nombre, dtype=bool)
        debut[1:] = familles[1:] != familles[:-1]
        index_famille = numpy.cumsum(debut) - 1
        nombre_familles = int(index_famille[-1]) + 1 if nombre else 0
        premiers = familles[debut]
        if len(numpy.unique(premiers)) != len(premiers):
            _, premiere = numpy.unique(premiers, return_index=True)
            repetee = numpy.setdiff1d(numpy.arange(len(premiers)), premiere)[0]
            rang = premiere_ligne + int(numpy.flatnonzero(debut)[repetee])
            raise _erreur(
                COLONNE_FAMILLE,
                rang,
                f"household {str(premiers[repetee])!r} again: a household's rows must follow each other",
            )
    else:
        index_famille = numpy.arange(nombre)
        nombre_familles = nombre
    for role in ("demandeur", "conjoint"):
        comptes = numpy.bincount(index_famille[roles == role], minlength=nombre_familles)
        if (comptes > 1).any():
            famille = int(numpy.flatnonzero(comptes > 1)[0])
            rang = _ligne((index_famille == famille) & (roles == role), premiere_ligne)
            raise _erreur(COLONNE_ROLE, rang, f"a second {role} in the same household")
    return index_famille, nombre_familles, roles


def construire_simulation(tax_benefit_system, table: dict, premiere_ligne: int = 2):
    """A simulation of the people of ``table`` (columns as described in the module docstring).

    Built in a few numpy operations (no per-person Python loop): SimulationBuilder entity
    declarations, then one ``set_input`` per column.
    """
    verifier_colonnes(tax_benefit_system, table)
    index_famille, nombre_familles, roles = _structure(table, premiere_ligne)
    nombre = len(index_famille)

    builder = SimulationBuilder()
    builder.create_entities(tax_benefit_system)
    builder.declare_person_entity("individu", numpy.arange(nombre))
    familles = builder.declare_entity("famille", numpy.arange(nombre_familles))
    builder.join_with_persons(familles, index_famille, roles)
    simulation = builder.build(tax_benefit_system)

    for colonne, valeurs in table.items():
        if colonne in COLONNES_STRUCTURE:
            continue
        variable, periode = _variable_et_periode(tax_benefit_system, colonne)
        simulation.set_input(variable.name, periode, convertir_colonne(variable, colonne, valeurs, premiere_ligne))
    return simulation


def mois_calcules(premier_mois: str, nombre_mois: int) -> list[str]:
    debut = periods.period(premier_mois)
    return [str(debut.offset(rang, "month")) for rang in range(nombre_mois)]


def calculer(simulation, variables: Iterable[str], mois: Iterable[str]) -> dict[str, numpy.ndarray]:
    """``{"<variable>:<month>": values}`` for each variable over the months, in calendar order."""
    resultats = {}
    for nom in variables:
        for periode in mois:
            resultats[f"{nom}{SEPARATEUR_PERIODE}{periode}"] = simulation.calculate(nom, periode)
    return resultats


# --------------------------------------------------------------------------------------------
# Synthetic populations (benchmarks, tests)
# --------------------------------------------------------------------------------------------


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


def ecrire_csv(table: dict, chemin) -> None:
    """Write a table (e.g. a synthetic population) as a CSV file the command reads."""
    colonnes = list(table)
    with open(chemin, "w", newline="", encoding="utf-8") as fichier:
        ecrivain = csv.writer(fichier)
        ecrivain.writerow(colonnes)
        valeurs = []
        for nom in colonnes:
            colonne = numpy.asarray(table[nom])
            valeurs.append((colonne.astype(int) if colonne.dtype.kind == "b" else colonne).tolist())
        ecrivain.writerows(zip(*valeurs, strict=True))


# --------------------------------------------------------------------------------------------
# Reading files in chunks of whole households
# --------------------------------------------------------------------------------------------


class BlocCsv:
    """Lines of a CSV file (whole households), parsed where they are computed: in a worker."""

    def __init__(self, entete: list[str], lignes: list[str], premiere_ligne: int):
        self.entete = entete
        self.lignes = lignes
        self.premiere_ligne = premiere_ligne

    def __len__(self):
        return len(self.lignes)

    def table(self) -> dict:
        texte = "".join(self.lignes)
        try:
            # numpy's C parser: fast; empty cells and odd quoting fall back to the csv module.
            valeurs = numpy.loadtxt(io.StringIO(texte), delimiter=",", dtype=str, ndmin=2, quotechar='"', comments=None)
            if valeurs.shape[1] == len(self.entete) and not (valeurs == "").any():
                return {nom: valeurs[:, rang] for rang, nom in enumerate(self.entete)}
        except ValueError:
            pass
        lignes = list(csv.reader(io.StringIO(texte)))
        for rang, valeurs in enumerate(lignes):
            if len(valeurs) != len(self.entete):
                numero = self.premiere_ligne + rang
                raise ErreurDonnees(f"Line {numero}: {len(valeurs)} values for {len(self.entete)} columns")
        return _colonnes(self.entete, lignes)


def _colonnes(entete, lignes):
    # Column by column: each gets its own text width (a date 10 characters, an amount a few).
    return {
        nom: numpy.array(valeurs, dtype=str) for nom, valeurs in zip(entete, zip(*lignes, strict=True), strict=True)
    }


def _blocs_csv(chemin: Path, taille: int) -> Iterator[tuple[BlocCsv, int]]:
    """Chunks of lines of whole households (a household's rows must follow each other)."""
    with open(chemin, newline="", encoding="utf-8") as fichier:
        premiere = fichier.readline()
        if not premiere.strip():
            raise ErreurDonnees(f"{chemin}: empty file")
        entete = [nom.strip() for nom in next(csv.reader([premiere]))]
        doubles = sorted({nom for nom in entete if entete.count(nom) > 1})
        if doubles:
            raise ErreurDonnees(f"Column '{doubles[0]}' is given twice")
        rang_famille = entete.index(COLONNE_FAMILLE) if COLONNE_FAMILLE in entete else None

        def famille(ligne):
            valeurs = next(csv.reader([ligne]), [])
            return valeurs[rang_famille] if rang_famille is not None and rang_famille < len(valeurs) else None

        ligne, reste = 2, []
        while True:
            lignes = reste + [texte for texte in itertools.islice(fichier, taille) if texte.strip()]
            if not lignes:
                return
            fin = len(lignes) < taille + len(reste)
            reste = []
            if not fin and rang_famille is not None:
                derniere = famille(lignes[-1])
                coupure = len(lignes)
                while coupure > 0 and famille(lignes[coupure - 1]) == derniere:
                    coupure -= 1
                if coupure == 0:  # one household longer than a chunk: read on
                    reste = lignes
                    continue
                lignes, reste = lignes[:coupure], lignes[coupure:]
            yield BlocCsv(entete, lignes, ligne), ligne
            ligne += len(lignes)
            if fin:
                return


def _lots_csv(chemin: Path, taille: int) -> Iterator[tuple[dict, int]]:
    for bloc, ligne in _blocs_csv(chemin, taille):
        yield bloc.table(), ligne


def _lots_parquet(chemin: Path, taille: int) -> Iterator[tuple[dict, int]]:
    try:
        import pyarrow.parquet  # noqa: PLC0415 (optional dependency)
    except ImportError:
        raise ErreurDonnees("reading Parquet needs pyarrow: pip install pyarrow") from None
    ligne = 2
    for lot in pyarrow.parquet.ParquetFile(chemin).iter_batches(batch_size=taille):
        table = {nom: lot.column(rang).to_numpy(zero_copy_only=False) for rang, nom in enumerate(lot.schema.names)}
        yield table, ligne
        ligne += lot.num_rows


def lots_menages(lots: Iterable[tuple[dict, int]]) -> Iterator[tuple[dict, int]]:
    """Re-cut chunks so that no household straddles two of them (its rows must be contiguous)."""
    reste, ligne_reste = None, None
    # Households of the chunks already sent: one seen again is not contiguous (a few bytes a household).
    vues = set()

    def verifier(table, ligne):
        if COLONNE_FAMILLE not in table:
            return
        familles = table[COLONNE_FAMILLE]
        debut = numpy.ones(len(familles), dtype=bool)
        debut[1:] = familles[1:] != familles[:-1]
        for rang in numpy.flatnonzero(debut):
            if familles[rang] in vues:
                message = f"household {str(familles[rang])!r} again: a household's rows must follow each other"
                raise _erreur(COLONNE_FAMILLE, ligne + int(rang), message)
        vues.update(familles[debut].tolist())

    for lot, ligne_lot in lots:
        table, ligne = lot, ligne_lot
        if reste is not None:
            table = {nom: numpy.concatenate([reste[nom], valeurs]) for nom, valeurs in lot.items()}
            ligne = ligne_reste
        if COLONNE_FAMILLE not in table or len(table[COLONNE_INDIVIDU]) == 0:
            verifier(table, ligne)
            yield table, ligne
            reste = None
            continue
        familles = table[COLONNE_FAMILLE]
        dernier = familles[-1]
        coupure = len(familles)
        while coupure > 0 and familles[coupure - 1] == dernier:
            coupure -= 1
        if coupure == 0:
            reste, ligne_reste = table, ligne
            continue
        envoi = {nom: valeurs[:coupure] for nom, valeurs in table.items()}
        verifier(envoi, ligne)
        yield envoi, ligne
        reste = {nom: valeurs[coupure:] for nom, valeurs in table.items()}
        ligne_reste = ligne + coupure
    if reste is not None:
        verifier(reste, ligne_reste)
        yield reste, ligne_reste


def _est_parquet(chemin) -> bool:
    return Path(chemin).suffix.lower() in (".parquet", ".pq")


def lire_par_lots(chemin, taille: int = TAILLE_BLOC) -> Iterator[tuple[dict, int]]:
    """Chunks ``(table, line of its first row)`` of a CSV or Parquet file, in whole households."""
    chemin = Path(chemin)
    lecteur = _lots_parquet if _est_parquet(chemin) else _lots_csv
    return lots_menages(lecteur(chemin, taille))


def _sources(chemin, taille):
    """What the workers get: raw CSV lines (parsed in the worker) or Parquet tables."""
    if _est_parquet(chemin):
        return lots_menages(_lots_parquet(Path(chemin), taille))
    return _blocs_csv(Path(chemin), taille)


# --------------------------------------------------------------------------------------------
# Reforms and workers
# --------------------------------------------------------------------------------------------


def charger_reforme(nom: str):
    """A reform class: a name of ``openfisca_ass.reforms.REFORMES`` or ``module:Classe``."""
    if SEPARATEUR_PERIODE in nom:
        module, _, classe = nom.partition(SEPARATEUR_PERIODE)
        return getattr(importlib.import_module(module), classe)
    reformes = getattr(importlib.import_module("openfisca_ass.reforms"), "REFORMES", {})
    if nom not in reformes:
        connues = ", ".join(sorted(reformes)) or "none yet"
        raise ErreurDonnees(f"unknown reform '{nom}'; known reforms: {connues}")
    return reformes[nom]


_SYSTEMES: dict = {}


def _initialiser(reforme: str | None) -> None:
    from openfisca_ass import CountryTaxBenefitSystem  # noqa: PLC0415 (once per worker process)

    base = CountryTaxBenefitSystem()
    _SYSTEMES["base"] = base
    if reforme:
        _SYSTEMES["reforme"] = charger_reforme(reforme)(base)


def convertir_table(tax_benefit_system, table: dict, premiere_ligne: int = 2) -> dict:
    """The table with every input column typed and checked (to build several simulations from it)."""
    verifier_colonnes(tax_benefit_system, table)
    typee = {}
    for colonne, valeurs in table.items():
        if colonne in COLONNES_STRUCTURE:
            typee[colonne] = valeurs
        else:
            variable, _ = _variable_et_periode(tax_benefit_system, colonne)
            typee[colonne] = convertir_colonne(variable, colonne, valeurs, premiere_ligne)
    return typee


def _calculer_lot(table, ligne, variables, mois):
    """One chunk, in a worker: results as CSV text (formatted here, in parallel) and column totals."""
    if isinstance(table, BlocCsv):
        table = table.table()
    familles = None
    if COLONNE_FAMILLE in table:
        familles = table[COLONNE_FAMILLE]
        debut = numpy.ones(len(familles), dtype=bool)
        debut[1:] = familles[1:] != familles[:-1]
        familles = (familles[debut].tolist(), numpy.flatnonzero(debut).tolist())
    table = convertir_table(_SYSTEMES["base"], table, ligne)
    colonnes, totaux = [], {}
    for scenario in ("base", "reforme"):
        if scenario in _SYSTEMES:
            resultats = calculer(construire_simulation(_SYSTEMES[scenario], table, ligne), variables, mois)
            for colonne, resultat in resultats.items():
                valeurs = numpy.asarray(resultat, dtype=numpy.float64)
                totaux[(scenario, colonne)] = float(numpy.sum(valeurs))
                colonnes.append(numpy.round(valeurs, 2))
    tampon = io.StringIO()
    numpy.savetxt(tampon, numpy.column_stack(colonnes), fmt="%.12g", delimiter=",")
    ids = numpy.asarray(table[COLONNE_INDIVIDU]).astype(str)
    lignes = tampon.getvalue().splitlines()
    texte = "".join(f"{identifiant},{valeurs}\n" for identifiant, valeurs in zip(ids, lignes, strict=True))
    # A simulation is a web of reference cycles (populations, holders): free its arrays now, not
    # whenever the cyclic garbage collector runs, so that a worker's memory stays flat.
    del table, resultats
    gc.collect()
    return texte, len(ids), totaux, familles, ligne


def executer(  # noqa: PLR0913, PLR0917 (the options of the command)
    entree,
    sortie,
    variables: list[str],
    mois: list[str],
    reforme: str | None = None,
    processus: int = 2,
    taille_lot: int = TAILLE_BLOC,
) -> dict:
    """Compute a population file chunk by chunk; write one row per person; return the totals."""
    nom_reforme = reforme.rpartition(SEPARATEUR_PERIODE)[2] if reforme else None
    if reforme:
        charger_reforme(reforme)  # fail before starting the workers
    totaux = collections.defaultdict(float)
    en_cours = collections.deque()
    nombre = 0
    vues = set()  # households already written (a few bytes each): one seen again is not contiguous
    with open(sortie, "w", newline="", encoding="utf-8") as fichier:
        ecrivain = csv.writer(fichier)
        colonnes = [f"{nom}{SEPARATEUR_PERIODE}{periode}" for nom in variables for periode in mois]
        entete = [COLONNE_INDIVIDU, *colonnes]
        if reforme:
            entete += [f"{colonne}{SEPARATEUR_PERIODE}{nom_reforme}" for colonne in colonnes]
        ecrivain.writerow(entete)

        def ecrire(resultat):
            nonlocal nombre
            texte, nombre_lot, totaux_lot, familles, ligne = resultat
            if familles is not None:
                for famille, rang in zip(*familles, strict=True):
                    if famille in vues:
                        message = f"household {str(famille)!r} again: a household's rows must follow each other"
                        raise _erreur(COLONNE_FAMILLE, ligne + rang, message)
                vues.update(familles[0])
            fichier.write(texte)
            nombre += nombre_lot
            for cle, valeur in totaux_lot.items():
                totaux[cle] += valeur

        with ProcessPoolExecutor(max_workers=processus, initializer=_initialiser, initargs=(reforme,)) as pool:
            for table, ligne in _sources(entree, taille_lot):
                # Bounded work in flight: memory does not grow with the size of the file.
                en_cours.append(pool.submit(_calculer_lot, table, ligne, variables, mois))
                while len(en_cours) > 2 * processus:
                    ecrire(en_cours.popleft().result())
            while en_cours:
                ecrire(en_cours.popleft().result())
    resume = {"individus": nombre, "totaux": {}}
    for nom in variables:
        base = sum(totaux[("base", f"{nom}{SEPARATEUR_PERIODE}{periode}")] for periode in mois)
        ligne = {"base": base}
        if reforme:
            avec_reforme = sum(totaux[("reforme", f"{nom}{SEPARATEUR_PERIODE}{periode}")] for periode in mois)
            ligne.update(reforme=avec_reforme, cout=avec_reforme - base)
        resume["totaux"][nom] = ligne
    return resume


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m openfisca_ass.population", description=__doc__.split("\n")[0])
    parser.add_argument("entree", help="CSV (or Parquet, with pyarrow) file of people, one row per person")
    parser.add_argument("sortie", help="CSV file of results, one row per person")
    parser.add_argument("--variables", nargs="+", default=["ass", "are"], help="variables to compute")
    parser.add_argument("--mois", default="2025-01", help="first month computed (YYYY-MM)")
    parser.add_argument("--nombre-mois", type=int, default=12, help="number of consecutive months")
    parser.add_argument("--reforme", help="reform: a name of openfisca_ass.reforms.REFORMES, or module:Classe")
    parser.add_argument("--processus", type=int, default=2, help="worker processes (default 2)")
    parser.add_argument("--taille-lot", type=int, default=TAILLE_BLOC, help="people per chunk")
    arguments = parser.parse_args(argv)
    debut = time.perf_counter()
    try:
        mois = mois_calcules(arguments.mois, arguments.nombre_mois)
        resume = executer(
            arguments.entree,
            arguments.sortie,
            arguments.variables,
            mois,
            arguments.reforme,
            arguments.processus,
            arguments.taille_lot,
        )
    except ErreurDonnees as erreur:
        Path(arguments.sortie).unlink(missing_ok=True)  # no half-written results
        print(f"error: {erreur}", file=sys.stderr)
        return 2
    duree = time.perf_counter() - debut
    print(f"{resume['individus']} people x {len(mois)} months in {duree:.1f} s")
    for nom, ligne in resume["totaux"].items():
        texte = f"{nom}: total {ligne['base']:,.2f} EUR"
        if "cout" in ligne:
            texte += f"; with {arguments.reforme}: {ligne['reforme']:,.2f} EUR; cost {ligne['cout']:+,.2f} EUR"
        print(texte)
    return 0


if __name__ == "__main__":
    sys.exit(main())
