"""Speed-ups of openfisca-core 46.0.1 that change no result (imported by the package).

``Population.has_role`` and ``GroupPopulation.nb_persons(role)`` compare an array of Role objects
element by element in Python: about 4 ms per 100 000 people, several times for each month
computed. The roles of a simulation do not change once it is built, so each answer is computed
once per role and group population, and a copy is returned.
"""

import functools

from openfisca_core import periods, projectors
from openfisca_core.periods import Period
from openfisca_core.populations import GroupPopulation, Population

_has_role = Population.has_role
_nb_persons = GroupPopulation.nb_persons


def _memorise(groupe, attribut, role, calcul):
    """The answer of ``calcul`` for ``role``, computed once per role while ``groupe``'s roles stay."""
    roles = groupe.members_role
    memo = groupe.__dict__.get(attribut)
    if memo is None or memo[0] is not roles:
        memo = (roles, {})
        setattr(groupe, attribut, memo)
    cle = (role.entity.key, role.key)
    if cle not in memo[1]:
        memo[1][cle] = calcul()
    return memo[1][cle].copy()


@projectors.projectable
def _has_role_memorise(self, role):
    groupe = self.simulation.get_population(role.entity.plural) if self.simulation is not None else None
    if groupe is None:
        return _has_role(self, role)
    return _memorise(groupe, "_openfisca_ass_roles", role, lambda: _has_role(self, role))


def _nb_persons_memorise(self, role=None):
    if role is None:
        return _nb_persons(self, role)
    return _memorise(self, "_openfisca_ass_nb_persons", role, lambda: _nb_persons(self, role))


if not getattr(Population.has_role, "corrige_par_openfisca_ass", False):
    _has_role_memorise.corrige_par_openfisca_ass = True
    Population.has_role = _has_role_memorise

if not getattr(GroupPopulation.nb_persons, "corrige_par_openfisca_ass", False):
    _nb_persons_memorise.corrige_par_openfisca_ass = True
    if getattr(_nb_persons, "projectable", False):
        _nb_persons_memorise.projectable = True
    GroupPopulation.nb_persons = _nb_persons_memorise


# ``periods.period("2025-06")`` parses the text with pendulum and regular expressions (about
# 50 µs); building a simulation parses each period written in the situation several times (core's
# builder, its set_input, this package's checks): 55 parses a person, most of the time of a
# 1 000-person request. A period is an immutable tuple: the parse of each text is remembered.
# ``str(period)`` (about 10 µs, as often) likewise.
_PERIODES_MEMORISEES = 4096
_periode_generique = periods.period.dispatch(object)


@functools.lru_cache(maxsize=_PERIODES_MEMORISEES)
def _periode_texte(texte: str):
    return _periode_generique(texte)


_period_str = Period.__str__


@functools.lru_cache(maxsize=_PERIODES_MEMORISEES)
def _texte_periode(periode) -> str:
    return _period_str(periode)


def _period_str_memorise(self) -> str:
    return _texte_periode(self)


# ``Period.get_subperiods`` steps with pendulum, month after month (about 0.5 ms for 12 months):
# each person's multi-month input is split into its months (correctifs_core) and spread by core.
_get_subperiods = Period.get_subperiods


@functools.lru_cache(maxsize=_PERIODES_MEMORISEES)
def _sous_periodes(periode, unite) -> tuple:
    return tuple(_get_subperiods(periode, unite))


def _get_subperiods_memorise(self, unit):
    return list(_sous_periodes(self, unit))


if not getattr(periods.period.dispatch(str), "corrige_par_openfisca_ass", False):
    _periode_texte.corrige_par_openfisca_ass = True
    periods.period.register(str, _periode_texte)

if not getattr(Period.get_subperiods, "corrige_par_openfisca_ass", False):
    _get_subperiods_memorise.corrige_par_openfisca_ass = True
    Period.get_subperiods = _get_subperiods_memorise

if not getattr(Period.__str__, "corrige_par_openfisca_ass", False):
    _period_str_memorise.corrige_par_openfisca_ass = True
    Period.__str__ = _period_str_memorise
