"""Regression tests of the openfisca-core work-arounds (openfisca_ass/correctifs_core.py)."""

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
