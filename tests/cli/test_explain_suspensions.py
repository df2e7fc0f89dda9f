"""``openfisca-ass explain`` names the suspension that applied in the month (issue 15)."""

import json


def _situation(tmp_path, personne: dict) -> str:
    fichier = tmp_path / "situation.json"
    fichier.write_text(json.dumps({"individus": {"claire": personne}}), encoding="utf-8")
    return str(fichier)


def test_are_suspension_names_the_reasons_and_the_postponement(lancer, tmp_path):
    situation = _situation(
        tmp_path,
        {
            "demandeur_emploi": {"2025-10": True},
            "are_jours_restants": {"2025-10": 300},
            "are_allocation_journaliere": {"2025-10": 40},
            "jours_indemnites_journalieres": {"2025-10": 10},
            "jours_residence_etranger": {"2025-10": 3},
        },
    )
    code, sortie, _ = lancer("explain", situation, "--variable", "are", "--period", "2025-10")
    assert code == 0
    # 30-day month: 30 − (10 + 3) = 17 days × 40 = 680
    assert "17 jours payés × 40.00 € par jour = 680.00 €" in sortie
    assert "Suspension : 13 jours non payés et non consommés" in sortie
    assert "indemnités journalières : 10 jours, résidence à l'étranger : 3 jours" in sortie
    assert "la fin du droit est reportée d'autant" in sortie


def test_ass_suspension_names_the_reason(lancer, tmp_path):
    situation = _situation(
        tmp_path,
        {
            "demandeur_emploi": {"2025-06": True},
            "ass_annees_activite_salariee": {"2025-06": 5},
            "jours_formation_remuneree": {"2025-06": 10},
        },
    )
    code, sortie, _ = lancer("explain", situation, "--variable", "ass", "--period", "2025-06")
    assert code == 0
    # 19.33 × (30 − 10) = 386.60
    assert "vaut 386.60 € pour claire en 2025-06" in sortie
    assert "Suspension : 10 jours non payés (formation rémunérée : 10 jours)." in sortie


def test_no_suspension_line_without_suspension(lancer, tmp_path):
    situation = _situation(
        tmp_path,
        {"demandeur_emploi": {"2025-06": True}, "ass_annees_activite_salariee": {"2025-06": 5}},
    )
    code, sortie, _ = lancer("explain", situation, "--variable", "ass", "--period", "2025-06")
    assert code == 0
    assert "Suspension" not in sortie
