"""The deductions on an allowance (openfisca_ass/retenues_sociales.py), by hand, and their invariants."""

import numpy
import pytest

from openfisca_ass.retenues_sociales import (
    csg_crds_journalieres,
    csg_deductible,
    participation_retraite_journaliere,
    seuil_smic_journalier,
)

ABATTEMENT = 0.0175
CSG_PLEIN = 0.062
CRDS = 0.005


@pytest.mark.parametrize(
    ("smic", "seuil"),
    [
        (9.43, 48),  # Unédic circular 2012-28: 9.43 × 35 ÷ 7 = 47.15 → 48
        (11.65, 59),  # 58.25 → 59
        (11.88, 60),  # 59.40 → 60
        (12.02, 61),  # 60.10 → 61
        (12.31, 62),  # 61.55 → 62
        (12.00, 60),  # 60.00 exactly stays 60
    ],
)
def test_seuil_smic_journalier(smic, seuil):
    assert seuil_smic_journalier(smic, 35) == seuil


def test_participation_limited_by_the_minimum():
    allocation = numpy.array([114.0, 33.31, 31.97, 30.0])
    sjr = numpy.array([200.0, 50.0, 45.0, 40.0])
    # 6.00 in full; 1.50 cut to 33.31 − 31.97 = 1.34; nothing at or below the minimum
    numpy.testing.assert_allclose(
        participation_retraite_journaliere(allocation, sjr, 0.03, 31.97), [6.0, 1.34, 0.0, 0.0], atol=1e-9
    )


def test_csg_crds_limited_by_the_threshold():
    base = numpy.array([108.0, 62.10, 35.55, 60.0])
    csg, crds, _ = csg_crds_journalieres(base, CSG_PLEIN, CRDS, ABATTEMENT, 60)
    # 108 × 0.9825 × 6.2 % = 6.58, × 0.5 % = 0.53; 62.10: CSG cut to 2.10, no CRDS; below or at 60: none
    numpy.testing.assert_allclose(csg, [6.58, 2.10, 0.0, 0.0], atol=1e-9)
    numpy.testing.assert_allclose(crds, [0.53, 0.0, 0.0, 0.0], atol=1e-9)


def test_csg_deductible_share():
    # full rate: 3.8 points of 106.11 = 4.03 of the 6.58; a CSG cut to 2.10 is deductible in full
    numpy.testing.assert_allclose(csg_deductible([6.58, 2.10], [106.11, 61.01325], 0.038), [4.03, 2.10], atol=1e-9)


@pytest.mark.parametrize("taux_csg", [0.0, 0.038, 0.062])
def test_net_between_zero_and_gross_and_zero_when_gross_is_zero(taux_csg):
    allocation = numpy.round(numpy.linspace(0, 300, 3001), 2)
    sjr = allocation / 0.57
    participation = participation_retraite_journaliere(allocation, sjr, 0.03, 31.97)
    base = allocation - participation
    crds_taux = 0.0 if taux_csg == 0 else CRDS
    csg, crds, _ = csg_crds_journalieres(base, taux_csg, crds_taux, ABATTEMENT, 60)
    net = allocation - participation - csg - crds
    assert (net >= -1e-9).all()
    assert (net <= allocation + 1e-9).all()
    assert net[0] == 0
    # the allowance never falls below the minimum through the participation, nor below the
    # threshold through the CSG and the CRDS
    assert (base >= numpy.minimum(allocation, 31.97) - 1e-9).all()
    assert (net >= numpy.minimum(base, 60) - 1e-9).all()
