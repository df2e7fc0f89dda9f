"""ParametresAuxDates: the value of a parameter at each person's event date, read through ``parameters``."""

from types import SimpleNamespace

import numpy
import pytest
from openfisca_core.parameters import ParameterNode

from openfisca_ass.parametres_aux_dates import ParametresAuxDates

# A small tree: a rate changing on 2020-01-01 and 2023-07-01, a flag starting on 2021-01-01.
ARBRE = ParameterNode(
    "",
    data={
        "regime": {
            "taux": {"values": {"2020-01-01": 0.45, "2023-07-01": 0.6}},
            "ouvert": {"values": {"2021-01-01": True}},
            "jours": {"values": {"2020-01-01": 182}},
        }
    },
)


def _lecteur(dates):
    """A ParametresAuxDates over ARBRE, and the list of the dates ``parameters`` was called with."""
    appels = []

    def parameters(jour):
        appels.append(jour)
        return ARBRE.get_at_instant(jour)

    population = SimpleNamespace(simulation=SimpleNamespace(tax_benefit_system=SimpleNamespace(parameters=ARBRE)))
    return ParametresAuxDates(population, parameters, numpy.array(dates, dtype="datetime64[D]")), appels


def test_value_in_force_at_each_date():
    loi, _ = _lecteur(["2020-01-01", "2023-06-30", "2023-07-01", "2026-02-28"])
    valeurs, en_vigueur = loi("regime.taux")
    # 0.45 from 2020-01-01 up to 2023-06-30, 0.6 from 2023-07-01
    assert valeurs.tolist() == [0.45, 0.45, 0.6, 0.6]
    assert en_vigueur.tolist() == [True, True, True, True]


def test_before_the_first_value_not_in_force_and_first_value():
    # 2019-12-31 and the "not given" date 1970-01-01 are before 2020-01-01
    loi, appels = _lecteur(["2019-12-31", "1970-01-01", "2020-01-01"])
    valeurs, en_vigueur = loi("regime.taux")
    assert valeurs.tolist() == [0.45, 0.45, 0.45]
    assert en_vigueur.tolist() == [False, False, True]
    # the first value is read at its own date, which is also the third person's date: one call
    assert appels == ["2020-01-01"]


def test_one_call_per_value_period_at_its_earliest_date():
    # 1 000 days from 2021-01-01 (to 2023-09-27), shuffled: two value periods of the rate, so two
    # reads, at the earliest date of each (2021-01-01 and 2023-07-01)
    dates = numpy.arange(numpy.datetime64("2021-01-01"), numpy.datetime64("2023-09-28"))
    assert dates.size == 1000
    loi, appels = _lecteur(numpy.random.default_rng(0).permutation(dates))
    valeurs, _ = loi("regime.taux")
    assert appels == ["2021-01-01", "2023-07-01"]
    assert valeurs.size == 1000
    assert set(valeurs.tolist()) == {0.45, 0.6}


def test_the_same_date_is_read_once_for_several_parameters():
    loi, appels = _lecteur(["2022-05-10", "2022-05-10"])
    loi("regime.taux")
    loi("regime.jours")
    assert appels == ["2022-05-10"]


def test_types_kept():
    loi, _ = _lecteur(["2021-03-01", "2020-06-01"])
    ouvert, en_vigueur = loi("regime.ouvert")
    jours, _ = loi("regime.jours")
    # the flag starts on 2021-01-01: before it, not in force (the first value, true, as placeholder)
    assert ouvert.dtype == bool
    assert ouvert.tolist() == [True, True]
    assert en_vigueur.tolist() == [True, False]
    assert jours.dtype.kind == "i"
    assert jours.tolist() == [182, 182]


def test_empty_population():
    loi, appels = _lecteur([])
    valeurs, en_vigueur = loi("regime.taux")
    assert valeurs.size == 0
    assert en_vigueur.size == 0
    assert appels == []


def test_a_node_is_refused():
    loi, _ = _lecteur(["2022-01-01"])
    with pytest.raises(TypeError, match="regime is not a parameter"):
        loi("regime")
