"""Bad input for the ASS: a clear error naming the variable and what is expected, never a crash."""

import pytest
from openfisca_core.errors import PeriodMismatchError, SituationParsingError
from openfisca_core.simulation_builder import SimulationBuilder

from openfisca_ass import CountryTaxBenefitSystem

SYSTEM = CountryTaxBenefitSystem()


def _build(individu: dict):
    return SimulationBuilder().build_from_entities(SYSTEM, {"individus": {"claude": individu}})


def _message(error) -> str:
    return str(error.value.error if hasattr(error.value, "error") else error.value)


@pytest.mark.parametrize(
    "variable",
    [
        "salaire_imposable",
        "pensions_alimentaires_percues",
        "chomage_imposable",
        "aah",
        "micro_entreprise_chiffre_affaires",
    ],
)
def test_negative_amount_is_refused(variable):
    with pytest.raises(SituationParsingError) as error:
        _build({variable: {"2025-06": -100}})
    message = _message(error)
    assert variable in message
    assert "-100" in message
    assert "positif ou nul" in message


@pytest.mark.parametrize("variable", ["ass_annees_activite_salariee", "nombre_enfants_eleves"])
def test_negative_count_is_refused(variable):
    with pytest.raises(SituationParsingError) as error:
        _build({variable: {"2025-06": -1}})
    assert variable in _message(error)
    assert "négatif" in _message(error)


def test_unknown_activity_category_is_refused():
    with pytest.raises(SituationParsingError) as error:
        _build({"micro_entreprise_activite": {"2025-06": "boulangerie"}})
    message = _message(error)
    assert "micro_entreprise_activite" in message
    assert "boulangerie" in message
    assert "vente_marchandises" in message


@pytest.mark.parametrize("bad_date", ["2025-13-01", "15/01/2025", "demain"])
def test_badly_formatted_date_is_refused(bad_date):
    with pytest.raises(SituationParsingError) as error:
        _build({"ass_date_demande": {"ETERNITY": bad_date}})
    message = _message(error)
    assert "ass_date_demande" in message
    assert "AAAA-MM-JJ" in message


def test_text_for_an_amount_is_refused():
    with pytest.raises(SituationParsingError) as error:
        _build({"salaire_imposable": {"2025-06": "beaucoup"}})
    assert "salaire_imposable" in _message(error)


def test_month_variable_given_for_a_year_without_spreading_rule_is_refused():
    # are_jours_restants is a stock at the start of a month: a yearly value has no meaning.
    with pytest.raises(SituationParsingError) as error:
        _build({"are_jours_restants": {"2025": 10}})
    assert "are_jours_restants" in _message(error)


def test_month_variable_asked_for_a_year_names_the_variable():
    simulation = _build({"demandeur_emploi": {"2025-06": True}})
    with pytest.raises((ValueError, PeriodMismatchError)) as error:
        simulation.calculate("ass", "2025")
    assert "ass" in str(error.value)


def test_missing_inputs_give_no_ass_rather_than_a_crash():
    simulation = _build({})
    assert simulation.calculate("ass", "2025-06")[0] == 0
