"""``openfisca-ass explain --variable ati`` names the edge of the R5424-73 deadline that applied
(DECISIONS.md D25) and shows the law value it read."""

from conftest import fichier_situation

ACTIVITE = {
    "ati_fait_generateur": {"ETERNITY": "liquidation_judiciaire"},
    "ati_date_debut_activite": {"ETERNITY": "2019-01-01"},
    "ati_revenu_activite_derniere_annee": {"ETERNITY": 15000},
    "ati_revenu_activite_avant_derniere_annee": {"ETERNITY": 15000},
}


def _situation(tmp_path, dates: dict, mois: str) -> str:
    personne = {**ACTIVITE, "demandeur_emploi": {mois: True}}
    personne.update({nom: {"ETERNITY": date} for nom, date in dates.items()})
    return fichier_situation(tmp_path, personne)


def test_in_time_from_the_day_before_the_registration(lancer, tmp_path):
    dates = {"ati_date_fait_generateur": "2024-03-31", "ati_date_inscription": "2025-03-31"}
    code, sortie, _ = lancer(
        "explain", _situation(tmp_path, dates, "2025-04"), "--variable", "ati", "--period", "2025-04"
    )
    assert code == 0
    # 30 days of April × 26.30 = 789.00; the 12 months from the end expire on 2025-03-31, the day
    # before the registration is 2025-03-30
    assert "vaut 789.00 € pour claire en 2025-04" in sortie
    assert "30 jours indemnisés × 26.30 € par jour = 789.00 €" in sortie
    assert "Délai de R5424-73 respecté : la veille de l'inscription (2025-03-30) est antérieur au 2025-03-31" in sortie
    assert "terme des 12 mois courant depuis la fin d'activité (2024-03-31)" in sortie
    assert "(ati.conditions.delai_fin_activite_inscription_mois) : 12 au 2024-03-31" in sortie
    assert "LEGIARTI000038876694" in sortie


def test_late_from_the_month_of_the_claim(lancer, tmp_path):
    dates = {
        "ati_date_fait_generateur": "2024-02-29",
        "ati_date_inscription": "2024-01-15",
        "ati_date_demande": "2025-03-01",
    }
    code, sortie, _ = lancer(
        "explain", _situation(tmp_path, dates, "2024-03"), "--variable", "ati", "--period", "2024-03"
    )
    assert code == 0
    # registered before the end: the 12 months from 2024-02-29 expire on 2025-02-28 (no 29th);
    # the first day of the claim month, 2025-03-01, is not before it
    assert "vaut 0.00 € pour claire en 2024-03" in sortie
    assert (
        "Délai de R5424-73 dépassé : le premier jour du mois de la demande (2025-03-01) n'est pas antérieur au "
        "2025-02-28" in sortie
    )
    assert "fin d'activité (2024-02-29) : pas d'ATI" in sortie


def test_registered_before_the_end_without_a_claim_date(lancer, tmp_path):
    dates = {"ati_date_fait_generateur": "2024-02-29", "ati_date_inscription": "2024-01-15"}
    code, sortie, _ = lancer(
        "explain", _situation(tmp_path, dates, "2024-03"), "--variable", "ati", "--period", "2024-03"
    )
    assert code == 0
    assert "vaut 815.30 € pour claire en 2024-03" in sortie  # 31 × 26.30
    assert "sans date de demande d'ATI : délai tenu pour respecté" in sortie


def test_no_deadline_line_without_a_registration_date(lancer, tmp_path):
    dates = {"ati_date_fait_generateur": "2024-02-29"}
    code, sortie, _ = lancer(
        "explain", _situation(tmp_path, dates, "2024-03"), "--variable", "ati", "--period", "2024-03"
    )
    assert code == 0
    assert "Délai de R5424-73" not in sortie
