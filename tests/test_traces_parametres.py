"""The law values read at an event date show in the tracer (hence in ``/trace`` and ``explain``).

For each variable that reads the law at an event date (end of contract, creation of the business,
ATI judgment, ASS claim, resignation), a traced simulation must record every parameter of its rule
with that date, in the variable's own node.
"""

import pytest
from openfisca_core.reforms import Reform
from openfisca_core.simulations import SimulationBuilder

from openfisca_ass import CountryTaxBenefitSystem

SYSTEME = CountryTaxBenefitSystem()

FIN_CONTRAT = "2025-05-15"
CREATION = "2025-06-02"
FAIT_GENERATEUR_ATI = "2025-03-10"
DEMANDE_ASS = "2025-02-03"
DEMISSION = "2025-01-20"
MOIS = "2025-06"


def _personne(outre_mer: bool) -> dict:
    return {
        "date_naissance": {"ETERNITY": "1970-03-15"},
        "are_date_fin_contrat": {"ETERNITY": FIN_CONTRAT},
        "are_residence_outre_mer": {"ETERNITY": outre_mer},
        "micro_entreprise_date_creation": {"ETERNITY": CREATION},
        "ati_date_fait_generateur": {"ETERNITY": FAIT_GENERATEUR_ATI},
        "ass_date_demande": {"ETERNITY": DEMANDE_ASS},
        "demission_date": {"ETERNITY": DEMISSION},
    }


# Two people with the same dates, one living overseas (so the overseas durations are read too).
SITUATION = {
    "individus": {"metropole": _personne(False), "outre_mer": _personne(True)},
    "familles": {"f1": {"parents": ["metropole"]}, "f2": {"parents": ["outre_mer"]}},
}

# The parameters of each rule, from the texts the variables model, and the event date they are read at.
ATTENDUS = {
    "are_duree_droits": (
        FIN_CONTRAT,
        [
            "are.salaire_reference.plafonnement_jours_non_travailles",
            "are.duree.coefficient",
            "are.duree.maximum_jours",
            "are.duree.maximum_jours_premier_palier",
            "are.duree.maximum_jours_second_palier",
            "are.duree.outre_mer.coefficient",
            "are.duree.outre_mer.maximum_jours",
            "are.duree.outre_mer.maximum_jours_premier_palier",
            "are.duree.outre_mer.maximum_jours_second_palier",
            "are.duree.minimum_jours",
            "are.duree.age_premier_palier",
            "are.duree.age_second_palier",
        ],
    ),
    "are_salaire_journalier_reference_calcule": (
        FIN_CONTRAT,
        [
            "are.salaire_reference.plafonnement_jours_non_travailles",
            "are.salaire_reference.plafond_mensuel_securite_sociale",
            "are.salaire_reference.plafond_mensuel_en_pmss",
        ],
    ),
    "are_degressivite_jour_application": (
        FIN_CONTRAT,
        ["are.degressivite.applicable", "are.degressivite.jour_application", "are.degressivite.age_maximum"],
    ),
    "are_droits_ouverts": (
        FIN_CONTRAT,
        ["are.affiliation.duree_minimale_jours", "are.affiliation.duree_minimale_heures"],
    ),
    "are_differe_conges_payes": (FIN_CONTRAT, ["are.differes.conges_payes_maximum_jours"]),
    "are_differe_specifique": (
        FIN_CONTRAT,
        [
            "are.differes.specifique_diviseur",
            "are.differes.specifique_maximum_jours",
            "are.differes.specifique_maximum_jours_licenciement_economique",
        ],
    ),
    "are_date_debut_indemnisation": (FIN_CONTRAT, ["are.differes.delai_attente_jours"]),
    "are_periode_reference_affiliation_mois": (
        FIN_CONTRAT,
        [
            "are.affiliation.age_periode_reference_allongee",
            "are.affiliation.periode_reference_mois",
            "are.affiliation.periode_reference_mois_age_eleve",
        ],
    ),
    "arce_taux": (FIN_CONTRAT, ["arce.taux"]),
    "are_part_reliquat_plafond_non_salarie": (CREATION, ["are.cumul.part_reliquat_plafond_non_salarie"]),
    "arce_second_versement_autorise": (CREATION, ["arce.condition_absence_cdi_temps_plein"]),
    "micro_entreprise_acre_part_premiere_periode": (CREATION, ["micro_entreprise.acre.taux_cotisations_paye"]),
    "micro_entreprise_acre": (CREATION, ["micro_entreprise.acre.reservee_publics_prioritaires"]),
    "micro_entreprise_acre_public_prioritaire": (
        CREATION,
        [
            "micro_entreprise.acre.publics_prioritaires.age_minimum",
            "micro_entreprise.acre.publics_prioritaires.age_maximum_exclu",
            "micro_entreprise.acre.publics_prioritaires.mois_inscription_minimum",
            "micro_entreprise.acre.publics_prioritaires.mois_periode_inscription",
        ],
    ),
    "micro_entreprise_acre_nombre_periodes_suivantes": (
        CREATION,
        ["micro_entreprise.acre.regime_2019.nombre_periodes_suivantes"],
    ),
    "micro_entreprise_cotisations_sociales": (
        CREATION,
        ["micro_entreprise.acre.cipav.taux_reduit_publie_applicable"],
    ),
    "ati_date_fin_droit": (FAIT_GENERATEUR_ATI, ["ati.duree_jours"]),
    "ati_montant_journalier": (
        FAIT_GENERATEUR_ATI,
        [
            "ati.montant.montant_journalier",
            "ati.montant.montant_journalier_plancher",
            "ati.montant.nombre_jours_annee_reference",
        ],
    ),
    "ati_conditions_activite_remplies": (
        FAIT_GENERATEUR_ATI,
        [
            "ati.montant.montant_journalier",
            "ati.conditions.duree_activite_minimale_annees",
            "ati.conditions.revenu_activite_minimal",
            "ati.conditions.revenu_minimal_une_des_deux_annees",
            "ati.conditions.baisse_revenus_activite_non_viable",
        ],
    ),
    "ati_delai_inscription_respecte": (FAIT_GENERATEUR_ATI, ["ati.conditions.delai_fin_activite_inscription_mois"]),
    "ass_eligibilite_individu": (DEMANDE_ASS, ["ass.eligibilite.nouvelles_entrees_ouvertes"]),
    "demission_creation_entreprise_eligibilite": (
        DEMISSION,
        ["creation_entreprise.demission.jours_travailles_minimum"],
    ),
}


