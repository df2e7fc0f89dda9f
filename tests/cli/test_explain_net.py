"""``explain are_net``: each deduction with its rate, base, threshold and text; the missing net pay said."""

import json


def _situation(tmp_path, **individu):
    donnees = {
        "individus": {
            "a": {
                "are_salaire_journalier_reference": {"2025-06": 200},
                "are_jours_restants": {"2025-06": 300},
                "demandeur_emploi": {"2025-06": True},
                "are_date_fin_contrat": {"ETERNITY": "2025-01-31"},
                "taux_csg_remplacement": {"2025-06": "taux_plein"},
                "are_net": {"2025-06": None},
                **individu,
            }
        },
        "familles": {"f": {"parents": ["a"], "revenu_disponible": {"2025-06": None}}},
    }
    chemin = tmp_path / "situation.json"
    chemin.write_text(json.dumps(donnees))
    return chemin


def test_are_net_each_deduction(lancer, tmp_path):
    code, sortie, _ = lancer("explain", _situation(tmp_path), "--variable", "are_net", "--period", "2025-06")
    assert code == 0
    # 30 days × 114 (0.57 × 200); participation 3 % × 200 = 6; base 108 × 98.25 % = 106.11;
    # CSG 6.2 % → 6.58, CRDS 0.5 % → 0.53; threshold 11.88 × 35 ÷ 7 = 59.40 → 60
    assert "30 jours payés, 3420.00 € brut" in sortie
    assert "3 % × SJR 200.00 €" in sortie
    assert "= 6.00 € par jour ; total du mois 180.00 €" in sortie
    assert "(114.00 € − 6.00 €) × 98.25 % = 106.11 € par jour" in sortie
    assert "CSG : 6.2 % × 106.11 €, sans laisser moins de 60.00 € par jour" in sortie
    assert "= 6.58 € par jour ; total du mois 197.40 €" in sortie
    assert "CRDS : 0.5 % × 106.11 €" in sortie
    assert "ARE nette = 3420.00 € − 180.00 € − 197.40 € − 15.90 € = 3026.70 €" in sortie
    assert "CSS art. L136-8" in sortie
    # the law's values with their texts
    assert "(marche_travail.smic_horaire_brut) : 11.88 au 2025-06-01" in sortie
    assert "Décret n° 2024-951" in sortie


def test_missing_net_pay_is_said(lancer, tmp_path):
    situation = _situation(tmp_path, salaire_brut={"2025-06": 500})
    code, sortie, _ = lancer("explain", situation, "--variable", "revenu_disponible", "--period", "2025-06")
    assert code == 0
    assert "salaire net non renseigné pour a" in sortie


def test_net_pay_given_no_warning(lancer, tmp_path):
    situation = _situation(tmp_path, salaire_brut={"2025-06": 500}, salaire_net={"2025-06": 390})
    code, sortie, _ = lancer("explain", situation, "--variable", "revenu_disponible", "--period", "2025-06")
    assert code == 0
    assert "non renseigné" not in sortie
