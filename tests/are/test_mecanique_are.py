"""Unit tests of the ARE month mechanics (openfisca_ass.mecanique_are): arrays in, arrays out.

Every expected value is computed by hand in the comment above it.
"""

import dataclasses

import numpy
import pytest

from openfisca_ass.mecanique_are import (
    JAMAIS,
    SANS_LIMITE,
    Droit,
    EntreesFixes,
    Etat,
    Loi,
    Taux,
    age_a_la_date,
    allocation_premier_jour,
    allocation_reduite,
    diviseur_cumul,
    duree_du_droit,
    jours_apres_arce,
    jours_au_premier_taux,
    jours_cumul,
    jours_disponibles,
    jours_hors_suspension,
    jours_plafonnes,
    jours_restants_debut_mois,
    jours_sous_plafond,
    mois_suivant,
    montant,
    rang_decheance,
    rang_ouverture,
    rechargement,
    salaire_journalier,
)


def _tableau(*valeurs):
    return numpy.array(valeurs)


def _rang(annee, mois):
    """Months since 1970-01."""
    return (annee - 1970) * 12 + mois - 1


# --- Opening and lapse ----------------------------------------------------------------------


def test_opening_month_of_a_right_and_none_without_a_right():
    debut = numpy.array(["2025-01-15", "2025-01-15"], dtype="datetime64[D]")
    # (2025 − 1970) × 12 + 0 = 660 for the right opened; JAMAIS without one
    assert rang_ouverture(_tableau(True, False), debut).tolist() == [660, JAMAIS]


def test_lapse_is_the_month_of_the_end_of_the_right_plus_the_delai():
    debut = numpy.array(["2025-01-15", "2025-01-15"], dtype="datetime64[D]")
    # 2025-01-15 + 100 days = 2025-04-25 → month 2025-04, rank 663; + 36 months = 699
    assert rang_decheance(_tableau(True, False), debut, _tableau(100, 100), 36).tolist() == [699, JAMAIS]


def test_days_left_at_the_start_of_a_month():
    ouverture, decheance = _tableau(660), _tableau(699)
    # The opening month: the duration (100), not the days carried (0)
    assert jours_restants_debut_mois(660, ouverture, decheance, _tableau(100), _tableau(0)).tolist() == [100]
    # A later month: the days left at the end of the previous month
    assert jours_restants_debut_mois(661, ouverture, decheance, _tableau(100), _tableau(69)).tolist() == [69]
    # The last month of the délai de déchéance still carries the days; the month after, 0
    assert jours_restants_debut_mois(699, ouverture, decheance, _tableau(100), _tableau(12)).tolist() == [12]
    assert jours_restants_debut_mois(700, ouverture, decheance, _tableau(100), _tableau(12)).tolist() == [0]
    # No right from the contract history (JAMAIS): the days carried (a right given as days left)
    assert jours_restants_debut_mois(700, _tableau(JAMAIS), _tableau(JAMAIS), _tableau(0), _tableau(50)).tolist() == [
        50
    ]


# --- Degressivity -----------------------------------------------------------------------------


def test_aj_of_the_first_day_of_the_month():
    plein, degressive = _tableau(100.0, 100.0, 100.0), _tableau(70.0, 70.0, 70.0)
    # Degressivity day 183: 181 days paid → the first day paid is the 182nd (full AJ); 182 paid →
    # the 183rd (degressive AJ); day 0 → never degressive
    resultat = allocation_premier_jour(_tableau(183, 183, 0), _tableau(181, 182, 500), plein, degressive)
    assert resultat.tolist() == [100.0, 70.0, 100.0]


def test_days_at_the_first_aj_before_the_degressivity_day():
    jour, deja = _tableau(183, 183, 183, 183), _tableau(170, 182, 170, 170)
    allocation = _tableau(100.0, 70.0, 37.0, 92.11)
    plein = _tableau(100.0, 100.0, 100.0, 92.11)
    degressive = _tableau(70.0, 70.0, 70.0, 92.11)
    # 170 days paid: days 171 to 182 at the full AJ, 183 − 1 − 170 = 12; already degressive, an
    # AJ given (37 ≠ full AJ) or a degressive AJ at the floor (no reduction): no split
    resultat = jours_au_premier_taux(jour, deja, allocation, plein, degressive)
    assert resultat.tolist() == [12, SANS_LIMITE, SANS_LIMITE, SANS_LIMITE]


