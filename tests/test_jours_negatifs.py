"""A number of days given as input is never negative: -5 days lost to a late claim (ass_jours_forclos)
or paid (are_jours_indemnisables) would add 5 days to the month. Every variable whose unit is the day
refuses it, with a message naming the field and the value (a 400 in the web API)."""

import json
import urllib.error
import urllib.request

import pytest
from openfisca_core.errors import SituationParsingError
from openfisca_core.periods import ETERNITY
from openfisca_core.simulation_builder import SimulationBuilder

from openfisca_ass import CountryTaxBenefitSystem

SYSTEM = CountryTaxBenefitSystem()
VARIABLES_EN_JOURS = sorted(nom for nom, variable in SYSTEM.variables.items() if variable.unit == "day")


def _periode(nom):
    periode = SYSTEM.variables[nom].definition_period
    return "ETERNITY" if periode == ETERNITY else {"month": "2025-06", "year": "2025"}[periode]


def test_the_day_variables_are_found():
    assert {"ass_jours_forclos", "are_jours_indemnisables", "are_jours_avance_recuperes"} <= set(VARIABLES_EN_JOURS)


@pytest.mark.parametrize("nom", VARIABLES_EN_JOURS)
def test_negative_days_are_refused(nom):
    with pytest.raises(SituationParsingError) as erreur:
        SimulationBuilder().build_from_entities(SYSTEM, {"individus": {"claude": {nom: {_periode(nom): -5}}}})
    message = json.dumps(erreur.value.error, ensure_ascii=False)
    assert nom in message
    assert "-5" in message
    assert "négatif" in message


@pytest.mark.parametrize("nom", ["ass_jours_forclos", "are_jours_indemnisables"])
def test_zero_days_are_accepted(nom):
    simulation = SimulationBuilder().build_from_entities(SYSTEM, {"individus": {"claude": {nom: {"2025-06": 0}}}})
    assert simulation.calculate(nom, "2025-06")[0] == 0


def test_negative_days_are_a_400_of_the_server(server):
    situation = {"individus": {"claude": {"ass_jours_forclos": {"2025-06": -5}, "ass": {"2025-06": None}}}}
    requete = urllib.request.Request(
        server + "/calculate", data=json.dumps(situation).encode(), headers={"Content-Type": "application/json"}
    )
    with pytest.raises(urllib.error.HTTPError) as erreur:
        urllib.request.urlopen(requete, timeout=30)
    assert erreur.value.code == 400
    corps = erreur.value.read().decode()
    assert "ass_jours_forclos" in corps
    assert "négatif" in corps
