"""``openfisca-ass explain`` names the suspension that applied in the month (issue 15)."""

from conftest import fichier_situation


def test_are_suspension_names_the_reasons_and_the_postponement(lancer, tmp_path):
    situation = fichier_situation(
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
    situation = fichier_situation(
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
    situation = fichier_situation(
        tmp_path,
        {"demandeur_emploi": {"2025-06": True}, "ass_annees_activite_salariee": {"2025-06": 5}},
    )
    code, sortie, _ = lancer("explain", situation, "--variable", "ass", "--period", "2025-06")
    assert code == 0
    assert "Suspension" not in sortie


def test_are_names_the_edges_of_the_right(lancer, tmp_path):
    # An advance recovered (RAC art. 32 bis § 2 1°): SJR 55.44, AJ 35.58 from 2025-07-01; July
    # 1 500 € of BNC turnover unjustified: 30 − 693 / 35.58 → 11 days, advance 9; August, no
    # turnover, still unjustified: July's 9 days recovered, 30 − 9 = 21 paid.
    situation = fichier_situation(
        tmp_path,
        {
            "demandeur_emploi": {"2025-07": True, "2025-08": True},
            "are_jours_restants": {"2025-07": 300},
            "are_salaire_journalier_reference": {"2025-07": 55.44, "2025-08": 55.44},
            "are_date_fin_contrat": {"ETERNITY": "2024-10-31"},
            "micro_entreprise_date_creation": {"ETERNITY": "2024-11-01"},
            "micro_entreprise_activite": {"2025-07": "prestations_services_bnc"},
            "micro_entreprise_chiffre_affaires": {"2025-07": 1500},
            "micro_entreprise_chiffre_affaires_justifie": {"2025-07": False, "2025-08": False},
        },
    )
    code, sortie, _ = lancer("explain", situation, "--variable", "are", "--period", "2025-07")
    assert code == 0
    assert "9 jours payés × 35.58 € par jour = 320.22 €" in sortie
    assert "jours versés à titre d'avance" in sortie
    code, sortie, _ = lancer("explain", situation, "--variable", "are", "--period", "2025-08")
    assert code == 0
    # 21 × 35.58 = 747.18
    assert "21 jours payés × 35.58 € par jour = 747.18 €" in sortie
    assert "Avance non justifiée dans le délai : 9 jours récupérés sur ce paiement" in sortie


def test_are_names_a_kept_business_and_a_pension(lancer, tmp_path):
    # Born 1969-03-01: 56 in October 2025, 50 % of a 600 € pension: 600 × 12 ÷ 365 × 0.5 = 9.86 € a
    # day; AJ given 60: 60 − 9.86 = 50.14. Business kept (turnover cashed in March 2025, before the
    # end of the contract on 2025-06-30): the October turnover is not deducted, 30 days paid.
    situation = fichier_situation(
        tmp_path,
        {
            "date_naissance": {"ETERNITY": "1969-03-01"},
            "demandeur_emploi": {"2025-10": True},
            "are_jours_restants": {"2025-10": 300},
            "are_allocation_journaliere": {"2025-10": 60},
            "retraite_brute": {"2025-10": 600},
            "are_date_fin_contrat": {"ETERNITY": "2025-06-30"},
            "micro_entreprise_date_creation": {"ETERNITY": "2024-01-01"},
            "micro_entreprise_activite": {"2025-10": "prestations_services_bnc"},
            "micro_entreprise_chiffre_affaires": {"2025-03": 800, "2025-10": 1500},
        },
    )
    code, sortie, _ = lancer("explain", situation, "--variable", "are", "--period", "2025-10")
    assert code == 0
    # 30 × 50.14 = 1 504.20
    assert "vaut 1504.20 € pour claire en 2025-10" in sortie
    assert "Pension de retraite : AJ diminuée de 9.86 € par jour" in sortie
    assert "Activité conservée d'avant la perte d'emploi" in sortie


def test_are_names_an_advance_refused_while_a_debt_remains(lancer, tmp_path):
    # RAC art. 32 bis § 2 1° (D26): SJR 55.44, AJ 35.58 from 2025-07-01. July: 1 500 € of BNC turnover
    # unjustified, 30 − 693 / 35.58 → 11 days, advance 0.8 × 11 → 9. August: pay 2 400 €, 30 − 0.70 ×
    # 2 400 / 35.58 < 0 → 0 days, nothing to recover July's 9 days from. September: turnover 1 500 €
    # unjustified again, the July debt remains: no new advance, 0 paid, the 11 days stay owed.
    situation = fichier_situation(
        tmp_path,
        {
            "demandeur_emploi": {"2025-07": True, "2025-08": True, "2025-09": True},
            "are_jours_restants": {"2025-07": 300},
            "are_salaire_journalier_reference": {"2025-07": 55.44, "2025-08": 55.44, "2025-09": 55.44},
            "are_date_fin_contrat": {"ETERNITY": "2024-10-31"},
            "micro_entreprise_date_creation": {"ETERNITY": "2024-11-01"},
            "micro_entreprise_activite": {"2025-07": "prestations_services_bnc", "2025-09": "prestations_services_bnc"},
            "micro_entreprise_chiffre_affaires": {"2025-07": 1500, "2025-09": 1500},
            "salaire_brut": {"2025-08": 2400},
            "micro_entreprise_chiffre_affaires_justifie": {"2025-07": False, "2025-08": False, "2025-09": False},
        },
    )
    code, sortie, _ = lancer("explain", situation, "--variable", "are", "--period", "2025-09")
    assert code == 0
    assert "0 jours payés × 35.58 € par jour = 0.00 €" in sortie
    assert "une avance d'un mois antérieur reste à récupérer : aucune nouvelle avance" in sortie
    assert "jours versés à titre d'avance" not in sortie
    code, sortie, _ = lancer("explain", situation, "--variable", "are", "--period", "2025-07")
    assert code == 0
    assert "jours versés à titre d'avance" in sortie
    assert "aucune nouvelle avance" not in sortie
