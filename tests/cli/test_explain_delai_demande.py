"""``openfisca-ass explain`` shows the R5423-12 deadline: the days lost and the law value read."""

from conftest import fichier_situation


def test_late_claim_names_the_days_and_the_deadline(lancer, tmp_path):
    situation = fichier_situation(
        tmp_path,
        {
            "demandeur_emploi": {"2024-01": True},
            "ass_annees_activite_salariee": {"2024-01": 5},
            "ass_date_demande_paiement": {"ETERNITY": "2026-01-11"},
        },
    )
    code, sortie, _ = lancer("explain", situation, "--variable", "ass", "--period", "2024-01")
    assert code == 0
    # 10 days lost (1 to 10 January 2024): 18.17 × (31 − 10) = 381.57
    assert "vaut 381.57 € pour claire en 2024-01" in sortie
    assert "Demande de paiement tardive : 10 jours non payés" in sortie
    assert "(ass.delai_demande_paiement_annees) : 2 au 2024-01-01" in sortie
    assert "LEGIARTI000018525060" in sortie


def test_no_late_claim_line_without_claim_date(lancer, tmp_path):
    situation = fichier_situation(
        tmp_path,
        {"demandeur_emploi": {"2024-01": True}, "ass_annees_activite_salariee": {"2024-01": 5}},
    )
    code, sortie, _ = lancer("explain", situation, "--variable", "ass", "--period", "2024-01")
    assert code == 0
    assert "Demande de paiement tardive" not in sortie
