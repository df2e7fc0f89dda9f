"""Checks of a situation before OpenFisca builds it: every bad request named, every request bounded.

A situation is the web API's JSON (``/calculate``, ``/trace``), a command-line situation file or a
YAML test's input: entities (``individus``, ``familles``), inputs by period, ``null`` for the
values asked, optional ``axes``. Core 46 crashes (HTTP 500), loops for minutes or silently gives a
wrong answer on many bad situations; :func:`verifier_situation` refuses each with a
:class:`SituationInvalide` naming the field (its path), the value (cut when long) and what is
expected, in French (users read it).

It also bounds what one situation can make the model do (:class:`Limites`): persons, points of
the axes, values asked, months of inputs, the last year computed. Each limit is configurable
through an environment variable (``OPENFISCA_ASS_LIMITE_<NAME>``, read when the package is
imported) and stated in the README and the web API's ``/spec``.

Installed on import of the package around ``SimulationBuilder.build_from_entities``: every
situation is checked, in this package's web API, in the stock ``openfisca serve
--country-package openfisca_ass`` (core turns a SituationParsingError into a 400), in the command
line and in YAML tests. The values themselves (a negative amount, an unknown category, a bad
date) are checked by the variable types of :mod:`openfisca_ass.model_api`.
"""

import dataclasses
import datetime
import math
import os

from openfisca_core import errors, periods
from openfisca_core.indexed_enums import Enum
from openfisca_core.simulations.simulation_builder import SimulationBuilder

from openfisca_ass.correctifs_core.registre import remplacer
from openfisca_ass.model_api import DERNIERE_DATE, PREMIERE_DATE, extrait

AXES = "axes"
CLES_AXE = {"name", "count", "min", "max", "period", "index"}
PERIODES_ATTENDUES = (
    "une période : AAAA-MM (un mois), AAAA (une année civile), month:AAAA-MM:N (N mois à partir de AAAA-MM) "
    "ou ETERNITY (une donnée qui ne dépend pas du temps)"
)


@dataclasses.dataclass(frozen=True)
class Limites:
    """What one situation may ask: far above any household's case, far below what exhausts a server.

    Measured on the 2-core development machine (README, "Limits of one request").
    """

    # Persons given in the situation (a population goes to ``python -m openfisca_ass.population``).
    individus: int = 1_000
    # Points of the axes (the product of the counts of the perpendicular axes).
    points_axes: int = 1_000
    # Persons simulated: persons given × points of the axes.
    individus_simules: int = 10_000
    # Values asked (each null), and values answered: values asked × points of the axes.
    calculs: int = 1_000
    valeurs_calculees: int = 100_000
    # Months of inputs: each input counts the months it covers (a year counts 12) for each person.
    mois_donnes: int = 100_000
    # Distinct periods asked, and persons simulated × distinct periods asked: each month asked
    # costs the walk of the ARE and of the ASS cumul for every person.
    mois_demandes: int = 60
    individus_mois: int = 6_000
    # For /trace, whose answer holds every intermediate value of every person and month.
    individus_trace: int = 100
    individus_mois_trace: int = 1_200
    # Last year a value may be asked for: the months the ARE walk covers (from 2019-11, the first
    # month of its formula) stay bounded. The law's values after the last one known are kept as
    # they are (no future revaluation is invented): a far month means nothing more.
    derniere_annee_calculee: int = 2040
    # Nesting of the JSON: a situation needs 6 levels (situation, entity, person, variable, period, value).
    profondeur: int = 8

    @classmethod
    def depuis_environnement(cls, environnement=None) -> "Limites":
        """The limits, each overridden by ``OPENFISCA_ASS_LIMITE_<NAME>`` when set (a whole number)."""
        environnement = os.environ if environnement is None else environnement
        valeurs = {}
        for champ in dataclasses.fields(cls):
            nom = f"OPENFISCA_ASS_LIMITE_{champ.name.upper()}"
            if nom in environnement:
                try:
                    valeurs[champ.name] = int(environnement[nom])
                except ValueError as erreur:
                    message = f"{nom}={environnement[nom]!r} : un nombre entier est attendu."
                    raise ValueError(message) from erreur
        return cls(**valeurs)

    def description(self) -> str:
        """The limits in French, for the web API's /spec."""
        return (
            f"au plus {self.individus} individus ; au plus {self.points_axes} points d'axes ; au plus "
            f"{self.individus_simules} individus simulés (individus × points), {self.individus_trace} pour /trace ; "
            f"au plus {self.mois_demandes} périodes demandées distinctes et {self.individus_mois} individus × "
            f"périodes demandées ({self.individus_mois_trace} pour /trace) ; au plus {self.calculs} valeurs "
            f"demandées (null) et {self.valeurs_calculees} valeurs calculées (valeurs demandées × points) ; au "
            f"plus {self.mois_donnes} mois de données ; des mois demandés jusqu'à {self.derniere_annee_calculee}-12 ; "
            f"des dates et des périodes données de {PREMIERE_DATE.year} à {DERNIERE_DATE.year} ; une profondeur "
            f"JSON d'au plus {self.profondeur}"
        )