def _simulation(systeme=SYSTEME, situation=SITUATION):
    simulation = SimulationBuilder().build_from_entities(systeme, situation)
    simulation.trace = True
    return simulation


def _lus(simulation, variable: str) -> set:
    """(path, date) of the parameters read by the variable's own formula."""
    noeuds = list(simulation.tracer.trees)
    while noeuds:
        noeud = noeuds.pop()
        if noeud.name == variable:
            return {(acces.name, str(acces.period)) for acces in noeud.parameters}
        noeuds.extend(noeud.children)
    raise AssertionError(f"{variable} not in the trace")


@pytest.mark.parametrize("variable", sorted(ATTENDUS))
def test_event_date_parameters_are_traced(variable):
    date, chemins = ATTENDUS[variable]
    simulation = _simulation()
    simulation.calculate(variable, MOIS)
    lus = _lus(simulation, variable)
    manquants = sorted(chemin for chemin in chemins if (chemin, date) not in lus)
    assert not manquants, f"{variable}: not traced at {date}: {manquants} (traced: {sorted(lus)})"


def test_overseas_durations_not_read_when_nobody_lives_overseas():
    situation = {"individus": {"a": _personne(False)}, "familles": {"f": {"parents": ["a"]}}}
    simulation = _simulation(situation=situation)
    simulation.calculate("are_duree_droits", MOIS)
    assert not [nom for nom, _ in _lus(simulation, "are_duree_droits") if "outre_mer" in nom]


def test_the_trace_flat_lists_the_duration_parameters():
    # What /trace serialises: the "parameters" of the node are "path<date>" keys.
    simulation = _simulation()
    simulation.calculate("are_duree_droits", MOIS)
    cles = simulation.tracer.get_serialized_flat_trace()[f"are_duree_droits<{MOIS}>"]["parameters"]
    assert f"are.duree.minimum_jours<{FIN_CONTRAT}>" in cles
    assert f"are.duree.coefficient<{FIN_CONTRAT}>" in cles


class _ArceTaux70(Reform):
    """A reform: ARCE rate 70 % for contracts ending from 2025-01-01."""

    def apply(self):
        def modifier(parametres):
            parametres.arce.taux.update(start="2025-01-01", value=0.7)
            return parametres

        self.modify_parameters(modifier_function=modifier)


def test_a_reform_value_is_read_at_the_event_date():
    simulation = _simulation(systeme=_ArceTaux70(SYSTEME))
    # contract ended 2025-05-15, after the reform's 2025-01-01: 70 %
    assert simulation.calculate("arce_taux", MOIS).tolist() == pytest.approx([0.7, 0.7])
    assert ("arce.taux", FIN_CONTRAT) in _lus(simulation, "arce_taux")
