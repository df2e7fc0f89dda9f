"""Bad input for the ATI: a clear error naming the variable, or a documented 0 when the law makes
the situation open no right yet."""

import pytest
from openfisca_core.errors import SituationParsingError
from openfisca_core.simulation_builder import SimulationBuilder

from openfisca_ass import CountryTaxBenefitSystem

SYSTEM = CountryTaxBenefitSystem()


def _build(individu: dict):
    return SimulationBuilder().build_from_entities(SYSTEM, {"individus": {"dominique": individu}})


def _message(error) -> str:
    return str(error.value.error if hasattr(error.value, "error") else error.value)


@pytest.mark.parametrize(
    "variable",
    ["ati_revenu_activite_derniere_annee", "ati_revenu_activite_avant_derniere_annee"],
)
def test_negative_income_is_refused(variable):
    with pytest.raises(SituationParsingError) as error:
        _build({variable: {"ETERNITY": -5000}})
    message = _message(error)
    assert variable in message
    assert "positif ou nul" in message


def test_negative_resources_are_refused():
    with pytest.raises(SituationParsingError) as error:
        _build({"ati_ressources_mensuelles": {"2025-06": -1}})
    assert "ati_ressources_mensuelles" in _message(error)


def test_unknown_event_is_refused_with_the_list_of_events():
    with pytest.raises(SituationParsingError) as error:
        _build({"ati_fait_generateur": {"ETERNITY": "faillite"}})
    message = _message(error)
    assert "ati_fait_generateur" in message
    assert "faillite" in message
    assert "liquidation_judiciaire" in message


@pytest.mark.parametrize(
    "variable", ["ati_date_fait_generateur", "ati_date_inscription", "ati_date_debut_activite", "ati_date_demande"]
)
def test_badly_formatted_date_is_refused(variable):
    with pytest.raises(SituationParsingError) as error:
        _build({variable: {"ETERNITY": "2025-31-12"}})
    message = _message(error)
    assert variable in message
    assert "AAAA-MM-JJ" in message


def test_event_after_the_month_computed_gives_no_ati():
    # Documented in ati_droit_ouvert: an event still to come opens no right in the month computed.
    simulation = _build(
        {
            "ati_fait_generateur": {"ETERNITY": "liquidation_judiciaire"},
            "ati_date_fait_generateur": {"ETERNITY": "2025-06-15"},
            "ati_date_inscription": {"ETERNITY": "2025-05-01"},
            "ati_date_debut_activite": {"ETERNITY": "2018-01-01"},
            "ati_revenu_activite_derniere_annee": {"ETERNITY": 12000},
            "demandeur_emploi": {"2025-05": True},
        }
    )
    assert not simulation.calculate("ati_eligibilite", "2025-05")[0]
    assert simulation.calculate("ati", "2025-05")[0] == 0


def test_registration_after_the_month_computed_gives_no_ati():
    simulation = _build(
        {
            "ati_fait_generateur": {"ETERNITY": "liquidation_judiciaire"},
            "ati_date_fait_generateur": {"ETERNITY": "2025-03-01"},
            "ati_date_inscription": {"ETERNITY": "2025-06-01"},
            "ati_date_debut_activite": {"ETERNITY": "2018-01-01"},
            "ati_revenu_activite_derniere_annee": {"ETERNITY": 12000},
            "demandeur_emploi": {"2025-05": True},
        }
    )
    assert simulation.calculate("ati", "2025-05")[0] == 0


def test_missing_inputs_give_no_ati_rather_than_a_crash():
    simulation = _build({})
    assert simulation.calculate("ati", "2025-06")[0] == 0
    assert not simulation.calculate("ati_eligibilite", "2025-06")[0]