# The limits the check applies when given none. A caller with other needs (a command line run on
# the user's own machine) may replace it: ``verification_situation.LIMITES = Limites(...)``.
LIMITES = Limites.depuis_environnement()


class SituationInvalide(errors.SituationParsingError):
    """A situation refused by :func:`verifier_situation`: ``error`` holds the message at the path of the field."""

    def __init__(self, chemin, message: str) -> None:
        self.chemin = [str(element) for element in chemin] or ["error"]
        self.message = message
        super().__init__(self.chemin, message, code=400)
        # Nested by hand: core's dpath.new turns a segment such as "2024" into a list of 2 025 items.
        self.error = message
        for element in reversed(self.chemin):
            self.error = {element: self.error}
        Exception.__init__(self, str(self.error))


def verifier_situation(tax_benefit_system, situation, limites: Limites | None = None, periode_par_defaut=None):
    """Refuse (:class:`SituationInvalide`) a situation that core would crash on, loop on or misread.

    ``periode_par_defaut``: the period of values given without one (YAML tests' ``period``).
    """
    limites = limites or LIMITES
    if not isinstance(situation, dict):
        raise SituationInvalide(
            [], f'La situation doit être un objet JSON ({{"individus": {{…}}}}), pas {_type_json(situation)}.'
        )
    _verifier_profondeur(situation, limites.profondeur)
    verification = _Verification(tax_benefit_system, situation, limites, periode_par_defaut)
    verification.entites()
    verification.axes()
    return verification.totaux()


@dataclasses.dataclass(frozen=True)
class Demande:
    """What a valid situation asks: what its cost grows with."""

    individus_simules: int
    periodes_demandees: int


def _type_json(valeur) -> str:
    noms = {dict: "un objet", list: "une liste", str: "un texte", bool: "un booléen", type(None): "null"}
    for type_, nom in noms.items():
        if isinstance(valeur, type_):
            return nom
    return "un nombre" if isinstance(valeur, int | float) else type(valeur).__name__


def _verifier_profondeur(situation, profondeur_maximale: int):
    """Nesting beyond what a situation needs (core copies the situation recursively: 1 000 levels crash it)."""
    a_voir = [(situation, 1)]
    while a_voir:
        valeur, profondeur = a_voir.pop()
        if profondeur > profondeur_maximale:
            raise SituationInvalide(
                [], f"Le JSON est imbriqué sur plus de {profondeur_maximale} niveaux : ce n'est pas une situation."
            )
        enfants = valeur.values() if isinstance(valeur, dict) else valeur if isinstance(valeur, list) else ()
        a_voir.extend((enfant, profondeur + 1) for enfant in enfants if isinstance(enfant, dict | list))


