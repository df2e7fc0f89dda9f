"""Every reform is registered under its module's name and builds a tax-benefit system."""

import importlib

import pytest

from openfisca_ass import CountryTaxBenefitSystem
from openfisca_ass.reforms import REFORMES

SYSTEM = CountryTaxBenefitSystem()


def test_the_five_reforms_of_issue_5_are_registered():
    assert sorted(REFORMES) == [
        "abattement_bnc_modifie",
        "are_cumul_deduction_60",
        "ass_cumul_six_mois",
        "revalorisation_ass",
        "suppression_ass_nouveaux_entrants",
    ]


@pytest.mark.parametrize("name", sorted(REFORMES))
def test_reform_class_is_named_as_its_module(name):
    module = importlib.import_module(f"openfisca_ass.reforms.{name}")
    assert getattr(module, name) is REFORMES[name]
    reform = REFORMES[name](SYSTEM)
    assert reform.name
    assert reform.parameters is not SYSTEM.parameters


def test_reform_leaves_the_baseline_unchanged():
    REFORMES["revalorisation_ass"](SYSTEM)
    # 19.48 € from 2026-04-01 (décret n° 2026-219)
    assert SYSTEM.parameters("2026-06-01").ass.montant.taux_journalier == pytest.approx(19.48)
