"""Bad input for the micro-enterprise variables: a clear error naming the variable, or a
documented result when the law makes the input meaningless rather than wrong."""

import pytest
from openfisca_core.errors import SituationParsingError
from openfisca_core.simulation_builder import SimulationBuilder

from openfisca_ass import CountryTaxBenefitSystem

SYSTEM = CountryTaxBenefitSystem()


def _build(individu: dict):
    return SimulationBuilder().build_from_entities(SYSTEM, {"individus": {"camille": individu}})


def _message(error) -> str:
    return str(error.value.error if hasattr(error.value, "error") else error.value)


def test_negative_turnover_is_refused():
    with pytest.raises(SituationParsingError) as error:
        _build({"micro_entreprise_chiffre_affaires": {"2026-01": -1000}})
    message = _message(error)
    assert "micro_entreprise_chiffre_affaires" in message
    assert "positif ou nul" in message


def test_negative_yearly_turnover_is_refused():
    with pytest.raises(SituationParsingError) as error:
        _build({"micro_entreprise_chiffre_affaires": {"2025": -12000}})
    assert "micro_entreprise_chiffre_affaires" in _message(error)


def test_unknown_category_is_refused_with_the_list_of_categories():
    with pytest.raises(SituationParsingError) as error:
        _build({"micro_entreprise_activite": {"2026-01": "cipav"}})
    message = _message(error)
    assert "micro_entreprise_activite" in message
    assert "cipav" in message
    assert "prestations_services_bnc" in message


@pytest.mark.parametrize("bad_date", ["2025-02-30", "10/02/2025", "bientôt"])
def test_badly_formatted_creation_date_is_refused(bad_date):
    with pytest.raises(SituationParsingError) as error:
        _build({"micro_entreprise_date_creation": {"ETERNITY": bad_date}})
    message = _message(error)
    assert "micro_entreprise_date_creation" in message
    assert "AAAA-MM-JJ" in message


@pytest.mark.parametrize(
    "variable",
    [
        "micro_entreprise_acre",
        "micro_entreprise_acre_public_prioritaire",
    ],
)
def test_text_for_a_boolean_is_refused(variable):
    with pytest.raises(SituationParsingError) as error:
        _build({variable: {"ETERNITY": "oui"}})
    assert variable in _message(error)


def test_creation_date_after_the_month_gives_no_acre_and_the_normal_rate():
    # Documented modelling choice (micro_entreprise_acre_part_taux_paye): a month before the start
    # of the activity is not in the ACRE period; the turnover given there pays the normal rate.
    simulation = _build(
        {
            "micro_entreprise_chiffre_affaires": {"2025-01": 1000},
            "micro_entreprise_activite": {"2025-01": "prestations_services_bnc"},
            "micro_entreprise_date_creation": {"ETERNITY": "2025-02-10"},
            "micro_entreprise_acre": {"ETERNITY": True},
            "micro_entreprise_acre_public_prioritaire": {"ETERNITY": True},
        }
    )
    assert simulation.calculate("micro_entreprise_acre_part_taux_paye", "2025-01")[0] == 1
    # 1 000 × 0.246 = 246.00
    assert simulation.calculate("micro_entreprise_cotisations_sociales", "2025-01")[0] == pytest.approx(246, abs=0.005)


def test_yearly_variable_asked_for_a_month_names_the_variable():
    simulation = _build({})
    with pytest.raises(ValueError, match="micro_entreprise_revenu_imposable_annuel"):
        simulation.calculate("micro_entreprise_revenu_imposable_annuel", "2025-06")


def test_missing_inputs_give_zero_rather_than_a_crash():
    simulation = _build({})
    assert simulation.calculate("micro_entreprise_cotisations_sociales", "2026-01")[0] == 0
    assert simulation.calculate("micro_entreprise_revenu_imposable_annuel", "2025")[0] == 0
