"""A bad file or option: one line on stderr naming the problem, exit code 2, no traceback."""

import json

import pytest
from conftest import commande, exemple


def _fichier(tmp_path, nom, texte):
    chemin = tmp_path / nom
    chemin.write_text(texte, encoding="utf-8")
    return chemin


def _situation(variable, periode, valeur):
    return json.dumps({"individus": {"a": {variable: {periode: valeur}}}})


CAS = [
    ("absent.json", None, "fichier introuvable"),
    ("bad.json", '{"individus": {"a": {}', "JSON invalide, ligne 1"),
    ("bad.yaml", "individus:\n  a: {salaire_brut: {2025-01: 100}\n", "YAML invalide"),
    ("vide.yaml", "", "doit contenir 'individus'"),
    ("inconnue.json", _situation("salaire_brutt", "2025-01", 100), "variable inconnue 'salaire_brutt'"),
    ("periode.json", _situation("salaire_brut", "2025-13", 100), "période invalide '2025-13'"),
    ("negatif.json", _situation("salaire_brut", "2025-01", -100), "Invalid value -100 for variable 'salaire_brut'"),
    ("enum.json", _situation("micro_entreprise_activite", "2025-01", "boulangerie"), "'boulangerie'"),
    ("date.json", _situation("date_naissance", "ETERNITY", "1980-02-30"), "variable 'date_naissance'"),
]


@pytest.mark.parametrize(("nom", "texte", "message"), CAS)
def test_bad_file(lancer, tmp_path, nom, texte, message):
    chemin = tmp_path / nom if texte is None else _fichier(tmp_path, nom, texte)
    code, sortie, erreurs = lancer("simulate", chemin, "--from", "2025-01", "--to", "2025-01")
    assert code == 2
    assert sortie == ""
    assert message in erreurs
    assert len(erreurs.strip().splitlines()) == 1
    assert "Traceback" not in erreurs


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["simulate", "{couple}", "--from", "2025-13", "--to", "2026-01"], "--from : mois invalide '2025-13'"),
        (["compare", "{couple}", "--reform", "inexistante"], "réforme inconnue 'inexistante'"),
        (["sweep", "{couple}", "--variable", "inexistante"], "variable inconnue 'inexistante'"),
        (["sweep", "{couple}", "--step", "0"], "--step doit être positif"),
        (["sweep", "{couple}", "--from", "-50"], "ne peut pas être négatif"),
        (["sweep", "{couple}", "--chart", "graphique.gif"], "extension attendue .png ou .svg"),
        (["sweep", "{couple}", "--variable", "date_naissance"], "seule une variable mensuelle"),
        (["explain", "{couple}", "--variable", "inexistante"], "variable inconnue 'inexistante'"),
        (["explain", "{couple}", "--period", "2025"], "'2025' n'est pas un mois"),
        (["explain", "{couple}", "--person", "zoe"], "personne inconnue 'zoe'"),
    ],
)
def test_bad_option(lancer, arguments, message):
    code, _, erreurs = lancer(*(a.format(couple=exemple("couple_ass")) for a in arguments))
    assert code == 2
    assert message in erreurs
    assert len(erreurs.strip().splitlines()) == 1


def test_installed_command_exit_code(tmp_path):
    chemin = _fichier(tmp_path, "negatif.yaml", "individus:\n  a:\n    salaire_brut: {2025-01: -5}\n")
    resultat = commande("explain", chemin, "--variable", "ass", "--period", "2025-01")
    assert resultat.returncode == 2
    assert "Traceback" not in resultat.stderr
    assert "salaire_brut" in resultat.stderr