def test_amount_of_a_month_split_around_the_degressivity_day():
    # 12 days × 100 + (30 − 12) days × 70 = 1 200 + 1 260 = 2 460
    assert montant(_tableau(30), Taux(_tableau(100.0), _tableau(70.0), _tableau(12))).tolist() == [2460.0]
    # 10 days, all before the degressivity day: 10 × 100 = 1 000
    assert montant(_tableau(10), Taux(_tableau(100.0), _tableau(70.0), _tableau(12))).tolist() == [1000.0]


def test_largest_number_of_days_under_a_budget():
    taux = Taux(_tableau(100.0, 100.0), _tableau(70.0, 70.0), _tableau(12, 12))
    # 2 000: 12 days at 100 = 1 200, then floor(800 / 70 = 11.43) = 11 → 23 days (1 970 ≤ 2 000,
    # 24 days = 2 040 > 2 000); 950: floor(950 / 100 = 9.5) = 9 days, before the degressivity day
    assert jours_sous_plafond(_tableau(2000.0, 950.0), taux).tolist() == [23, 9]


# --- Days paid in a month of activity ----------------------------------------------------------


def test_days_of_the_month_that_can_be_paid():
    rang = 700
    ouverture = _tableau(700, 701, 699, JAMAIS)
    premier_jour = _tableau(10, 1, 1, 1)
    # Opening month, first indemnifiable day the 10th: 30 − 9 = 21; before the opening: 0; after
    # it: 30; a right given as days left: 30
    assert jours_disponibles(30, rang, ouverture, premier_jour).tolist() == [21, 0, 30, 30]


def test_aj_dividing_the_pay_in_the_cumul():
    allocation = _tableau(37.0, 70.0, 31.51, 37.0)
    calculee = _tableau(31.51, 70.0, 31.51, 0.0)
    plein = _tableau(31.51, 100.0, 31.51, 0.0)
    # An AJ given (37 ≠ 31.51 computed): 37; the degressive AJ computed: the full AJ 100; the full
    # AJ: 31.51; no full AJ (no SJR), AJ given: 37
    assert diviseur_cumul(allocation, calculee, plein).tolist() == [37.0, 100.0, 31.51, 37.0]


def test_days_paid_in_a_month_of_activity():
    disponibles = _tableau(30, 30, 30, 31)
    remuneration = _tableau(1200.0, 1000.0, 5000.0, 0.0)
    diviseur = _tableau(37.0, 56.0, 37.0, 37.0)
    # 30 − 0.7 × 1 200 / 37 = 30 − 22.703 = 7.297 → 7 (issue 9: 2022-04, AJ given 37)
    # 30 − 0.7 × 1 000 / 56 = 30 − 12.5 = 17.5 → 18 (halves up)
    # 30 − 0.7 × 5 000 / 37 < 0 → 0; no pay in a 31-day month → 31
    assert jours_cumul(disponibles, remuneration, diviseur, 0.7).tolist() == [7, 18, 0, 31]


def test_days_cut_under_the_ceiling():
    taux = Taux(_tableau(37.0, 37.0), _tableau(37.0, 37.0), _tableau(SANS_LIMITE, SANS_LIMITE))
    # Ceiling SJR 48 × 30.42 = 1 460.16. Pay 1 200: 7 days, 1 200 + 7 × 37 = 1 459 ≤ 1 460.16 →
    # 7 kept. Pay 1 210: 30 − 847 / 37 = 7.11 → 7 days, 1 210 + 259 = 1 469 > 1 460.16 → floor(250.16
    # / 37 = 6.76) = 6
    resultat = jours_plafonnes(_tableau(7, 7), _tableau(1200.0, 1210.0), _tableau(1460.16, 1460.16), taux)
    assert resultat.tolist() == [7, 6]


def test_days_left_after_an_arce_amount():
    # 300 − 6 000 / 40 = 150; 100 − 1 010 / 20 = 49.5 → 50 (halves up)
    assert jours_apres_arce(_tableau(300, 100), _tableau(6000.0, 1010.0), _tableau(40.0, 20.0)).tolist() == [150, 50]


# --- The month step -----------------------------------------------------------------------------


