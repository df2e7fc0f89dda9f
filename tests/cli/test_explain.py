"""``openfisca-ass explain``: the rule, the parameters with their legal text, the inputs, from the tracer."""

from conftest import commande, exemple


def test_ass_personne_seule_installed_command():
    resultat = commande("explain", exemple("personne_seule_ass"), "--variable", "ass", "--period", "2025-06")
    assert resultat.returncode == 0, resultat.stderr
    sortie = resultat.stdout
    assert "vaut 453.10 € pour claude en 2025-06" in sortie
    # the rule and its articles
    assert "Code du travail, art. R5423-1 à R5423-14 (allocation de solidarité spécifique) : https://" in sortie
    assert "Code du travail, art. R5423-1 : https://www.legifrance.gouv.fr/" in sortie
    assert "https://www.legifrance.gouv.fr/" in sortie
    # the daily rate used (19.33 from 2025-04-01) with the decree in force on that date
    assert "(ass.montant.taux_journalier) : 19.33 au 2025-06-01" in sortie
    assert "Décret n° 2025-302 du 31 mars 2025, article 1" in sortie
    # the R5423-13 minimum with its article
    assert "article R5423-13" in sortie
    # the arithmetic: (1 353.10 − 900) ÷ 30 = 15.1033 a day
    assert "min(19.33, (1353.10 − 900.00) ÷ 30) = 15.1033" in sortie
    # the inputs given and the intermediate results
    assert "(ass_annees_activite_salariee) : 2025-06 = 8.00" in sortie
    assert "(ass_ressources_mensuelles) : 2025-06 = 900.00" in sortie
    assert "(ass_plafond_ressources) : 2025-06 = 1353.10" in sortie


def test_reference_at_the_date(lancer):
    # In June 2024 the daily rate was 19.01 (décret n° 2024-341, from 2024-04-01)
    code, sortie, _ = lancer(
        "explain", exemple("personne_seule_ass"), "--variable", "ass_montant_journalier", "--period", "2024-06"
    )
    assert code == 0
    assert "vaut 19.01 € pour claude en 2024-06" in sortie
    assert "(ass.montant.taux_journalier) : 19.01 au 2024-06-01" in sortie
    assert "Décret n° 2024-341 du 12 avril 2024" in sortie
    assert "2025-302" not in sortie


def test_are_micro_entrepreneur(lancer):
    code, sortie, _ = lancer("explain", exemple("micro_entrepreneur_are"), "--variable", "are", "--period", "2024-04")
    assert code == 0
    # 1 500 × 0.66 = 990; 30 − 693 ÷ 35.35 → 10 days × 35.35 = 353.50
    assert "10 jours payés × 35.35 € par jour = 353.50 €" in sortie
    # the AJ 0.404 × 55.44 + 12.95 = 35.35: parameters shown as the law writes them, not rounded
    assert "(are.allocation_journaliere.taux_proportionnel) : 0.404 du 2024-01-01 au 2024-04-01" in sortie
    assert "(are.allocation_journaliere.partie_fixe) : 12.95" in sortie
    assert "(micro_entreprise.abattement.prestations_services_bnc) : 0.34" in sortie


def test_couple_second_person(lancer):
    code, sortie, _ = lancer("explain", exemple("couple_ass"), "--period", "2025-05", "--person", "dominique")
    assert code == 0
    # (2 126.30 − 1 600) ÷ 30 × 31 = 543.84
    assert "vaut 543.84 € pour dominique en 2025-05" in sortie
    assert "(ass_plafond_ressources) : 2025-05 = 2126.30" in sortie


def test_are_lists_the_law_in_force_at_the_end_of_the_contract(lancer):
    # The contract ended on 2023-12-31: the duration rules of décret n° 2023-33 (coefficient 0.75,
    # 182 to 548 days under 53) and the ARCE rate of 60 % (contracts ended from 2023-07-01) are
    # read at that date, not at the month explained.
    code, sortie, _ = lancer("explain", exemple("micro_entrepreneur_are"), "--variable", "are", "--period", "2024-04")
    assert code == 0
    assert "(are.duree.coefficient) : 0.75 au 2023-12-31" in sortie
    assert "(are.duree.minimum_jours) : 182 au 2023-12-31" in sortie
    assert "(are.duree.maximum_jours) : 548 au 2023-12-31" in sortie
    assert "(arce.taux) : 0.6 au 2023-12-31" in sortie
    assert "Décret n° 2023-33 du 26 janvier 2023" in sortie
    # the business was created on 2024-03-10: the cap on the rights left (1 before 2025-04-01)
    assert "(are.cumul.part_reliquat_plafond_non_salarie) : 1 au 2024-03-10" in sortie


def test_a_right_defined_for_ever_from_a_pay_history(lancer):
    # The duration of the right (ETERNITY): 2 000 € a month from 2023-07 to the end on 2025-06-30;
    # 731 days × 0.75 = 548.25 → 549, capped at 548 (under 55, from 2025-04-01).
    code, sortie, _ = lancer(
        "explain", exemple("are_depuis_salaires"), "--variable", "are_duree_droits", "--period", "2025-07"
    )
    assert code == 0
    assert "vaut 548 pour camille en 2025-07" in sortie
    # each law value of the chain, read at the end of the contract
    assert "(are.duree.coefficient) : 0.75 au 2025-06-30" in sortie
    assert "(are.duree.maximum_jours) : 548 au 2025-06-30" in sortie
    assert "(are.affiliation.duree_minimale_jours) : 130 au 2025-06-30" in sortie
    assert "(are.salaire_reference.plafonnement_jours_non_travailles) : 0.7 au 2025-06-30" in sortie
    assert "Décret n° 2023-33 du 26 janvier 2023" in sortie
    # the figures of the reference period derived from the history
    assert "(are_jours_periode_reference) : " in sortie
    assert "= 731" in sortie