def _periode(texte, chemin):
    """The period written ``texte``, or a SituationInvalide naming it."""
    if isinstance(texte, int) and not isinstance(texte, bool):
        texte = str(texte)  # a year written as a number in YAML
    if not isinstance(texte, str):
        raise SituationInvalide(chemin, f"Période invalide : {extrait(texte)}. Attendu : {PERIODES_ATTENDUES}.")
    try:
        return periods.period(texte)
    except ValueError:
        pass
    raise SituationInvalide(chemin, f"Période invalide : {extrait(texte)}. Attendu : {PERIODES_ATTENDUES}.")


def _dans_le_calendrier(periode, texte, chemin, derniere_annee: int):
    if periode.unit == periods.ETERNITY:
        return
    if periode.size < 1:
        raise SituationInvalide(chemin, f"Période invalide : {extrait(texte)}. Attendu : au moins un mois.")
    try:
        derniere = periode.stop.year
    except (ValueError, OverflowError):  # past year 9999
        derniere = math.inf
    if periode.start.year < PREMIERE_DATE.year or derniere > derniere_annee:
        raise SituationInvalide(
            chemin,
            f"Période hors du calendrier du modèle : {extrait(texte)}. Attendu : une période de "
            f"{PREMIERE_DATE.year} à {derniere_annee}.",
        )


