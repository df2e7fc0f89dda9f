"""Bad ARE / ARCE input is refused with an error naming the variable."""

import pytest
from openfisca_core.errors import SituationParsingError
from openfisca_core.simulation_builder import SimulationBuilder

from openfisca_ass import CountryTaxBenefitSystem

SYSTEM = CountryTaxBenefitSystem()


def _simulation(individu):
    return SimulationBuilder().build_from_entities(SYSTEM, {"individus": {"marie": individu}})


@pytest.mark.parametrize(
    ("variable", "value"),
    [
        ("are_salaire_journalier_reference", {"2025-10": -55.44}),
        ("micro_entreprise_chiffre_affaires", {"2025-10": -1500}),
        ("are_jours_restants", {"2025-10": -3}),
        ("are_salaire_reference", {"ETERNITY": -40530}),
        ("are_jours_periode_reference", {"ETERNITY": -731}),
        ("micro_entreprise_activite", {"2025-10": "location_de_bateaux"}),
        ("are_date_fin_contrat", {"ETERNITY": "2025-02-30"}),
        ("arce_demandee", {"ETERNITY": "peut-etre"}),
        ("are_residence_outre_mer", {"ETERNITY": "guadeloupe"}),
    ],
)
def test_bad_input_names_the_variable(variable, value):
    with pytest.raises((SituationParsingError, ValueError)) as error:
        _simulation({variable: value})
    assert variable in str(error.value)


def test_end_of_contract_after_the_month_computed():
    simulation = _simulation(
        {
            "are_date_fin_contrat": {"ETERNITY": "2025-12-31"},
            "are_jours_restants": {"2025-10": 100},
            "are_salaire_journalier_reference": {"2025-10": 55.44},
            "demandeur_emploi": {"2025-10": True},
        }
    )
    with pytest.raises(ValueError, match="are_date_fin_contrat"):
        simulation.calculate("are", "2025-10")


def test_end_of_contract_after_the_month_without_right_is_no_error():
    simulation = _simulation(
        {"are_date_fin_contrat": {"ETERNITY": "2025-12-31"}, "demandeur_emploi": {"2025-10": True}}
    )
    assert simulation.calculate("are", "2025-10")[0] == 0
