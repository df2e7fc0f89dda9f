"""The pure array functions behind the ARE reference period read from a monthly history.

Expected values by hand from the calendar: 2025-06-30 is a Monday, 2025-01-02 a Thursday.
"""

import numpy

from openfisca_ass.historique_contrats import (
    blocs_du_mois,
    jours_travailles_semaines,
    premier_jour_semaine,
    semaine_civile,
)


def _jour(texte):
    return numpy.datetime64(texte, "D").astype(numpy.int64)


def test_civil_weeks_run_from_monday_to_sunday():
    lundi, dimanche, lundi_suivant = _jour("2025-06-23"), _jour("2025-06-29"), _jour("2025-06-30")
    assert semaine_civile(lundi) == semaine_civile(dimanche)
    assert semaine_civile(lundi_suivant) == semaine_civile(dimanche) + 1
    assert premier_jour_semaine(semaine_civile(dimanche)) == lundi


def _compte(premier, dernier, semaine=-(10**9), compte=0):
    premier, dernier = numpy.array([_jour(premier)]), numpy.array([_jour(dernier)])
    ajout, (semaine, compte) = jours_travailles_semaines(
        (premier, dernier, dernier - premier + 1), (numpy.array([semaine]), numpy.array([compte])), numpy.array([5])
    )
    return ajout, semaine, compte


def test_five_days_a_week_at_most():
    # Thu 2 January .. Mon 30 June 2025: 4 + 25 × 5 + 1 = 130
    ajout, semaine, compte = _compte("2025-01-02", "2025-06-30")
    assert ajout[0] == 130
    assert compte[0] == 1  # Monday 30 June counted in the last week
    # a full week: 5; a Saturday and Sunday only: 2
    assert _compte("2025-06-23", "2025-06-29")[0][0] == 5
    assert _compte("2025-06-28", "2025-06-29")[0][0] == 2


def test_two_blocks_in_one_week_count_five_days_together():
    # Mon 23 .. Wed 25 June = 3, then Thu 26 .. Sun 29 June = 4 in the same week: 5 in all
    premier, semaine, compte = _compte("2025-06-23", "2025-06-25")
    assert premier[0] == 3
    second, _, _ = _compte("2025-06-26", "2025-06-29", semaine[0], compte[0])
    assert second[0] == 2


def test_blocks_are_laid_out_in_the_month():
    debut = numpy.array([_jour("2025-01-01")] * 3)
    jours_mois = numpy.array([31] * 3)
    fin = numpy.array([_jour("2025-01-20"), _jour("2030-01-01"), _jour("2030-01-01")])
    premier, dernier, jours = blocs_du_mois(
        debut,
        jours_mois,
        numpy.array([10, 10, 10]),
        numpy.array([False, False, True]),  # the month before: none, none, under contract
        (numpy.array([True, False, False]), fin),
    )
    # month of the end: ends on the end date (11 .. 20); first month of a run: ends on the 31st
    # (22 .. 31); a month that continues a contract: starts on the 1st (1 .. 10)
    assert list(premier - debut + 1) == [11, 22, 1]
    assert list(dernier - debut + 1) == [20, 31, 10]
    assert list(jours) == [10, 10, 10]