class _Verification:
    def __init__(self, tax_benefit_system, situation, limites, periode_par_defaut):
        self.systeme = tax_benefit_system
        self.situation = situation
        self.limites = limites
        self.periode_par_defaut = periode_par_defaut
        self.entites_par_pluriel = {entite.plural: entite for entite in tax_benefit_system.entities}
        self.personnes = self.systeme.person_entity.plural
        self.calculs = 0
        self.mois_donnes = 0
        self.mois_demandes = set()

    # Entities and their inputs

    def entites(self):
        for cle in self.situation:
            if cle != AXES and cle not in self.entites_par_pluriel:
                attendus = ", ".join([*self.entites_par_pluriel, AXES])
                raise SituationInvalide([cle], f"Clé inconnue : {extrait(cle)}. Attendu : l'une des clés {attendus}.")
        individus = self.situation.get(self.personnes)
        if not isinstance(individus, dict) or not individus:
            raise SituationInvalide(
                [self.personnes],
                f"Au moins une personne est attendue : « {self.personnes} » est un objet "
                "{identifiant: {variable: {période: valeur}}}.",
            )
        if len(individus) > self.limites.individus:
            raise SituationInvalide(
                [self.personnes],
                f"{len(individus)} personnes : au plus {self.limites.individus} par situation (limite du serveur ; "
                "une population se calcule avec python -m openfisca_ass.population).",
            )
        for pluriel, entite in self.entites_par_pluriel.items():
            instances = self.situation.get(pluriel)
            if instances is None:
                continue
            if not isinstance(instances, dict):
                raise SituationInvalide(
                    [pluriel], f"« {pluriel} » doit être un objet {{identifiant: {{…}}}}, pas {_type_json(instances)}."
                )
            membres = {}
            for identifiant, instance in instances.items():
                self._instance(entite, identifiant, instance, membres)

    def _instance(self, entite, identifiant, instance, membres):
        pluriel = entite.plural
        self._identifiant(pluriel, identifiant)
        if not isinstance(instance, dict):
            raise SituationInvalide(
                [pluriel, identifiant],
                f"« {extrait(identifiant)} » doit être un objet {{variable: {{période: valeur}}}}, "
                f"pas {_type_json(instance)}.",
            )
        roles = {role.plural or role.key: role for role in getattr(entite, "roles", ())}
        for cle, valeurs in instance.items():
            if cle in roles:
                self._role(entite, identifiant, roles[cle], valeurs, membres)
            else:
                self._variable(entite, identifiant, cle, valeurs)
        if roles:
            premier = next(iter(roles))
            if not instance.get(premier):
                raise SituationInvalide(
                    [pluriel, identifiant, premier],
                    f"La {entite.key} {extrait(identifiant)} n'a aucun membre « {premier} » : le premier des "
                    f"{premier} est le demandeur, attendu : au moins une personne dans « {premier} ».",
                )

    def _identifiant(self, pluriel, identifiant):
        if not isinstance(identifiant, str) or identifiant == "" or "/" in identifiant:
            raise SituationInvalide(
                [pluriel],
                f"Identifiant invalide dans « {pluriel} » : {extrait(identifiant)}. Attendu : un texte non vide, "
                "sans « / ».",
            )

    def _role(self, entite, identifiant, role, valeurs, membres):  # noqa: PLR0913, PLR0917 (one role of one instance)
        individus = self.situation[self.personnes]
        cle = role.plural or role.key
        chemin = [entite.plural, identifiant, cle]
        if isinstance(valeurs, str):
            valeurs = [valeurs]
        if not isinstance(valeurs, list) or not all(isinstance(personne, str) for personne in valeurs):
            raise SituationInvalide(
                chemin,
                f"« {cle} » doit être une liste d'identifiants de personnes, pas {extrait(valeurs)}.",
            )
        if role.max is not None and len(valeurs) > role.max:
            raise SituationInvalide(
                chemin, f"{len(valeurs)} {cle} dans {extrait(identifiant)} : au plus {role.max} par {entite.key}."
            )
        for personne in valeurs:
            if personne not in individus:
                raise SituationInvalide(
                    chemin,
                    f"Personne inconnue dans « {cle} » : {extrait(personne)}. Attendu : l'identifiant d'une personne "
                    f"de « {self.personnes} ».",
                )
            if personne in membres:
                raise SituationInvalide(
                    chemin,
                    f"{extrait(personne)} est déjà membre de {extrait(membres[personne])} : une personne appartient "
                    f"à une seule {entite.key}.",
                )
            membres[personne] = identifiant

    def _variable(self, entite, identifiant, nom, valeurs):
        chemin = [entite.plural, identifiant, nom]
        variable = self.systeme.variables.get(nom)
        if variable is None:
            raise SituationInvalide(
                chemin,
                f"Variable inconnue : {extrait(nom)}. Attendu : une variable du modèle (liste : /variables).",
            )
        if variable.entity.key != entite.key:
            raise SituationInvalide(
                chemin,
                f"« {nom} » est une variable de l'entité {variable.entity.key} : elle se donne dans "
                f"« {variable.entity.plural} », pas dans « {entite.plural} ».",
            )
        if not isinstance(valeurs, dict):
            if self.periode_par_defaut is None:
                raise SituationInvalide(
                    chemin,
                    f'« {nom} » doit être un objet {{période: valeur}}, par exemple {{"2025-06": …}}, '
                    f"pas {extrait(valeurs)}.",
                )
            valeurs = {str(self.periode_par_defaut): valeurs}
        for texte, valeur in valeurs.items():
            periode = _periode(texte, [*chemin, texte])
            if valeur is None:
                self.calculs += 1
                self._periode_demandee(variable, periode, texte, [*chemin, texte])
            else:
                self.mois_donnes += self._periode_donnee(variable, periode, texte, [*chemin, texte])

    def _periode_demandee(self, variable, periode, texte, chemin):
        """A value asked: for the period of the variable (a month for a monthly variable)."""
        _dans_le_calendrier(periode, texte, chemin, self.limites.derniere_annee_calculee)
        unite = variable.definition_period
        if unite == periods.ETERNITY and periode.unit == periods.ETERNITY and variable.formulas:
            raise SituationInvalide(
                chemin,
                f"« {variable.name} » se calcule à une date : demandez-la pour un mois (AAAA-MM), pas pour "
                f"{extrait(texte)}.",
            )
        if unite == periods.ETERNITY:
            self.mois_demandes.add(str(periode))
            return
        self.mois_demandes.add(str(periode))
        if periode.unit != unite or periode.size != 1 or periode.start.day != 1:
            forme = "AAAA-MM (un mois)" if unite == periods.MONTH else "AAAA (une année)"
            raise SituationInvalide(
                chemin,
                f"« {variable.name} » se calcule par {_UNITES[unite]} : période {extrait(texte)} invalide. "
                f"Attendu : {forme}.",
            )

    def _periode_donnee(self, variable, periode, texte, chemin) -> int:
        """An input: for its period, or for several (a year, month:AAAA-MM:N) when it can be spread. Its months."""
        _dans_le_calendrier(periode, texte, chemin, DERNIERE_DATE.year)
        unite = variable.definition_period
        if unite == periods.ETERNITY:
            return 1
        etalable = getattr(variable.set_input, "__name__", None) in (
            "set_input_divide_by_period",
            "set_input_dispatch_by_period",
        )
        bonne_unite = periode.unit == unite or (etalable and periode.unit == periods.YEAR and unite == periods.MONTH)
        if periode.unit == periods.ETERNITY or not bonne_unite or periode.start.day != 1:
            forme = "AAAA-MM (un mois), AAAA ou month:AAAA-MM:N" if etalable else "AAAA-MM (un mois)"
            if unite == periods.YEAR:
                forme = "AAAA (une année)"
            raise SituationInvalide(
                chemin,
                f"« {variable.name} » se donne par {_UNITES[unite]} : période {extrait(texte)} invalide. "
                f"Attendu : {forme}.",
            )
        if not etalable and periode.size != 1:
            raise SituationInvalide(
                chemin,
                f"« {variable.name} » se donne mois par mois (c'est un état au début du mois, il ne se répartit "
                f"pas) : période {extrait(texte)} invalide. Attendu : AAAA-MM.",
            )
        return periode.size * (12 if periode.unit == periods.YEAR and unite == periods.MONTH else 1)

    # Axes

    def axes(self):
        axes = self.situation.get(AXES)
        if AXES not in self.situation:
            return
        exemple = '[[{"name": "salaire_imposable", "count": 11, "min": 0, "max": 2000, "period": "2025-06"}]]'
        if (
            not isinstance(axes, list)
            or not axes
            or not all(isinstance(dimension, list) and dimension for dimension in axes)
        ):
            raise SituationInvalide(
                [AXES],
                f"« axes » doit être une liste non vide de listes non vides d'axes, par exemple {exemple}, "
                f"pas {extrait(axes)}.",
            )
        for pluriel in self.entites_par_pluriel:
            if pluriel not in self.situation:
                raise SituationInvalide([pluriel], f"Avec des axes, chaque entité est donnée : « {pluriel} » manque.")
        self.points = 1
        for rang_dimension, dimension in enumerate(axes):
            premier = None
            for rang, axe in enumerate(dimension):
                chemin = [AXES, str(rang_dimension), str(rang)]
                variable, nombre = self._axe(axe, chemin, perpendiculaire=len(axes) > 1)
                if premier is None:
                    premier = (variable, nombre)
                    self.points *= nombre
                    if self.points > self.limites.points_axes:
                        raise SituationInvalide(
                            [*chemin, "count"],
                            f"{self.points} points d'axes : au plus {self.limites.points_axes} par situation "
                            "(limite du serveur).",
                        )
                elif nombre != premier[1] or variable.entity.key != premier[0].entity.key:
                    raise SituationInvalide(
                        chemin,
                        f"Les axes parallèles d'une même liste ont le même « count » ({premier[1]}) et des variables "
                        f"de la même entité ({premier[0].entity.key}).",
                    )

    def _axe(self, axe, chemin, perpendiculaire):
        if not isinstance(axe, dict):
            raise SituationInvalide(
                chemin, f"Un axe est un objet {{name, count, min, max, period}}, pas {extrait(axe)}."
            )
        inconnues = sorted(set(axe) - CLES_AXE, key=str)
        if inconnues:
            raise SituationInvalide(
                chemin, f"Clé d'axe inconnue : {extrait(inconnues[0])}. Attendu : {', '.join(sorted(CLES_AXE))}."
            )
        manquantes = sorted({"name", "count", "min", "max", "period"} - set(axe))
        if manquantes:
            raise SituationInvalide(chemin, f"« {manquantes[0]} » manque dans l'axe.")
        nom = axe["name"]
        variable = self.systeme.variables.get(nom) if isinstance(nom, str) else None
        if variable is None:
            raise SituationInvalide(
                [*chemin, "name"], f"Variable inconnue : {extrait(nom)}. Attendu : une variable du modèle."
            )
        if variable.value_type not in (int, float):
            raise SituationInvalide(
                [*chemin, "name"],
                f"Un axe fait varier un nombre : « {nom} » est {_NATURES.get(variable.value_type, 'autre chose')}.",
            )
        nombre = axe["count"]
        minimum = 2 if perpendiculaire else 1
        if isinstance(nombre, bool) or not isinstance(nombre, int) or nombre < minimum:
            raise SituationInvalide(
                [*chemin, "count"],
                f"« count » invalide : {extrait(nombre)}. Attendu : un nombre entier de points, au moins {minimum}.",
            )
        for borne in ("min", "max"):
            try:
                variable.check_set_value(axe[borne])
            except ValueError as erreur:
                raise SituationInvalide([*chemin, borne], f"« {borne} » de l'axe : {erreur}") from erreur
        if variable.value_type is int and nombre > 1 and (axe["max"] - axe["min"]) % (nombre - 1):
            raise SituationInvalide(
                [*chemin, "count"],
                f"« {nom} » est un nombre entier : de {axe['min']} à {axe['max']} en {nombre} points, les pas ne sont "
                "pas entiers. Attendu : max − min divisible par count − 1.",
            )
        texte = axe["period"]
        periode = _periode(texte, [*chemin, "period"])
        self._periode_donnee(variable, periode, texte, [*chemin, "period"])
        index = axe.get("index", 0)
        instances = len(self.situation.get(variable.entity.plural) or {})
        if isinstance(index, bool) or not isinstance(index, int) or not 0 <= index < instances:
            raise SituationInvalide(
                [*chemin, "index"],
                f"« index » invalide : {extrait(index)}. Attendu : le rang (à partir de 0) d'une des {instances} "
                f"entités « {variable.entity.plural} » de la situation.",
            )
        return variable, nombre

    # What the whole situation asks

    def totaux(self):
        points = getattr(self, "points", 1)
        personnes = len(self.situation[self.personnes])
        bornes = [
            (personnes * points, self.limites.individus_simules, "individus simulés (personnes × points des axes)"),
            (self.calculs, self.limites.calculs, "valeurs demandées (null)"),
            (self.calculs * points, self.limites.valeurs_calculees, "valeurs calculées (demandées × points des axes)"),
            (self.mois_donnes, self.limites.mois_donnes, "mois de données (chaque donnée compte ses mois)"),
            (len(self.mois_demandes), self.limites.mois_demandes, "périodes demandées distinctes"),
            (
                personnes * points * len(self.mois_demandes),
                self.limites.individus_mois,
                "individus simulés × périodes demandées",
            ),
        ]
        for valeur, limite, quoi in bornes:
            if valeur > limite:
                raise SituationInvalide([], f"{valeur} {quoi} : au plus {limite} par situation (limite du serveur).")
        return Demande(personnes * points, len(self.mois_demandes))


_UNITES = {periods.MONTH: "mois", periods.YEAR: "année"}
_NATURES = {bool: "un booléen", Enum: "une catégorie", str: "un texte", datetime.date: "une date"}


def _build_from_entities_verifiee(self, tax_benefit_system, input_dict):
    verifier_situation(tax_benefit_system, input_dict, periode_par_defaut=self.default_period)
    return _build_from_entities_verifiee.__wrapped__(self, tax_benefit_system, input_dict)


# Recorded with the framework patches (openfisca_ass/correctifs_core, patch 7): by identity, once.
remplacer(SimulationBuilder, "build_from_entities", _build_from_entities_verifiee)


__all__ = ["LIMITES", "Demande", "Limites", "SituationInvalide", "verifier_situation"]
