"""Building one simulation from a table of people given as columns (reading and checking each column).

A population is a table, one row per person, given as columns (a dict of numpy arrays):

- ``individu_id`` (required): the person's identifier;
- ``famille_id`` (optional): the household; the rows of a household must follow each other. Without
  it each person is a household of their own;
- ``role`` (optional): ``demandeur``, ``conjoint`` or ``enfant`` (default ``demandeur``);
- ``<variable>`` for a variable defined for ever (ETERNITY), e.g. ``date_naissance``;
- ``<variable>:<period>`` for a monthly input, e.g. ``salaire_imposable:2024-03``. The period is any
  OpenFisca period (``2024``, ``month:2024-01:24``): the variable's own ``set_input`` spreads it
  over the months (amounts divided, states copied).

An empty cell (or NaN) is the variable's default value for an input without formula; for a
variable that has a formula, the persons with a value take it and the others are computed. Bad
values (a negative amount, an unknown category, a bad date, text for a number or a boolean)
raise :class:`ErreurDonnees` naming the column and the line, in French (the users' language).
"""

from collections.abc import Iterable

import numpy
from openfisca_core import periods
from openfisca_core.indexed_enums import Enum
from openfisca_core.simulations import SimulationBuilder

from openfisca_ass.correctifs_core.entrees_partielles import definir_entree_partielle
from openfisca_ass.model_api import NombrePositif

COLONNE_INDIVIDU = "individu_id"
COLONNE_FAMILLE = "famille_id"
COLONNE_ROLE = "role"
COLONNES_STRUCTURE = (COLONNE_INDIVIDU, COLONNE_FAMILLE, COLONNE_ROLE)
ROLES = ("demandeur", "conjoint", "enfant")
SEPARATEUR_PERIODE = ":"

# Months a file or a command may give: the law's parameters start in 2015 and no future value is
# invented, so a month outside these years is a typo; beyond 9999 dates do not exist (``9999-12``
# used to crash core while it looked at the next month).
ANNEE_MINIMUM, ANNEE_MAXIMUM = 1900, 2100

_VRAI = {"true", "1", "1.0", "vrai", "oui", "yes"}
_FAUX = {"false", "0", "0.0", "faux", "non", "no"}


class ErreurDonnees(ValueError):  # noqa: N818 (French name, as the rest of the package)
    """A bad value in a population file: the message names the column and the line."""


def _ligne(indices, premiere_ligne: int) -> int:
    """Line of the file of the first offending row (line 1 is the header)."""
    return premiere_ligne + int(numpy.flatnonzero(indices)[0])


def _erreur(colonne: str, ligne: int, message: str) -> ErreurDonnees:
    return ErreurDonnees(f"colonne '{colonne}', ligne {ligne} : {message}")


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
                        colonne, premiere_ligne + rang, f"{str(texte)!r} n'est pas un nombre ({variable.name})"
                    ) from None
            raise
    non_finis = ~numpy.isfinite(nombres)
    if non_finis.any():
        raise _erreur(colonne, _ligne(non_finis, premiere_ligne), f"pas un nombre fini ({variable.name})")
    if isinstance(variable, NombrePositif) and (nombres < 0).any():
        negatifs = nombres < 0
        rang = _ligne(negatifs, premiere_ligne)
        valeur = nombres[negatifs][0]
        raise _erreur(colonne, rang, f"{valeur:g} est négatif ; {variable.name} attend zéro ou plus")
    if variable.value_type is int:
        non_entiers = nombres != numpy.floor(nombres)
        if non_entiers.any():
            raise _erreur(colonne, _ligne(non_entiers, premiere_ligne), f"pas un nombre entier ({variable.name})")
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
                raise _erreur(colonne, _ligne(mauvais, premiere_ligne), f"booléen attendu ({variable.name})")
            return valeurs.astype(bool)
        textes = numpy.char.lower(_textes(valeurs))
        vrai = numpy.isin(textes, list(_VRAI))
        connu = vrai | numpy.isin(textes, list(_FAUX)) | (textes == "")
        if not connu.all():
            rang = _ligne(~connu, premiere_ligne)
            texte = textes[~connu][0]
            raise _erreur(colonne, rang, f"{str(texte)!r} n'est pas un booléen (true ou false) ({variable.name})")
        return numpy.where(textes == "", bool(variable.default_value), vrai)
    if type_valeur is Enum:
        enum = variable.possible_values
        noms = [item.name for item in enum]
        if valeurs.dtype.kind in "iu":
            mauvais = (valeurs < 0) | (valeurs >= len(noms))
            if mauvais.any():
                raise _erreur(colonne, _ligne(mauvais, premiere_ligne), f"catégorie inconnue ({variable.name})")
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
                f"catégorie inconnue {str(inconnus[0])!r} pour {variable.name} ; attendu : {', '.join(noms)}",
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
                        colonne,
                        premiere_ligne + rang,
                        f"{str(texte)!r} n'est pas une date AAAA-MM-JJ ({variable.name})",
                    ) from None
            raise
    if type_valeur in (float, int):
        nombres = _nombres(colonne, valeurs, premiere_ligne, variable)
        return nombres.astype(numpy.int32) if type_valeur is int else nombres.astype(numpy.float32)
    return _textes(valeurs)


