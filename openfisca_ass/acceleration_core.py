"""Speed-ups of openfisca-core 46.0.1 that change no result (imported by the package).

``Population.has_role`` and ``GroupPopulation.nb_persons(role)`` compare an array of Role objects
element by element in Python: about 4 ms per 100 000 people, several times for each month
computed. The roles of a simulation do not change once it is built, so each answer is computed
once per role and group population, and a copy is returned.
"""

from openfisca_core import projectors
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
