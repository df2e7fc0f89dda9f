"""openfisca_ass.verification_situation as the command line and other callers use it (the web API's
classes of bad requests are tested against a real server in tests/web_api/test_requetes_hostiles.py)."""

import pytest
from openfisca_core import periods
from openfisca_core.errors import SituationParsingError
from openfisca_core.simulation_builder import SimulationBuilder

from openfisca_ass.verification_situation import LIMITES, Limites, SituationInvalide, verifier_situation


def test_limites_reglables_par_l_environnement():
    limites = Limites.depuis_environnement({"OPENFISCA_ASS_LIMITE_INDIVIDUS": "5", "AUTRE": "x"})
    assert limites.individus == 5
    assert limites.points_axes == Limites().points_axes
    with pytest.raises(ValueError, match="OPENFISCA_ASS_LIMITE_CALCULS"):
        Limites.depuis_environnement({"OPENFISCA_ASS_LIMITE_CALCULS": "beaucoup"})


def test_limites_propres_a_un_appelant(tax_benefit_system):
    situation = {"individus": {f"p{rang}": {} for rang in range(3)}}
    verifier_situation(tax_benefit_system, situation)
    with pytest.raises(SituationInvalide) as erreur:
        verifier_situation(tax_benefit_system, situation, Limites(individus=2))
    assert erreur.value.chemin == ["individus"]
    assert "3 personnes : au plus 2" in erreur.value.message
    # A SituationParsingError: core's web API and the command line already answer it.
    assert isinstance(erreur.value, SituationParsingError)
    assert erreur.value.error == {"individus": erreur.value.message}


def test_chemin_avec_une_annee_reste_un_objet(tax_benefit_system):
    # Core's dpath would make "2025" a list of 2 026 items.
    with pytest.raises(SituationInvalide) as erreur:
        verifier_situation(tax_benefit_system, {"individus": {"a": {"ass": {"2025": None}}}})
    assert list(erreur.value.error["individus"]["a"]["ass"]) == ["2025"]


def test_valeur_sans_periode_avec_periode_par_defaut(tax_benefit_system):
    # YAML tests give values without a period under `period:`: core's builder applies it.
    builder = SimulationBuilder()
    builder.set_default_period("2025-06")
    simulation = builder.build_from_entities(tax_benefit_system, {"individus": {"a": {"salaire_imposable": 1000}}})
    assert simulation.calculate("salaire_imposable", "2025-06")[0] == 1000
    with pytest.raises(SituationInvalide, match="période"):
        SimulationBuilder().build_from_entities(tax_benefit_system, {"individus": {"a": {"salaire_imposable": 1000}}})


def test_limites_par_defaut_decrites():
    description = LIMITES.description()
    assert f"au plus {LIMITES.individus} individus" in description
    assert f"{LIMITES.derniere_annee_calculee}-12" in description


def test_periodes_memorisees_identiques():
    # correctifs_core.acceleration remembers parsed periods, their text and their months: same results as core.
    assert periods.period("month:2024-06:12") == periods.Period(
        (periods.DateUnit.MONTH, periods.Instant((2024, 6, 1)), 12)
    )
    # Core writes 12 months from June as a year from June.
    assert str(periods.period("month:2024-06:12")) == "year:2024-06"
    assert str(periods.period("month:2024-06:3")) == "month:2024-06:3"
    mois = periods.period("2025").get_subperiods(periods.DateUnit.MONTH)
    assert [str(m) for m in mois] == [f"2025-{rang:02d}" for rang in range(1, 13)]
    mois.clear()  # a fresh list each time: the remembered one is not changed
    assert len(periods.period("2025").get_subperiods(periods.DateUnit.MONTH)) == 12
    with pytest.raises(ValueError):
        periods.period("2025-13")