def dans_les_annees(periode) -> bool:
    """The period starts and ends within ANNEE_MINIMUM–ANNEE_MAXIMUM (computed without building its end date)."""
    debut = periode.start.year
    if periode.unit == periods.DateUnit.DAY:
        fin = debut + (periode.start.date.timetuple().tm_yday - 1 + periode.size) // 365
    else:
        fin = debut + (periode.start.month - 1 + periode.size_in_months - 1) // 12
    return ANNEE_MINIMUM <= debut <= fin <= ANNEE_MAXIMUM


def _variable_et_periode(tax_benefit_system, colonne: str):
    nom, _, periode = colonne.partition(SEPARATEUR_PERIODE)
    variable = tax_benefit_system.variables.get(nom)
    if variable is None:
        raise ErreurDonnees(f"colonne '{colonne}' : variable inconnue '{nom}'")
    if variable.entity.key != "individu":
        raise ErreurDonnees(
            f"colonne '{colonne}' : '{nom}' est une variable de {variable.entity.key} ; donnez des données d'individu"
        )
    eternelle = variable.definition_period == periods.DateUnit.ETERNITY
    if eternelle:
        return variable, periods.period(periods.DateUnit.ETERNITY)
    if not periode:
        raise ErreurDonnees(f"colonne '{colonne}' : '{nom}' est mensuelle ; nommez la colonne '{nom}:AAAA-MM'")
    try:
        lue = periods.period(periode)
    except ValueError:
        raise ErreurDonnees(
            f"colonne '{colonne}' : '{periode}' n'est pas une période (AAAA-MM, AAAA, month:AAAA-MM:N)"
        ) from None
    if not dans_les_annees(lue):
        raise ErreurDonnees(
            f"colonne '{colonne}' : période '{periode}' hors des années {ANNEE_MINIMUM} à {ANNEE_MAXIMUM}"
        )
    return variable, lue


def verifier_colonnes(tax_benefit_system, colonnes: Iterable[str]) -> None:
    """Refuse a table without ``individu_id`` or with a column that is not a person input."""
    colonnes = list(colonnes)
    if COLONNE_INDIVIDU not in colonnes:
        raise ErreurDonnees(f"colonne '{COLONNE_INDIVIDU}' absente")
    vus = {}
    for colonne in colonnes:
        if colonne in vus:
            raise ErreurDonnees(f"colonne '{colonne}' donnée deux fois")
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
                    f"les colonnes '{deja[str(mois)]}' et '{colonne}' donnent toutes deux '{variable.name}' "
                    f"pour {mois} : donnez chaque mois une fois"
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
                COLONNE_ROLE, rang, f"rôle inconnu {str(roles[inconnus][0])!r} ; attendu : {', '.join(ROLES)}"
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
                f"ménage {str(premiers[repetee])!r} de nouveau : les lignes d'un ménage doivent se suivre",
            )
    else:
        index_famille = numpy.arange(nombre)
        nombre_familles = nombre
    for role in ("demandeur", "conjoint"):
        comptes = numpy.bincount(index_famille[roles == role], minlength=nombre_familles)
        if (comptes > 1).any():
            famille = int(numpy.flatnonzero(comptes > 1)[0])
            rang = _ligne((index_famille == famille) & (roles == role), premiere_ligne)
            raise _erreur(COLONNE_ROLE, rang, f"un second {role} dans le même ménage")
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
        if not variable.formulas:
            simulation.set_input(variable.name, periode, convertir_colonne(variable, colonne, valeurs, premiere_ligne))
            continue
        # A variable that has a formula: the empty cells are computed (correctifs_core, patch 3).
        cellules = numpy.asarray(valeurs)
        vides = _cellules_vides(cellules)
        if vides.any() and cellules.dtype.kind == "f":
            cellules = numpy.where(vides, 0, cellules)
        donnees = convertir_colonne(variable, colonne, cellules, premiere_ligne)
        definir_entree_partielle(simulation, variable.name, periode, donnees, ~vides)
    return simulation


def _cellules_vides(valeurs: numpy.ndarray) -> numpy.ndarray:
    """Cells without a value: empty text, None or NaN."""
    if valeurs.dtype.kind == "f":
        return numpy.isnan(valeurs)
    if valeurs.dtype.kind in "OUS":
        vides = _textes(valeurs) == ""
        if valeurs.dtype.kind == "O":
            vides |= numpy.equal(valeurs, None)
        return vides
    return numpy.zeros(len(valeurs), dtype=bool)


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
