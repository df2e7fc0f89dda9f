"""openfisca_ass.correctifs_core.acceleration: has_role and nb_persons remembered per role, same answers."""

import numpy
from openfisca_core.simulations import SimulationBuilder

from openfisca_ass.entities import Famille


def test_roles_memorises_et_copies(tax_benefit_system):
    situation = {
        "individus": {"a": {}, "b": {}, "c": {}, "d": {}},
        "familles": {"couple": {"parents": ["a", "b"], "enfants": ["c"]}, "seul": {"parents": ["d"]}},
    }
    simulation = SimulationBuilder().build_from_entities(tax_benefit_system, situation)
    individus = simulation.populations["individu"]
    familles = simulation.populations["famille"]
    for _ in range(2):
        parents = individus.has_role(Famille.PARENT)
        numpy.testing.assert_array_equal(parents, [True, True, False, True])
        numpy.testing.assert_array_equal(individus.has_role(Famille.ENFANT), [False, False, True, False])
        numpy.testing.assert_array_equal(individus.has_role(Famille.DEMANDEUR), [True, False, False, True])
        numpy.testing.assert_array_equal(familles.nb_persons(Famille.PARENT), [2, 1])
        numpy.testing.assert_array_equal(individus.famille.nb_persons(Famille.PARENT), [2, 2, 2, 1])
        # A caller changing the answer in place does not change the next one.
        parents[:] = False
    numpy.testing.assert_array_equal(familles.nb_persons(), [3, 1])
