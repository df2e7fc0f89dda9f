"""The carried days left do not depend on the order in which months are computed.

are_jours_restants_fin_mois keeps the state of the last month walked to make months computed in
order cost one step; computing them in another order must give the same values.
"""

import pytest
from openfisca_core import periods
from openfisca_core.simulation_builder import SimulationBuilder

from openfisca_ass import CountryTaxBenefitSystem
from openfisca_ass.calendrier import rang_mois

SYSTEM = CountryTaxBenefitSystem()
MOIS = [f"2025-{numero:02d}" for numero in range(1, 13)]


def _simulation():
    return [
        SimulationBuilder().build_from_entities(SYSTEM, {"individus": {nom: individu}})
        for nom, individu in _situations()["individus"].items()
    ]


def _situations():
    # Marie's right comes from her contract history, Simon's from inputs (given for Simon only:
    # Marie's are computed, openfisca_ass/correctifs_core/entrees_partielles.py).
    situations = {
        "individus": {
            "marie": {
                "date_naissance": {"ETERNITY": "1990-05-10"},
                "are_date_fin_contrat": {"ETERNITY": "2024-12-31"},
                "are_salaire_reference": {"ETERNITY": 48000},
                "are_jours_periode_reference": {"ETERNITY": 731},
                "are_jours_travailles_periode_reference": {"ETERNITY": 731},
                "micro_entreprise_date_creation": {"ETERNITY": "2025-03-10"},
                "demandeur_emploi": dict.fromkeys(MOIS, True),
                "micro_entreprise_activite": dict.fromkeys(MOIS, "prestations_services_bnc"),
                "micro_entreprise_chiffre_affaires": {"2025-04": 1500, "2025-06": 3000, "2025-09": 600},
                "micro_entreprise_chiffre_affaires_justifie": {"2025-04": False, "2025-05": True},
                "salaire_brut": {"2025-02": 1000, "2025-08": 500},
            },
            "simon": {
                "are_date_fin_contrat": {"ETERNITY": "2024-06-30"},
                "are_jours_restants": {"2025-01": 200},
                "are_salaire_journalier_reference": dict.fromkeys(MOIS, 66.56),
                "micro_entreprise_date_creation": {"ETERNITY": "2025-04-01"},
                "micro_entreprise_acre": {"ETERNITY": True},
                "arce_demandee": {"ETERNITY": True},
                "demandeur_emploi": dict.fromkeys(MOIS[:3], True),
            },
        }
    }
    return situations


def _values(simulations, months):
    return {
        (index, variable, month): simulation.calculate(variable, month).tolist()
        for index, simulation in enumerate(simulations)
        for month in months
        for variable in ("are_jours_restants", "are_jours_indemnisables", "are", "arce")
    }


def test_reverse_order_gives_the_same_values():
    dans_l_ordre = _values(_simulation(), MOIS)
    a_l_envers = _values(_simulation(), list(reversed(MOIS)))
    assert dans_l_ordre == a_l_envers


def test_shuffled_order_gives_the_same_values():
    dans_l_ordre = _values(_simulation(), MOIS)
    melange = [MOIS[index] for index in (6, 0, 11, 3, 2, 9, 1, 5, 10, 4, 8, 7)]
    assert dans_l_ordre == _values(_simulation(), melange)


def test_together_as_alone_in_any_order():
    # In one simulation, Simon's inputs (are_jours_restants, SJR) are given for him only: Marie's
    # are computed, and each gets what they get alone.
    seuls = _values(_simulation(), MOIS)
    melange = [MOIS[index] for index in (6, 0, 11, 3, 2, 9, 1, 5, 10, 4, 8, 7)]
    ensemble = SimulationBuilder().build_from_entities(SYSTEM, _situations())
    for variable in ("are_jours_restants", "are_jours_indemnisables", "are", "arce"):
        for mois in melange:
            valeurs = ensemble.calculate(variable, mois).tolist()
            assert valeurs == seuls[(0, variable, mois)] + seuls[(1, variable, mois)], (variable, mois)


def _situation_simple():
    # 300 days given for 2025-01; registered, no activity: 31 days paid in January, 28 in
    # February (calendar days before 2025-04-01).
    return {
        "individus": {
            "paul": {
                "are_jours_restants": {"2025-01": 300},
                "are_salaire_journalier_reference": dict.fromkeys(MOIS, 50),
                "demandeur_emploi": dict.fromkeys(MOIS, True),
            }
        }
    }


def test_a_clone_walks_on_its_own_state():
    """The state of the last month walked belongs to the population, not to the simulation.

    Simulation.clone copies the simulation's attributes (a state kept there would be shared and
    moved on by the clone) but builds a new population.
    """
    simulation = SimulationBuilder().build_from_entities(SYSTEM, _situation_simple())
    # 300 − 31 = 269 days left at the end of January
    assert simulation.calculate("are_jours_restants_fin_mois", "2025-01").tolist() == [269]
    clone = simulation.clone()
    # 269 − 28 = 241 at the end of February
    assert clone.calculate("are_jours_restants_fin_mois", "2025-02").tolist() == [241]
    mois, etat, _ = simulation.persons._are_jours_restants_dernier_etat
    # The original's state is still the end of January.
    assert (mois, etat.restants.tolist()) == (rang_mois(periods.period("2025-01")), [269])


