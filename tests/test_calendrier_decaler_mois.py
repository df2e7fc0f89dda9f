"""decaler_mois: a date moved by whole months, the day number kept, or the last day of the month
reached when it has no such day (Code de procédure civile art. 641-642, the way a délai in months
counts). Expected dates read off a calendar."""

import numpy
import pytest

from openfisca_ass.calendrier import decaler_mois


@pytest.mark.parametrize(
    ("date", "mois", "attendue"),
    [
        ("2025-03-10", -12, "2024-03-10"),  # the same day number exists
        ("2025-03-31", -12, "2024-03-31"),  # March has 31 days both years
        ("2025-02-28", -12, "2024-02-28"),  # day 28 exists in February 2024 (29 days): kept
        ("2024-02-29", -12, "2023-02-28"),  # no 29 February 2023: the last day of that February
        ("2025-03-31", -1, "2025-02-28"),  # no 31 February: the 28th (2025 not a leap year)
        ("2025-03-31", -13, "2024-02-29"),  # February 2024 has 29 days
        ("2025-05-31", -1, "2025-04-30"),  # a 30-day month
        ("2025-01-31", 1, "2025-02-28"),  # forwards too
        ("2024-12-15", 12, "2025-12-15"),
        ("2025-01-15", -12, "2024-01-15"),  # across a year boundary
        ("2025-01-01", -1, "2024-12-01"),
    ],
)
def test_decaler_mois(date, mois, attendue):
    resultat = decaler_mois(numpy.array([date], dtype="datetime64[D]"), mois)
    assert resultat.dtype == numpy.dtype("datetime64[D]")
    assert str(resultat[0]) == attendue


def test_decaler_mois_par_personne():
    dates = numpy.array(["2024-02-29", "2025-03-31", "2025-03-31"], dtype="datetime64[D]")
    # one shift per date: 12, 1 and 13 months back
    resultat = decaler_mois(dates, numpy.array([-12, -1, -13]))
    assert [str(date) for date in resultat] == ["2023-02-28", "2025-02-28", "2024-02-29"]
