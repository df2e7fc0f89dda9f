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
    ("vide.yaml", "", "fichier vide"),
    ("inconnue.json", _situation("salaire_brutt", "2025-01", 100), "variable inconnue 'salaire_brutt'"),
    ("periode.json", _situation("salaire_brut", "2025-13", 100), "période invalide '2025-13'"),
    ("negatif.json", _situation("salaire_brut", "2025-01", -100), "salaire_brut.2025-01 : -100 est négatif"),
    # an enum as an integer: out of range, -1 (core took the last category), 2.5 (core truncated)
    ("enum99.json", _situation("micro_entreprise_activite", "2025-01", 99), "catégorie inconnue 99 (attendu : vente"),
    ("enum-1.json", _situation("micro_entreprise_activite", "2025-01", -1), "catégorie inconnue -1"),
    ("enum2.5.json", _situation("micro_entreprise_activite", "2025-01", 2.5), "catégorie inconnue 2.5"),
    ("texte.json", _situation("salaire_brut", "2025-01", "abc"), "'abc' n'est pas un nombre"),
    ("vrai.json", _situation("salaire_brut", "2025-01", True), "True n'est pas un nombre"),
    ("liste.json", _situation("salaire_brut", "2025-01", [1, 2]), "[1, 2] n'est pas un nombre"),
    ("enorme.json", _situation("salaire_brut", "2025-01", 1e308), "n'est pas un nombre fini"),
    ("nan.yaml", "individus: {a: {salaire_brut: {2025-01: .nan}}}", "nan n'est pas un nombre fini"),
    ("entier.json", _situation("nombre_enfants_eleves", "2025-01", 1.5), "1.5 n'est pas un nombre entier"),
    ("booleen.json", _situation("demandeur_emploi", "2025-01", "oui"), "'oui' n'est pas un booléen"),
    ("date_entier.json", _situation("date_naissance", "ETERNITY", 1980), "1980 n'est pas une date"),
    ("date_vide.json", _situation("date_naissance", "ETERNITY", ""), "'' n'est pas une date"),
    ("eternite.json", _situation("salaire_brut", "ETERNITY", 100), "période 'ETERNITY' invalide pour cette variable"),
    ("mois_permanent.json", _situation("date_naissance", "2025-01", "1980-01-01"), "période '2025-01' invalide"),
    ("an_9999.json", _situation("ass", "9999-12", None), "période '9999-12' hors des années 1900 à 2100"),
    ("tres_long.json", _situation("salaire_brut", "month:2025-01:100000", 1), "hors des années 1900 à 2100"),
    ("pas_par_periode.json", json.dumps({"individus": {"a": {"salaire_brut": 100}}}), "valeurs par période"),
    ("blanc.json", "  \n", "fichier vide"),
    ("profond.json", "[" * 100000 + "]" * 100000, "JSON imbriqué trop profondément"),
    ("liste_racine.json", "[1, 2]", "doit contenir 'individus'"),
    ("personne_nulle.json", json.dumps({"individus": {"a": None}}), "individus.a doit associer des variables"),
    (
        "sans_parent.json",
        json.dumps({"individus": {"a": {}, "b": {}}, "familles": {"f": {"enfants": ["a", "b"]}}}),
        "familles.f : au moins un parent",
    ),
    (
        "personne_inconnue.json",
        json.dumps({"individus": {"a": {}}, "familles": {"f": {"parents": ["zz"]}}}),
        "Personne inconnue dans « parents » : 'zz'",
    ),
    ("tag.yaml", "individus: !!python/object:os.system {a: 1}", "YAML invalide, ligne 1"),
    # a "billion laughs" of aliases: refused on its first unknown entity, nothing expanded
    (
        "bombe.yaml",
        "a: &a [x, x, x, x, x, x, x, x, x]\n"
        + "".join(f"{n}: &{n} [{', '.join(['*' + p] * 9)}]\n" for p, n in zip("abcdefgh", "bcdefghi", strict=True))
        + "individus: {a: {salaire_brut: {2025-01: *i}}}\n",
        "entité inconnue 'a'",
    ),
    (
        "bombe_valeur.yaml",
        "individus:\n  a:\n    x: &a [1, 1, 1, 1, 1, 1, 1, 1, 1]\n",
        "variable inconnue 'x'",
    ),
    (
        "bombe_montant.yaml",
        "individus:\n  a:\n    salaire_brut:\n"
        "      2025-01: &a [[1, 1, 1, 1, 1, 1, 1, 1, 1]]\n      2025-02: [*a, *a, *a]\n",
        "n'est pas un nombre",
    ),
    ("enum.json", _situation("micro_entreprise_activite", "2025-01", "boulangerie"), "'boulangerie'"),
    ("date.json", _situation("date_naissance", "ETERNITY", "1980-02-30"), "'1980-02-30' n'est pas une date (attendu"),
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
        (["sweep", "{couple}", "--step", "-5"], "--step doit être positif"),
        (["sweep", "{couple}", "--step", "nan"], "--step nan : attendu un nombre fini"),
        (["sweep", "{couple}", "--step", "inf"], "--step inf : attendu un nombre fini"),
        (["sweep", "{couple}", "--to", "inf"], "--to inf : attendu un nombre fini"),
        (["sweep", "{couple}", "--from", "nan"], "--from nan : attendu un nombre fini"),
        (["sweep", "{couple}", "--to", "1e300", "--step", "1"], "--to 1e+300 : attendu un nombre fini"),
        (["sweep", "{couple}", "--to", "1e9", "--step", "1"], "points demandés : au plus 100000"),
        (["sweep", "{couple}", "--to", "10", "--from", "20"], "--to 10 est inférieur à --from 20"),
        (["sweep", "{couple}", "--step", "abc"], "argument --step : nombre invalide 'abc'"),
        (["simulate"], "arguments obligatoires manquants : FILE"),
        (["simulate", "{couple}", "--form", "2025-01"], "arguments inconnus : --form 2025-01"),
        (["simulate", "{couple}", "--from"], "argument --from : une valeur attendue"),
        (["simuler", "{couple}"], "commande inconnue 'simuler' (commandes : simulate, compare, sweep, explain"),
        (["sweep", "{couple}", "--variable", "ass"], "--variable ass : c'est un résultat que le balayage calcule"),
        (["sweep", "{couple}", "--variable", "are"], "--variable are : c'est un résultat"),
        (["sweep", "{couple}", "--variable", "ass_ressources_mensuelles"], "c'est un résultat"),
        (["sweep", "{couple}", "--variable", "demandeur_emploi"], "seule une variable numérique"),
        (["sweep", "{couple}", "--variable", "ass_base_ressources"], "seule une variable mensuelle d'un individu"),
        (["sweep", "{couple}", "--months-before", "-1"], "--months-before doit être positif ou nul"),
        (["sweep", "{couple}", "--months-before", "100000"], "--months-before 100000 : attendu de 0 à 36"),
        (["sweep", "{couple}", "--period", "1901-01", "--months-before", "36"], "mois '1898-01' hors des années"),
        (["sweep", "{couple}", "--period", "9999-12"], "--period : mois '9999-12' hors des années 1900 à 2100"),
        (["simulate", "{couple}", "--from", "9999-12", "--to", "9999-12"], "mois '9999-12' hors des années"),
        (["simulate", "{couple}", "--from", "0001-01", "--to", "0001-01"], "mois '0001-01' hors des années"),
        (["simulate", "{couple}", "--from", "1900-01", "--to", "2100-12"], "2412 mois, au plus 600"),
        (["simulate", "{couple}", "--from", "2026-01", "--to", "2025-01"], "--to 2025-01 est avant --from 2026-01"),
        (["compare", "{couple}", "--reform", "ass_cumul_six_mois", "--from", "9999-12"], "hors des années"),
        (["explain", "{couple}", "--period", "9999-12"], "hors des années"),
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


def test_too_many_months_asked_in_the_file(lancer, tmp_path):
    chemin = _fichier(tmp_path, "long.json", _situation("ass", "month:2025-01:700", None))
    code, _, erreurs = lancer("simulate", chemin)
    assert code == 2
    assert "700 mois dans le fichier, au plus 600 : donnez --from et --to" in erreurs
