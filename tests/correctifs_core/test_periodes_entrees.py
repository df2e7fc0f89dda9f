"""Patches 1 and 2 (openfisca_ass/correctifs_core/periodes_entrees.py): inputs on long periods."""

import pytest
from openfisca_core.simulation_builder import SimulationBuilder

from openfisca_ass import CountryTaxBenefitSystem

SYSTEM = CountryTaxBenefitSystem()


def test_same_multi_month_period_for_several_persons_keeps_each_value():
    situation = {
        "individus": {
            "a": {"pensions_alimentaires_percues": {"month:2024-07:12": 1200}},
            "b": {"pensions_alimentaires_percues": {"month:2024-07:12": 2400}},
            "c": {"pensions_alimentaires_percues": {"month:2024-07:12": 3600}},
        }
    }
    simulation = SimulationBuilder().build_from_entities(SYSTEM, situation)
    # 1 200, 2 400 and 3 600 spread over 12 months: 100, 200 and 300 a month
    assert simulation.calculate("pensions_alimentaires_percues", "2024-09").tolist() == [100, 200, 300]


def test_input_variable_given_for_some_persons_only_is_fine():
    situation = {"individus": {"alex": {}, "sam": {"salaire_brut": {"2025-06": 1000}}}}
    simulation = SimulationBuilder().build_from_entities(SYSTEM, situation)
    assert simulation.calculate("salaire_brut", "2025-06").tolist() == [0, 1000]


def test_one_month_for_one_person_and_a_longer_period_for_another():
    situation = {
        "individus": {
            "a": {"salaire_brut": {"2025-07": 600}},
            "b": {"salaire_brut": {"month:2024-04:18": 36900}},
        }
    }
    simulation = SimulationBuilder().build_from_entities(SYSTEM, situation)
    # a: 600 in July 2025 only ; b: 36 900 ÷ 18 = 2 050 each month from April 2024 to September 2025
    assert simulation.calculate("salaire_brut", "2025-07").tolist() == [600, 2050]
    assert simulation.calculate("salaire_brut", "2025-06").tolist() == [0, 2050]
    assert simulation.calculate("salaire_brut", "2024-04").tolist() == [0, 2050]
    assert simulation.calculate("salaire_brut", "2025-10").tolist() == [0, 0]


def test_a_year_and_one_of_its_months_for_the_same_person_keep_core_rule():
    situation = {"individus": {"a": {"salaire_brut": {"2025": 12000, "2025-03": 3000}}}}
    simulation = SimulationBuilder().build_from_entities(SYSTEM, situation)
    # March 3 000 ; the other 11 months share the rest: (12 000 − 3 000) ÷ 11 = 818.18
    assert simulation.calculate("salaire_brut", "2025-03")[0] == pytest.approx(3000)
    assert simulation.calculate("salaire_brut", "2025-04")[0] == pytest.approx(818.18, abs=0.01)
