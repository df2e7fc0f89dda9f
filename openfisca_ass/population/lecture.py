"""Reading a population file in chunks of whole households (CSV, or Parquet with pyarrow), writing one.

A household's rows must follow each other: a chunk ends at a household's end, so that each chunk
is computed on its own simulation (memory stays flat as the file grows).
"""

import csv
import io
import itertools
from collections.abc import Iterable, Iterator
from pathlib import Path

import numpy

from openfisca_ass.population.construction import COLONNE_FAMILLE, COLONNE_INDIVIDU, ErreurDonnees, _erreur

# Persons per chunk: about 370 MB a worker for 12 months of ASS and ARE with a reform (1.3 GB
# with 50 000), at the same speed (measured 2026-11-29, README "A population file").
TAILLE_BLOC = 10_000


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
                raise ErreurDonnees(f"ligne {numero} : {len(valeurs)} valeurs pour {len(self.entete)} colonnes")
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
            raise ErreurDonnees(f"{chemin} : fichier vide")
        entete = [nom.strip() for nom in next(csv.reader([premiere]))]
        doubles = sorted({nom for nom in entete if entete.count(nom) > 1})
        if doubles:
            raise ErreurDonnees(f"colonne '{doubles[0]}' donnée deux fois")
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
        raise ErreurDonnees("lire un fichier Parquet demande pyarrow : pip install pyarrow") from None
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
                message = f"ménage {str(familles[rang])!r} de nouveau : les lignes d'un ménage doivent se suivre"
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
