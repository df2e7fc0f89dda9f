"""Canaries: each bug of openfisca-core patched by openfisca_ass/correctifs_core is still in core.

Each test runs core as released (``sans_correctifs``) and asserts that the bug is still there.
When one fails, upstream has fixed that bug: remove the patch (and this canary), then run the
whole suite. Run them first on any new core version (``pytest tests/correctifs_core``).
"""

import pytest
from openfisca_core import periods
from openfisca_core.simulation_builder import SimulationBuilder
from openfisca_web_api import handlers

from openfisca_ass.correctifs_core.registre import sans_correctifs

SORTI_DE_CORE = "openfisca-core fixed it: remove the patch {} of openfisca_ass/correctifs_core and this canary"


def _construire(systeme, situation):
    return SimulationBuilder().build_from_entities(systeme, situation)


def test_canari_1_periode_non_normalisee(tax_benefit_system):
    situation = {
        "individus": {
            "a": {"pensions_alimentaires_percues": {"month:2024-07:12": 1200}},
            "b": {"pensions_alimentaires_percues": {"month:2024-07:12": 2400}},
        }
    }
    with sans_correctifs():
        valeurs = _construire(tax_benefit_system, situation).calculate("pensions_alimentaires_percues", "2024-09")
    # Fixed, it would be 1 200 ÷ 12 = 100 and 2 400 ÷ 12 = 200; core keeps the last person only.
    assert valeurs.tolist() != [100, 200], SORTI_DE_CORE.format("1 (periodes_entrees, get_input)")


def test_canari_2_mois_melanges_entre_personnes(tax_benefit_system):
    situation = {
        "individus": {
            "a": {"salaire_brut": {"2025-07": 600}},
            "b": {"salaire_brut": {"month:2024-04:18": 36900}},
        }
    }
    with sans_correctifs():
        valeurs = _construire(tax_benefit_system, situation).calculate("salaire_brut", "2025-06")
    # Fixed: a has nothing in June, b 36 900 ÷ 18 = 2 050 a month.
    assert valeurs.tolist() != [0, 2050], SORTI_DE_CORE.format("2 (periodes_entrees, build_from_entities)")


def test_canari_3_entree_partielle_remplacee_par_le_defaut(tax_benefit_system):
    situation = {
        "individus": {
            "alex": {"ass_annees_activite_salariee": {"2025-06": 5}},
            "sam": {"ass_precondition_remplie": {"2025-06": True}},
        }
    }
    with sans_correctifs():
        valeurs = _construire(tax_benefit_system, situation).calculate("ass_precondition_remplie", "2025-06")
    # Alex's formula gives true (5 years of the 5 required); core gives Alex the default, false.
    assert valeurs.tolist() == [False, True], SORTI_DE_CORE.format("3 (entrees_partielles)")


def test_canari_4_roles_compares_objet_par_objet(tax_benefit_system):
    situation = {"individus": {"a": {}, "b": {}}, "familles": {"f": {"parents": ["a", "b"]}}}
    with sans_correctifs():
        simulation = _construire(tax_benefit_system, situation)
    # has_role and nb_persons compare this array element by element in Python: slow at scale.
    # If core stores roles as integer codes, re-measure (benchmarks/populations.py) and drop 4.
    assert simulation.populations["famille"].members_role.dtype == object, SORTI_DE_CORE.format(
        "4 and 5 (acceleration)"
    )


def test_canari_5_periodes_analysees_a_chaque_appel():
    with sans_correctifs():
        periode = periods.period("2025-06")
        # Each call parses the text again and builds new objects (pendulum): slow at scale.
        assert periode is not periods.period("2025-06"), SORTI_DE_CORE.format("5 (acceleration, period)")
        texte = str(periode)
        assert str(periode) is not texte, SORTI_DE_CORE.format("5 (acceleration, Period.__str__)")
        premiers, seconds = periode.get_subperiods(periods.MONTH), periode.get_subperiods(periods.MONTH)
        assert premiers[0] is not seconds[0], SORTI_DE_CORE.format("5 (acceleration, get_subperiods)")


def test_canari_6_calculate_avec_axes(tax_benefit_system):
    situation = {
        "individus": {"claude": {"salaire_brut": {"2025-06": 0}, "ass": {"2025-06": None}}},
        "familles": {"f": {"parents": ["claude"]}},
        "axes": [[{"name": "salaire_brut", "count": 3, "min": 0, "max": 1000, "period": "2025-06"}]],
    }
    with sans_correctifs(), pytest.raises(Exception):  # noqa: B017, PT011 (any failure of core is the bug)
        handlers.calculate(tax_benefit_system, situation)


def test_canari_7_axes_sans_points(tax_benefit_system):
    situation = {
        "individus": {"a": {"salaire_brut": {"2025-01": 0}}},
        "familles": {"f": {"parents": ["a"]}},
        "axes": [[{"name": "salaire_brut", "count": 0, "min": 0, "max": 10, "period": "2025-01"}]],
    }
    # Core divides by the number of points: a crash (a 500 in the web API), not a SituationParsingError.
    with sans_correctifs(), pytest.raises(ZeroDivisionError):
        _construire(tax_benefit_system, situation)