def test_an_input_changed_for_a_month_already_walked_is_refused():
    """The walk carries its state and OpenFisca caches the months computed: a value they may have
    read cannot change afterwards (it would not be seen, or be mixed with the old one)."""
    simulation = SimulationBuilder().build_from_entities(SYSTEM, _situation_simple())
    simulation.calculate("are", "2025-02")
    with pytest.raises(ValueError, match=r"'salaire_brut' pour 2025-02 .* jusqu'à 2025-02"):
        simulation.set_input("salaire_brut", "2025-02", [1000])
    with pytest.raises(ValueError, match=r"'are_jours_restants' pour 2025-01"):
        simulation.set_input("are_jours_restants", "2025-01", [100])
    with pytest.raises(ValueError, match=r"'are_date_fin_contrat' pour ETERNITY"):
        simulation.set_input("are_date_fin_contrat", "ETERNITY", ["2024-12-31"])
    with pytest.raises(ValueError, match=r"'salaire_brut' pour toutes les périodes"):
        simulation.delete_arrays("salaire_brut")
    # Nothing was changed: 300 − 31 = 269 left at the start of February, 269 − 28 = 241 at its end
    assert simulation.calculate("are_jours_restants_fin_mois", "2025-02").tolist() == [241]
    assert simulation.calculate("are_jours_restants", "2025-02").tolist() == [269]


def test_an_input_for_a_month_after_the_walk_is_taken_into_account():
    simulation = SimulationBuilder().build_from_entities(SYSTEM, _situation_simple())
    simulation.calculate("are", "2025-02")
    simulation.set_input("salaire_brut", "2025-04", [1000])
    # 300 − 31 − 28 − 31 = 210 days left on 2025-04-01. AJ: max(0.404 × 50 + 13.11 = 33.31,
    # 0.57 × 50 = 28.5) = 33.31 (≥ 31.97, ≤ 37.5). April, 30-day basis: 30 − 0.7 × 1 000 / 33.31 =
    # 30 − 21.01 = 8.99 → 9 days, 9 × 33.31 = 299.79 €; 210 − 9 = 201 left
    assert simulation.calculate("are_jours_indemnisables", "2025-04").tolist() == [9]
    assert simulation.calculate("are", "2025-04").tolist() == pytest.approx([299.79], abs=0.005)
    assert simulation.calculate("are_jours_restants_fin_mois", "2025-04").tolist() == [201]


def test_a_simulation_that_computed_no_are_month_accepts_inputs():
    simulation = SimulationBuilder().build_from_entities(SYSTEM, _situation_simple())
    simulation.calculate("are_salaire_journalier_reference", "2025-01")
    simulation.set_input("salaire_brut", "2025-01", [1000])
    # 31 − 0.7 × 1 000 / 33.31 (AJ of 2025-01, as above) = 31 − 21.01 = 9.99 → 10 days
    assert simulation.calculate("are_jours_indemnisables", "2025-01").tolist() == [10]


def _personne_droit_historique(fin_contrat, debut_indemnisation):
    return {
        "date_naissance": {"ETERNITY": "1990-05-10"},
        "are_date_fin_contrat": {"ETERNITY": fin_contrat},
        "are_date_debut_indemnisation": {"ETERNITY": debut_indemnisation},
        "are_salaire_reference": {"ETERNITY": 48000},
        "are_jours_periode_reference": {"ETERNITY": 731},
        "are_jours_travailles_periode_reference": {"ETERNITY": 731},
        "demandeur_emploi": dict.fromkeys(MOIS, True),
    }


def test_the_cap_of_a_business_created_before_the_first_day_paid_does_not_depend_on_the_others():
    """Bea creates her business on 2025-04-10, during her waiting periods (first day paid
    2025-05-05): the 60 % cap counts from 2025-05, her first month with days left, whether the
    walk starts then (Bea alone) or in 2025-01 for Paul, whose right opened then."""
    bea = _personne_droit_historique("2025-03-31", "2025-05-05")
    bea.update(
        {
            "micro_entreprise_date_creation": {"ETERNITY": "2025-04-10"},
            "micro_entreprise_activite": dict.fromkeys(MOIS, "prestations_services_bnc"),
            "micro_entreprise_chiffre_affaires": dict.fromkeys(MOIS[4:], 1000),
            "micro_entreprise_chiffre_affaires_justifie": dict.fromkeys(MOIS, True),
        }
    )
    paul = _personne_droit_historique("2024-12-31", "2025-01-08")
    seule = SimulationBuilder().build_from_entities(SYSTEM, {"individus": {"bea": bea}})
    ensemble = SimulationBuilder().build_from_entities(SYSTEM, {"individus": {"paul": paul, "bea": bea}})
    for mois in MOIS[3:9]:
        assert (
            ensemble.calculate("are_jours_indemnisables", mois)[1]
            == seule.calculate("are_jours_indemnisables", mois)[0]
        )
    # Bea alone, 2025-05: SJR 48 000 / 731 = 65.66; AJ max(0.404 × 65.66 + 13.11 = 39.64, 0.57 ×
    # 65.66 = 37.43) = 39.64. Turnover 1 000 (BNC, 34 % abatement) → 660, 70 % = 462. From the 5th:
    # 30 − 4 = 26 days, 26 − 462 / 39.64 = 26 − 11.65 = 14.35 → 14 days (660 + 14 × 39.64 = 1 214.96
    # under the ceiling 65.66 × 30.42 = 1 997.38; the cap, 60 % × 548 days = 329, is far)
    assert seule.calculate("are_jours_indemnisables", "2025-05").tolist() == [14]
