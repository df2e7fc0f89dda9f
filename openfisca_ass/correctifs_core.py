"""Work-arounds for bugs of openfisca-core 46.0.1 that would give silently wrong results.

Imported by the package, so that they apply wherever a situation is built: YAML tests, the web API,
the Python API.

1. ``SimulationBuilder.get_input`` looks the input buffer up with the period as written in the
   situation (``month:2024-07:12``) while ``add_variable_value`` stores it under the normalised
   period (``year:2024-07``). With the same variable given for several persons on such a period,
   each person starts a new array and only the last person's value survives. The fix looks the
   buffer up with the normalised period, as it is stored.
"""

from openfisca_core import periods
from openfisca_core.simulations.simulation_builder import SimulationBuilder

_get_input = SimulationBuilder.get_input


def _get_input_normalise(self, variable, period_str):
    try:
        period_str = str(periods.period(period_str))
    except ValueError:
        pass  # an invalid period is reported by the builder with the path of the input
    return _get_input(self, variable, period_str)


if not getattr(SimulationBuilder.get_input, "corrige_par_openfisca_ass", False):
    _get_input_normalise.corrige_par_openfisca_ass = True
    SimulationBuilder.get_input = _get_input_normalise
