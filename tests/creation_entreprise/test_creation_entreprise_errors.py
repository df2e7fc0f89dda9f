"""Bad input for the resignation and option-right variables: a clear error naming the variable."""

import pytest
from openfisca_core.errors import SituationParsingError
from openfisca_core.simulation_builder import SimulationBuilder

from openfisca_ass import CountryTaxBenefitSystem

SYSTEM = CountryTaxBenefitSystem()


def _build(individu: dict):
    return SimulationBuilder().build_from_entities(SYSTEM, {"individus": {"alix": individu}})


def _message(error) -> str:
    return str(error.value.error if hasattr(error.value, "error") else error.value)


def test_negative_days_worked_are_refused():
    with pytest.raises(SituationParsingError) as error:
        _build({"demission_jours_travailles": {"ETERNITY": -10}})
    message = _message(error)
    assert "demission_jours_travailles" in message
    assert "négatif" in message


@pytest.mark.parametrize(
    "variable",
    [
        "droit_option_allocation_journaliere_ancien_droit",
        "droit_option_reliquat_ancien_droit",
        "droit_option_montant_nouveau_droit",
    ],
)
def test_negative_amount_is_refused(variable):
    with pytest.raises(SituationParsingError) as error:
        _build({variable: {"ETERNITY": -1}})
    assert variable in _message(error)


def test_badly_formatted_resignation_date_is_refused():
    with pytest.raises(SituationParsingError) as error:
        _build({"demission_date": {"ETERNITY": "fin mai"}})
    message = _message(error)
    assert "demission_date" in message
    assert "AAAA-MM-JJ" in message
