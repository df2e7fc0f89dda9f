"""4 and 5. Speed-ups of openfisca-core 46.0.1 that change no result.

4. ``Population.has_role`` and ``GroupPopulation.nb_persons(role)`` compare an array of Role
   objects element by element in Python (``members_role`` is an object array): about 4 ms per
   100 000 people, several times for each month computed. The roles of a simulation do not change
   once it is built, so each answer is computed once per role and group population, and a copy is
   returned.
5. Periods: ``periods.period("2025-06")`` parses the text with pendulum and regular expressions
   (about 50 µs); building a simulation parses each period written in the situation several times
   (core's builder, its set_input, this package's checks): 55 parses a person, most of the time of
   a 1 000-person request. A period is an immutable tuple: the parse of each text is remembered;
   ``str(period)`` (about 10 µs, as often) and ``Period.get_subperiods`` (pendulum, month after
   month: about 0.5 ms for 12 months) likewise.
"""

import functools

from openfisca_core import periods, projectors
from openfisca_core.periods import Period
from openfisca_core.populations import GroupPopulation, Population

from openfisca_ass.correctifs_core.registre import enregistrer_pour_type, remplacer


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
    has_role = _has_role_memorise.__wrapped__
    groupe = self.simulation.get_population(role.entity.plural) if self.simulation is not None else None
    if groupe is None:
        return has_role(self, role)
    return _memorise(groupe, "_openfisca_ass_roles", role, lambda: has_role(self, role))


def _nb_persons_memorise(self, role=None):
    nb_persons = _nb_persons_memorise.__wrapped__
    if role is None:
        return nb_persons(self, role)
    return _memorise(self, "_openfisca_ass_nb_persons", role, lambda: nb_persons(self, role))


remplacer(Population, "has_role", _has_role_memorise)
if getattr(vars(GroupPopulation)["nb_persons"], "projectable", False):
    _nb_persons_memorise.projectable = True
remplacer(GroupPopulation, "nb_persons", _nb_persons_memorise)


_PERIODES_MEMORISEES = 4096


@functools.lru_cache(maxsize=_PERIODES_MEMORISEES)
def _periode_texte(texte: str):
    return _periode_texte_memorisee.__wrapped__(texte)


def _periode_texte_memorisee(texte: str):
    return _periode_texte(texte)


@functools.lru_cache(maxsize=_PERIODES_MEMORISEES)
def _texte_periode(periode) -> str:
    return _period_str_memorise.__wrapped__(periode)


def _period_str_memorise(self) -> str:
    return _texte_periode(self)


@functools.lru_cache(maxsize=_PERIODES_MEMORISEES)
def _sous_periodes(periode, unite) -> tuple:
    return tuple(_get_subperiods_memorise.__wrapped__(periode, unite))


def _get_subperiods_memorise(self, unit):
    return list(_sous_periodes(self, unit))


enregistrer_pour_type(periods.period, str, _periode_texte_memorisee)
remplacer(Period, "get_subperiods", _get_subperiods_memorise)
remplacer(Period, "__str__", _period_str_memorise)
