"""Bad input for the artist-author variables: a clear error naming the variable and what is expected."""

import pytest
from openfisca_core.errors import SituationParsingError
from openfisca_core.simulation_builder import SimulationBuilder

from openfisca_ass import CountryTaxBenefitSystem

SYSTEM = CountryTaxBenefitSystem()


def _build(individu: dict):
    return SimulationBuilder().build_from_entities(SYSTEM, {"individus": {"camille": individu}})


def _message(error) -> str:
    return str(error.value.error if hasattr(error.value, "error") else error.value)


@pytest.mark.parametrize(
    "name",
    ["artiste_auteur_revenus", "artiste_auteur_revenus_accessoires", "artiste_auteur_frais_professionnels"],
)
def test_negative_amount_is_refused(name):
    with pytest.raises(SituationParsingError) as error:
        _build({name: {"2025-03": -100}})
    message = _message(error)
    assert name in message
    assert "positif ou nul" in message


def test_unknown_tax_regime_is_refused_with_the_list_of_regimes():
    with pytest.raises(SituationParsingError) as error:
        _build({"artiste_auteur_regime_fiscal": {"2025-03": "micro"}})
    message = _message(error)
    assert "artiste_auteur_regime_fiscal" in message
    assert "micro" in message
    assert "bnc_special" in message
    assert "traitements_salaires" in message


def test_text_for_affiliation_is_refused():
    with pytest.raises(SituationParsingError) as error:
        _build({"artiste_auteur_affilie": {"2025-03": "oui"}})
    assert "artiste_auteur_affilie" in _message(error)
