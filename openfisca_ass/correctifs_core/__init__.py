"""Patches of openfisca-core 46.0.1, fenced here: framework debts, not law.

Imported by the package, so that they apply wherever a simulation is built: YAML tests, the web
API (ours and the stock ``openfisca serve``), the command line, the population runner, the Python
API. Each one is recorded by ``registre.remplacer`` with core's own function (identity, not
names), and has a canary in ``tests/correctifs_core/`` that fails once upstream fixes the bug.

1. periodes_entrees — SimulationBuilder.get_input: an input period written ``month:2024-07:12``
   is looked up unnormalised, so several persons' values overwrite each other.
2. periodes_entrees — SimulationBuilder.build_from_entities: a multi-month input is spread over
   the months empty *for anybody*, so one person's months mix with another's.
3. entrees_partielles — SimulationBuilder.add_variable_value, .finalize_variables_init and
   Simulation._calculate: a variable that has a formula, given for some persons only, gives the
   others the default instead of their formula's result.
4. acceleration — Population.has_role, GroupPopulation.nb_persons: roles compared object by
   object at each call (speed only).
5. acceleration — periods.period (for a text), Period.__str__, Period.get_subperiods: parsed and
   built again with pendulum at each call (speed only).
6. api_web — openfisca_web_api.handlers.calculate: ``/calculate`` with ``axes`` answers 500 (the
   person ids are renamed by the axes).
7. openfisca_ass.verification_situation (installed there, recorded here) —
   SimulationBuilder.build_from_entities again: core crashes (500), loops or answers wrong on many
   bad situations (axes of 0 points, far periods...); every situation is checked first.

``version.verifier_version`` refuses another major version of core and warns on another 46.x.
"""

from openfisca_ass.correctifs_core import acceleration, entrees_partielles, periodes_entrees, registre, version

version.verifier_version()

try:
    from openfisca_ass.correctifs_core import api_web
except ImportError:  # core installed without its [web-api] extra: no web API to patch
    api_web = None

__all__ = ["acceleration", "api_web", "entrees_partielles", "periodes_entrees", "registre", "version"]