def _droit_donne(nombre):
    """A right given as days left (no contract history), no business."""
    return Droit(
        duree=numpy.zeros(nombre, dtype=numpy.int64),
        jour_degressivite=numpy.zeros(nombre, dtype=numpy.int32),
        rang_ouverture=numpy.full(nombre, JAMAIS),
        jour_ouverture=numpy.ones(nombre, dtype=numpy.int64),
        rang_decheance=numpy.full(nombre, JAMAIS),
        rang_creation=numpy.full(nombre, JAMAIS),
        conservee=numpy.zeros(nombre, dtype=bool),
        arce_eligible=numpy.zeros(nombre, dtype=bool),
        arce_taux=numpy.zeros(nombre),
        part_plafond=numpy.ones(nombre),
    )


def _loi(jours_mois, jours_calendaires=30):
    return Loi(
        jours_mois=jours_mois,
        jours_calendaires=jours_calendaires,
        taux_remuneration_deduite=0.7,
        coefficient_plafond_salaire_reference=30.42,
        coefficient_avance_non_salarie=0.8,
        nombre_versements_arce=2,
        delai_second_versement_arce=6,
    )


def _entrees_avril_2022(connues):
    return EntreesFixes(
        {
            # SJR 48 in 2022-04: max(0.404 × 48 + 12.12 = 31.512, 0.57 × 48) = 31.51
            "are_allocation_journaliere_taux_plein": _tableau(31.51, 31.51),
            "are_allocation_journaliere_degressive": _tableau(31.51, 31.51),
            "are_salaire_journalier_reference": _tableau(48.0, 48.0),
            "demandeur_emploi": _tableau(True, True),
            "salaire_brut": _tableau(1200.0, 1200.0),
            "micro_entreprise_revenu": _tableau(0.0, 0.0),
            "micro_entreprise_chiffre_affaires_justifie": _tableau(False, False),
            "are_activite_non_salariee_en_cours": _tableau(False, False),
            "are_jours_suspendus": _tableau(0, 0),
        },
        connues,
    )


def test_a_month_with_an_aj_given_counts_the_days_at_that_aj():
    rang = _rang(2022, 4)
    entrees = _entrees_avril_2022(
        {"are_jours_restants": _tableau(100, 100), "are_allocation_journaliere": _tableau(37.0, 31.51)}
    )
    etat = mois_suivant(_droit_donne(2), Etat.initial(2), rang, entrees, _loi(30))
    # AJ given 37: 30 − 840 / 37 = 7.30 → 7 days, 100 − 7 = 93 left. AJ given equal to the full AJ
    # 31.51: 30 − 840 / 31.51 = 30 − 26.66 = 3.34 → 3 days, 97 left
    assert etat.restants.tolist() == [93, 97]


def test_a_month_with_days_paid_or_days_left_at_the_end_given():
    rang = _rang(2022, 4)
    entrees = _entrees_avril_2022(
        {"are_jours_restants": _tableau(100, 100), "are_jours_indemnisables": _tableau(10, 200)}
    )
    etat = mois_suivant(_droit_donne(2), Etat.initial(2), rang, entrees, _loi(30))
    # 10 days paid given: 100 − 10 = 90; 200 given, more than the 100 left: 0 left
    assert etat.restants.tolist() == [90, 0]
    entrees = _entrees_avril_2022(
        {"are_jours_restants": _tableau(100, 100), "are_jours_restants_fin_mois": _tableau(50, 0)}
    )
    assert mois_suivant(_droit_donne(2), Etat.initial(2), rang, entrees, _loi(30)).restants.tolist() == [50, 0]


def test_the_month_step_leaves_the_state_it_is_given_unchanged():
    etat = Etat.initial(2)
    etat.restants = _tableau(100, 100)
    entrees = _entrees_avril_2022({})
    suivant = mois_suivant(_droit_donne(2), etat, _rang(2022, 4), entrees, _loi(30))
    # 100 − 3 days (full AJ 31.51, see above) = 97; the state given still holds 100
    assert suivant.restants.tolist() == [97, 97]
    assert etat.restants.tolist() == [100, 100]


@pytest.mark.parametrize(("jours_mois", "attendu"), [(28, 72), (29, 71), (30, 70), (31, 69)])
def test_a_month_without_activity_pays_every_day_of_the_month(jours_mois, attendu):
    entrees = _entrees_avril_2022({"are_jours_restants": _tableau(100, 100)})
    entrees.valeurs["salaire_brut"] = _tableau(0.0, 0.0)
    # 100 − the days of the month (28, 29, 30 or 31)
    etat = mois_suivant(_droit_donne(2), Etat.initial(2), _rang(2022, 4), entrees, _loi(jours_mois))
    assert etat.restants.tolist() == [attendu, attendu]


