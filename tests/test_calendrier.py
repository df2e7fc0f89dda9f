"""The délai in years of openfisca_ass.calendrier against a day-by-day reading of the Code de
procédure civile, art. 641: a délai in years expires on the day with the same number, or on the
last day of the month when that day does not exist (29 February in a common year)."""

import calendar
import datetime

import numpy
import pytest

from openfisca_ass.calendrier import ajouter_annees, premier_jour_dans_le_delai

DELAI_ANNEES = 2  # R5423-12's délai, as the tests' example


def _fin_du_delai(jour: datetime.date, annees: int) -> datetime.date:
    """Art. 641 written plainly, one date at a time."""
    annee = jour.year + annees
    dernier = calendar.monthrange(annee, jour.month)[1]
    return datetime.date(annee, jour.month, min(jour.day, dernier))


def _jours(debut: str, fin: str) -> numpy.ndarray:
    return numpy.arange(numpy.datetime64(debut), numpy.datetime64(fin) + 1)


@pytest.mark.parametrize(
    ("jour", "annees", "attendu"),
    [
        ("2024-02-29", 2, "2026-02-28"),  # no 29 February in 2026: last day of the month
        ("2024-02-28", 2, "2026-02-28"),
        ("2026-02-28", 2, "2028-02-28"),  # a common year's 28th stays the 28th
        ("2024-02-29", 4, "2028-02-29"),
        ("2028-02-29", -2, "2026-02-28"),
        ("2025-01-31", 2, "2027-01-31"),
        ("1900-01-01", -2, "1898-01-01"),  # outside the package's day tables
        ("2100-12-31", 2, "2102-12-31"),
    ],
)
def test_ajouter_annees_exemples(jour, annees, attendu):
    resultat = ajouter_annees(numpy.array([jour], dtype="datetime64[D]"), annees)
    assert str(resultat[0]) == attendu


def test_ajouter_annees_chaque_jour_de_quatre_ans():
    jours = _jours("2023-01-01", "2028-12-31")
    attendus = [numpy.datetime64(_fin_du_delai(jour.item(), DELAI_ANNEES)) for jour in jours]
    assert (ajouter_annees(jours, DELAI_ANNEES) == numpy.array(attendus, dtype="datetime64[D]")).all()


def test_premier_jour_dans_le_delai_chaque_date_de_demande():
    """For every claim date over 6 years (three 29 Februaries), the first day in time is the
    smallest day whose délai ends on or after the claim: searched one day at a time."""
    demandes = _jours("2025-01-01", "2030-12-31")
    resultat = premier_jour_dans_le_delai(demandes, DELAI_ANNEES)
    for demande, premier in zip(demandes, resultat, strict=True):
        claim = demande.item()
        jour = claim.replace(year=claim.year - DELAI_ANNEES, day=1) - datetime.timedelta(days=1)
        while _fin_du_delai(jour, DELAI_ANNEES) < claim:
            jour += datetime.timedelta(days=1)
        assert premier.item() == jour, f"claim {claim}: first day in time {jour}, not {premier}"
        assert _fin_du_delai(jour - datetime.timedelta(days=1), DELAI_ANNEES) < claim
