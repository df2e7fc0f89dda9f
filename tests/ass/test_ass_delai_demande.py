"""The R5423-12 deadline: its law value in the trace, and claim dates outside the calendar refused
with a message naming the field (a 400 in the web API, exit code 2 in the command line)."""

import pytest
from openfisca_core.errors import SituationParsingError
from openfisca_core.simulation_builder import SimulationBuilder

from openfisca_ass import CountryTaxBenefitSystem

SYSTEM = CountryTaxBenefitSystem()


def _build(individu: dict):
    return SimulationBuilder().build_from_entities(SYSTEM, {"individus": {"claude": individu}})


def test_the_deadline_is_in_the_trace_of_the_days_lost():
    simulation = _build(
        {
            "demandeur_emploi": {"2024-01": True},
            "ass_annees_activite_salariee": {"2024-01": 5},
            "ass_date_demande_paiement": {"ETERNITY": "2026-01-11"},
        }
    )
    simulation.trace = True
    simulation.calculate("ass", "2024-01")
    trace = simulation.tracer.get_serialized_flat_trace()
    assert "ass.delai_demande_paiement_annees<2024-01-01>" in trace["ass_jours_forclos<2024-01>"]["parameters"]
    assert "ass_jours_forclos<2024-01>" in trace["ass<2024-01>"]["dependencies"]


@pytest.mark.parametrize("bad_date", ["1899-12-31", "2101-01-01", "2026-02-29"])
def test_claim_date_outside_the_calendar_is_refused(bad_date):
    with pytest.raises(SituationParsingError) as error:
        _build({"ass_date_demande_paiement": {"ETERNITY": bad_date}})
    message = str(error.value.error if hasattr(error.value, "error") else error.value)
    assert "ass_date_demande_paiement" in message
    assert bad_date in message