def test_an_old_age_benefit_reduces_the_aj_down_to_the_minimum_allowance():
    allocation = numpy.array([50.0, 50.0, 25.0, 50.0])
    reduction = numpy.array([9.86, 29.59, 29.59, 0.0])
    # 50 − 9.86 = 40.14; 50 − 29.59 = 20.41 < 31.97: the minimum; an AJ of 25 under the minimum
    # stays 25 (the floor is min(AJ, minimum)); no reduction: unchanged.
    attendu = numpy.array([40.14, 31.97, 25.0, 50.0])
    numpy.testing.assert_allclose(allocation_reduite(allocation, reduction, 31.97), attendu)


# --- The figures of a right and its recharge (art. 9, 11 to 13, 28) ----------------------------


def test_the_duration_of_a_right():
    # 130 calendar days, 130 worked, cap 0.70: min(130, 1.70 × 130) = 130; × 0.75 = 97.5 → 98;
    # at least 182 → 182. 800 calendar days, 300 worked: min(800, 510) = 510 × 0.75 = 382.5 → 383.
    # 1 000 worked of 1 000 × 0.75 = 750 → the maximum 548.
    duree = duree_du_droit(_tableau(130, 800, 1000), _tableau(130, 300, 1000), 0.70, 0.75, (182, 548))
    assert duree.tolist() == [182, 383, 548]


def test_the_sjr_of_a_right():
    # 13 000 / min(130, 1.7 × 130) = 100.00; 10 000 / min(400, 1.7 × 100 = 170) = 58.82; the pay
    # capped at 100 × 130 = 13 000 for 20 000: 100.00; no divisor: 0.
    sjr = salaire_journalier(
        _tableau(13000.0, 10000.0, 20000.0, 500.0), _tableau(130, 400, 130, 0), _tableau(130, 100, 130, 0), 0.70, 100.0
    )
    numpy.testing.assert_allclose(sjr, [100.0, 58.82, 100.0, 0.0])


def test_the_age_on_a_date():
    naissance = numpy.array(["1970-06-15", "1970-06-15", "1970-01-01"], dtype="datetime64[D]")
    dates = numpy.array(["2025-06-14", "2025-06-15", "2025-06-15"], dtype="datetime64[D]")
    # the day before the 55th birthday: 54; on it: 55; birth date not given (1970-01-01): 0
    assert age_a_la_date(naissance, dates).tolist() == [54, 55, 0]


def test_a_right_exhausted_the_month_before_is_recharged_once():
    etat = Etat.initial(4)
    etat.epuise = _tableau(True, True, False, True)
    etat.recharge = _tableau(False, False, False, True)
    etat.restants = _tableau(0, 0, 0, 0)
    # exhausted and open: recharged; exhausted but no recharge open; not exhausted; already recharged
    assert rechargement(etat, _tableau(True, False, True, True)).tolist() == [True, False, False, False]


def test_the_month_after_the_exhaustion_pays_the_recharged_right():
    droit = _droit_donne(2)
    droit.rechargement_ouvert = _tableau(True, False)
    droit.rechargement_duree = _tableau(182, 182)
    etat = Etat.initial(2)
    etat.epuise = _tableau(True, True)
    entrees = _entrees_avril_2022({})
    entrees.valeurs["salaire_brut"] = _tableau(0.0, 0.0)
    entrees.valeurs["are_rechargement_allocation_journaliere"] = _tableau(57.0, 57.0)
    entrees.valeurs["are_rechargement_salaire_journalier_reference"] = _tableau(100.0, 100.0)
    suivant = mois_suivant(droit, etat, _rang(2022, 4), entrees, _loi(30))
    # recharged: 182 days, 30 paid, 152 left; no recharge open: 0 left, nothing paid
    assert suivant.restants.tolist() == [152, 0]
    assert suivant.recharge.tolist() == [True, False]
    assert suivant.epuise.tolist() == [False, False]


def test_days_of_a_suspension_are_neither_paid_nor_consumed():
    rang = _rang(2025, 10)
    entrees = EntreesFixes(
        {
            "are_allocation_journaliere_taux_plein": _tableau(40.0, 40.0, 40.0),
            "are_allocation_journaliere_degressive": _tableau(40.0, 40.0, 40.0),
            "are_salaire_journalier_reference": _tableau(60.0, 60.0, 60.0),
            "demandeur_emploi": _tableau(True, True, True),
            "salaire_brut": _tableau(0.0, 0.0, 840.0),
            "micro_entreprise_revenu": _tableau(0.0, 0.0, 0.0),
            "micro_entreprise_chiffre_affaires_justifie": _tableau(False, False, False),
            "are_activite_non_salariee_en_cours": _tableau(False, False, False),
            "are_jours_suspendus": _tableau(10, 31, 10),
        },
        {"are_jours_restants": _tableau(100, 100, 100)},
    )
    etat = mois_suivant(_droit_donne(3), Etat.initial(3), rang, entrees, _loi(30, 31))
    # October 2025, 31 calendar days paid as 30: 30 − 10 days of sickness = 20 days paid, 100 − 20 = 80 left; 31 days
    # suspended: max(30 − 31, 0) = 0 paid, 100 left; 10 days suspended and 840 € of pay:
    # (30 − 10) − 0.70 × 840 / 40 = 20 − 14.7 = 5.3 → 5 days paid, 95 left
    assert etat.restants.tolist() == [80, 100, 95]


def test_jours_hors_suspension_at_the_edges_of_the_month():
    disponibles = _tableau(30, 30, 30, 30, 30, 30)
    suspendus = _tableau(0, 1, 27, 28, 30, 31)
    # February (28 days) paid as 30: 30 − 0 = 30; 30 − 1 = 29; 30 − 27 = 3; 28 days = every
    # calendar day suspended → 0 (not 30 − 28 = 2); more than the month → 0
    assert jours_hors_suspension(disponibles, suspendus, 28).tolist() == [30, 29, 3, 0, 0, 0]
    # 31-day month paid as 30: 30 − 30 = 0 (one calendar day not suspended, none left of the
    # 30-day month); 31 days → 0
    assert jours_hors_suspension(disponibles, suspendus, 31).tolist() == [30, 29, 3, 2, 0, 0]


def _entrees_avance(chiffre_affaires, justifie, connues=None):
    """A month of 30 days at AJ 40 (SJR 70, ceiling 2 129.40), turnover after abatement given."""
    return EntreesFixes(
        {
            "are_allocation_journaliere_taux_plein": _tableau(40.0),
            "are_allocation_journaliere_degressive": _tableau(40.0),
            "are_salaire_journalier_reference": _tableau(70.0),
            "demandeur_emploi": _tableau(True),
            "salaire_brut": _tableau(0.0),
            "micro_entreprise_revenu": _tableau(chiffre_affaires),
            "micro_entreprise_chiffre_affaires_justifie": _tableau(justifie),
            "are_activite_non_salariee_en_cours": _tableau(False),
            "are_jours_suspendus": _tableau(0),
        },
        connues or {},
    )


def test_an_advance_is_recovered_only_once_its_deadline_has_passed():
    # The deadline is the law's parameter, not a constant of the code: with 2 months, an advance of
    # month 1 still unjustified in month 2 is not recovered yet; in month 3 it is.
    loi = dataclasses.replace(_loi(30), delai_justification_avance_mois=2)
    rang = _rang(2025, 7)
    # Month 1: revenue 400: 30 − 0.70 × 400 / 40 = 23 days; advance 0.8 × 23 = 18.4 → 18 (5 owed)
    etat = mois_suivant(
        _droit_donne(1),
        Etat.initial(1),
        rang,
        _entrees_avance(400.0, False, {"are_jours_restants": _tableau(300)}),
        loi,
    )
    assert (300 - etat.restants).tolist() == [18]
    # Month 2, no revenue, unjustified: within the deadline, 30 days paid, nothing recovered
    etat = mois_suivant(_droit_donne(1), etat, rang + 1, _entrees_avance(0.0, False), loi)
    assert etat.recuperes.tolist() == [0]
    assert etat.restants.tolist() == [300 - 18 - 30]
    # Month 3, unjustified: month 1's 18 days recovered, 30 − 18 = 12 paid
    etat = mois_suivant(_droit_donne(1), etat, rang + 2, _entrees_avance(0.0, False), loi)
    assert etat.recuperes.tolist() == [18]
    assert etat.restants.tolist() == [300 - 18 - 30 - 12]
    # Month 4 justified: 30 + the 23 days of month 1 still owed
    etat = mois_suivant(_droit_donne(1), etat, rang + 3, _entrees_avance(0.0, True), loi)
    assert etat.restants.tolist() == [300 - 18 - 30 - 12 - 53]
