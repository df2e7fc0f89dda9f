"""Hostile requests to the real gunicorn server: each class of bad request is a 400 naming the field.

Each case was a 500, a request that held a worker for minutes, or a 200 with a meaningless answer
before openfisca_ass.verification_situation, the variable types of openfisca_ass.model_api and the
wrapper openfisca_ass.web_api (issue 9 §2-§3). Each is sent to /calculate and /trace; the answer
must come within REPONSE_SECONDES (a guard against a request that runs away, not a speed test:
speed is measured by benchmarks/latence_api.py).
"""

import http.client
import json
import threading
import urllib.error
import urllib.request
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parents[2] / "openfisca_ass" / "situation_examples"
REPONSE_SECONDES = 20


def _post(base: str, route: str, corps: bytes, type_contenu: str | None = "application/json"):
    if len(corps) > 1_000_000:
        return _post_trop_gros(base, route, corps)
    entetes = {"Content-Type": type_contenu} if type_contenu else {}
    requete = urllib.request.Request(base + route, data=corps, headers=entetes, method="POST")
    try:
        with urllib.request.urlopen(requete, timeout=REPONSE_SECONDES) as reponse:
            return reponse.status, reponse.read().decode()
    except urllib.error.HTTPError as erreur:
        return erreur.code, erreur.read().decode()


def _post_trop_gros(base: str, route: str, corps: bytes):
    """The server answers 413 as soon as it reads the length and closes: read the answer after the broken pipe."""
    hote, port = base.removeprefix("http://").split(":")
    connexion = http.client.HTTPConnection(hote, int(port), timeout=REPONSE_SECONDES)
    try:
        connexion.putrequest("POST", route)
        connexion.putheader("Content-Type", "application/json")
        connexion.putheader("Content-Length", str(len(corps)))
        connexion.endheaders()
        try:
            connexion.send(corps)
        except (BrokenPipeError, ConnectionResetError):
            pass
        reponse = connexion.getresponse()
        return reponse.status, reponse.read().decode()
    finally:
        connexion.close()


def _get(base: str, chemin: str):
    try:
        with urllib.request.urlopen(base + chemin, timeout=REPONSE_SECONDES) as reponse:
            return reponse.status, reponse.read().decode()
    except urllib.error.HTTPError as erreur:
        return erreur.code, erreur.read().decode()


def _json(situation) -> bytes:
    # allow_nan: the client sends NaN as Python's json writes it; the server must refuse it.
    return json.dumps(situation, allow_nan=True).encode()


def _personne(**entrees):
    entrees.setdefault("ass", {"2025-06": None})
    return {
        "individus": {"claude": {"date_naissance": {"ETERNITY": "1975-03-14"}, **entrees}},
        "familles": {"foyer": {"parents": ["claude"]}},
    }


def _axe(**changements):
    axe = {"name": "pensions_alimentaires_percues", "count": 3, "min": 0, "max": 24000, "period": "2025-05"}
    axe.update(changements)
    axe = {cle: valeur for cle, valeur in axe.items() if valeur is not _SANS}
    return {**_personne(), "axes": [[axe]]}


_SANS = object()

# name: (situation, path of the message in the body, words the message must contain)
CAS = {
    # Axes
    "axe sans count": (_axe(count=_SANS), ["axes", "0", "0"], ["count", "manque"]),
    "axe count non entier": (_axe(count=2.5), ["axes", "0", "0", "count"], ["2.5", "nombre entier"]),
    "axe count texte": (_axe(count="3"), ["axes", "0", "0", "count"], ["'3'", "nombre entier"]),
    "axe count nul": (_axe(count=0), ["axes", "0", "0", "count"], ["0", "au moins 1"]),
    "axe count négatif": (_axe(count=-3), ["axes", "0", "0", "count"], ["-3", "au moins 1"]),
    "axe variable inconnue": (_axe(name="pas_une_variable"), ["axes", "0", "0", "name"], ["pas_une_variable"]),
    "axe sur une catégorie": (
        _axe(name="micro_entreprise_activite"),
        ["axes", "0", "0", "name"],
        ["micro_entreprise_activite", "catégorie"],
    ),
    "axe sur un booléen": (_axe(name="demandeur_emploi"), ["axes", "0", "0", "name"], ["demandeur_emploi"]),
    "axe index trop grand": (_axe(index=5), ["axes", "0", "0", "index"], ["5", "rang"]),
    "axe index négatif": (_axe(index=-1), ["axes", "0", "0", "index"], ["-1"]),
    "axes liste vide": ({**_personne(), "axes": []}, ["axes"], ["liste non vide", "[]"]),
    "axes liste de liste vide": ({**_personne(), "axes": [[]]}, ["axes"], ["[[]]"]),
    "axes pas une liste": ({**_personne(), "axes": {"name": "aah"}}, ["axes"], ["liste"]),
    "axe pas un objet": ({**_personne(), "axes": [[3]]}, ["axes", "0", "0"], ["objet"]),
    "axe clé inconnue": (_axe(mx=3), ["axes", "0", "0"], ["mx"]),
    "axe période invalide": (_axe(period="2025-13"), ["axes", "0", "0", "period"], ["2025-13", "AAAA-MM"]),
    "axe période lointaine": (_axe(period="9999-12"), ["axes", "0", "0", "period"], ["9999-12", "2100"]),
    "axe période nulle": (_axe(period=None), ["axes", "0", "0", "period"], ["None"]),
    "axe max NaN": (_axe(max=float("nan")), ["axes", "0", "0", "max"], ["nan", "pensions_alimentaires_percues"]),
    "axe max 1e308": (_axe(max=1e308), ["axes", "0", "0", "max"], ["1e+308", "au plus 1 000 000 000"]),
    "axe min négatif": (_axe(min=-500), ["axes", "0", "0", "min"], ["-500", "positif ou nul"]),
    "axe entier à pas décimal": (
        _axe(name="nombre_enfants_eleves", count=3, min=0, max=3, period="2025-06"),
        ["axes", "0", "0", "count"],
        ["nombre_enfants_eleves", "divisible"],
    ),
    "axes parallèles de count différents": (
        {
            **_personne(),
            "axes": [
                [
                    {"name": "aah", "count": 3, "min": 0, "max": 10, "period": "2025-05"},
                    {"name": "salaire_imposable", "count": 4, "min": 0, "max": 10, "period": "2025-05"},
                ]
            ],
        },
        ["axes", "0", "1"],
        ["même « count »"],
    ),
    "axes sans familles": (
        {"individus": {"a": {"ass": {"2025-06": None}}}, "axes": [[_axe()["axes"][0][0]]]},
        ["familles"],
        ["familles", "manque"],
    ),
    "axes: dix millions de points": (_axe(count=10_000_000), ["axes", "0", "0", "count"], ["10000000", "1000"]),
    "axes perpendiculaires: un million de points": (
        {
            **_personne(),
            "axes": [
                [{"name": "aah", "count": 1000, "min": 0, "max": 999, "period": "2025-05"}],
                [{"name": "salaire_imposable", "count": 1000, "min": 0, "max": 999, "period": "2025-05"}],
            ],
        },
        ["axes", "1", "0", "count"],
        ["1000000", "au plus 1000"],
    ),
    "axe perpendiculaire d'un point": (
        {
            **_personne(),
            "axes": [
                [{"name": "aah", "count": 3, "min": 0, "max": 10, "period": "2025-05"}],
                [{"name": "salaire_imposable", "count": 1, "min": 0, "max": 10, "period": "2025-05"}],
            ],
        },
        ["axes", "1", "0", "count"],
        ["au moins 2"],
    ),
    # Periods
    "mois demandé en 9999": (_personne(ass={"9999-12": None}), ["individus", "claude", "ass", "9999-12"], ["2040"]),
    "ARE demandée en 9998 (droit ouvert en 2024)": (
        {"individus": {"a": {"are_jours_restants": {"2024-01": 500}, "are": {"9998-12": None}}}},
        ["individus", "a", "are", "9998-12"],
        ["9998-12", "2040"],
    ),
    "mois demandé en 2041": (_personne(ass={"2041-01": None}), ["individus", "claude", "ass", "2041-01"], ["2040"]),
    "étalement sur 100 000 mois": (
        _personne(salaire_imposable={"month:2025-01:100000": 100}),
        ["individus", "claude", "salaire_imposable", "month:2025-01:100000"],
        ["month:2025-01:100000", "2100"],
    ),
    "période de taille démesurée": (
        _personne(salaire_imposable={"month:2025-01:99999999999999999999": 100}),
        ["individus", "claude", "salaire_imposable", "month:2025-01:99999999999999999999"],
        ["hors du calendrier", "2100"],
    ),
    "variable à formule demandée pour ETERNITY": (
        _personne(are_age_fin_contrat={"ETERNITY": None}),
        ["individus", "claude", "are_age_fin_contrat", "ETERNITY"],
        ["are_age_fin_contrat", "AAAA-MM"],
    ),
    "période de taille nulle": (
        _personne(salaire_imposable={"month:2025-01:0": 100}),
        ["individus", "claude", "salaire_imposable", "month:2025-01:0"],
        ["au moins un mois"],
    ),
    "période de taille négative": (
        _personne(salaire_imposable={"month:2025-01:-2": 100}),
        ["individus", "claude", "salaire_imposable", "month:2025-01:-2"],
        ["month:2025-01:-2"],
    ),
    "ETERNITY pour une donnée mensuelle": (
        _personne(salaire_imposable={"ETERNITY": 100}),
        ["individus", "claude", "salaire_imposable", "ETERNITY"],
        ["salaire_imposable", "ETERNITY", "AAAA-MM"],
    ),
    "jour pour une donnée mensuelle": (
        _personne(salaire_imposable={"2025-01-01": 100}),
        ["individus", "claude", "salaire_imposable", "2025-01-01"],
        ["salaire_imposable", "par mois"],
    ),
    "mois commençant le 15": (
        _personne(salaire_imposable={"month:2025-01-15": 100}),
        ["individus", "claude", "salaire_imposable", "month:2025-01-15"],
        ["month:2025-01-15"],
    ),
    "année pour un stock mensuel": (
        _personne(are_jours_restants={"2025": 10}),
        ["individus", "claude", "are_jours_restants", "2025"],
        ["are_jours_restants", "AAAA-MM (un mois)"],
    ),
    "variable mensuelle demandée pour une année": (
        _personne(ass={"2025": None}),
        ["individus", "claude", "ass", "2025"],
        ["ass", "par mois", "AAAA-MM"],
    ),
    "variable mensuelle demandée sur trois mois": (
        _personne(ass={"month:2025-01:3": None}),
        ["individus", "claude", "ass", "month:2025-01:3"],
        ["ass", "par mois"],
    ),
    "variable annuelle demandée pour un mois": (
        _personne(micro_entreprise_revenu_imposable_annuel={"2025-06": None}),
        ["individus", "claude", "micro_entreprise_revenu_imposable_annuel", "2025-06"],
        ["par année", "AAAA"],
    ),
    "période qui n'en est pas une": (
        _personne(salaire_imposable={"mai 2025": 100}),
        ["individus", "claude", "salaire_imposable", "mai 2025"],
        ["mai 2025", "AAAA-MM"],
    ),
    "date avant la loi": (
        _personne(ass_montant_journalier={"2010-06": None}),
        ["error"],
        ["2010-06-01", "ne couvre pas"],
    ),
    # Values
    "catégorie inconnue": (
        _personne(micro_entreprise_activite={"2025-05": "boulangerie"}),
        ["individus", "claude", "micro_entreprise_activite", "2025-05"],
        ["boulangerie", "vente_marchandises"],
    ),
    "catégorie 99": (
        _personne(micro_entreprise_activite={"2025-05": 99}),
        ["individus", "claude", "micro_entreprise_activite", "2025-05"],
        ["99", "vente_marchandises"],
    ),
    "catégorie -1": (
        _personne(micro_entreprise_activite={"2025-05": -1}),
        ["individus", "claude", "micro_entreprise_activite", "2025-05"],
        ["-1", "vente_marchandises"],
    ),
    "catégorie 2.5": (
        _personne(micro_entreprise_activite={"2025-05": 2.5}),
        ["individus", "claude", "micro_entreprise_activite", "2025-05"],
        ["2.5", "rang"],
    ),
    "date en nombre": (
        _personne(ass_date_demande={"ETERNITY": 20250101}),
        ["individus", "claude", "ass_date_demande", "ETERNITY"],
        ["20250101", "AAAA-MM-JJ"],
    ),
    "date vide": (
        _personne(ass_date_demande={"ETERNITY": ""}),
        ["individus", "claude", "ass_date_demande", "ETERNITY"],
        ["''", "AAAA-MM-JJ"],
    ),
    "date impossible": (
        _personne(date_naissance={"ETERNITY": "1975-02-30"}),
        ["individus", "claude", "date_naissance", "ETERNITY"],
        ["1975-02-30", "n'existe pas"],
    ),
    "date en l'an 3000": (
        _personne(are_date_fin_contrat={"ETERNITY": "3000-01-01"}),
        ["individus", "claude", "are_date_fin_contrat", "ETERNITY"],
        ["3000-01-01", "2100-12-31"],
    ),
    "montant en texte": (
        _personne(salaire_imposable={"2025-05": "100"}),
        ["individus", "claude", "salaire_imposable", "2025-05"],
        ["'100'", "montant en euros"],
    ),
    "montant en formule": (
        _personne(salaire_imposable={"2025-05": "10**10"}),
        ["individus", "claude", "salaire_imposable", "2025-05"],
        ["10**10"],
    ),
    "montant true": (
        _personne(salaire_imposable={"2025-05": True}),
        ["individus", "claude", "salaire_imposable", "2025-05"],
        ["True", "montant en euros"],
    ),
    "montant négatif": (
        _personne(salaire_imposable={"2025-05": -100}),
        ["individus", "claude", "salaire_imposable", "2025-05"],
        ["-100", "positif ou nul"],
    ),
    "montant 1e308": (
        _personne(salaire_imposable={"2025-05": 1e308}),
        ["individus", "claude", "salaire_imposable", "2025-05"],
        ["1e+308"],
    ),
    "montant NaN": (
        _personne(salaire_imposable={"2025-05": float("nan")}),
        ["individus", "claude", "salaire_imposable", "2025-05"],
        ["nan"],
    ),
    "montant d'une variable calculée négatif": (
        _personne(are={"2025-05": -10}),
        ["individus", "claude", "are", "2025-05"],
        ["-10", "positif ou nul"],
    ),
    "nombre entier 2.5": (
        _personne(nombre_enfants_eleves={"2025-06": 2.5}),
        ["individus", "claude", "nombre_enfants_eleves", "2025-06"],
        ["2.5", "sans décimale"],
    ),
    "booléen en texte": (
        _personne(demandeur_emploi={"2025-06": "oui"}),
        ["individus", "claude", "demandeur_emploi", "2025-06"],
        ["'oui'", "booléen"],
    ),
    "booléen 2": (
        _personne(demandeur_emploi={"2025-06": 2}),
        ["individus", "claude", "demandeur_emploi", "2025-06"],
        ["2", "booléen"],
    ),
    "valeur liste": (
        _personne(salaire_imposable={"2025-05": [1, 2]}),
        ["individus", "claude", "salaire_imposable", "2025-05"],
        ["[1, 2]"],
    ),
    "valeur longue coupée": (
        _personne(micro_entreprise_activite={"2025-05": "x" * 100_000}),
        ["individus", "claude", "micro_entreprise_activite", "2025-05"],
        ["100002 caractères"],
    ),
    "montant négatif sur la famille": (
        {
            "individus": {"a": {"ass": {"2025-06": None}}},
            "familles": {"f": {"parents": ["a"], "ass_base_ressources": {"2025-06": -5}}},
        },
        ["familles", "f", "ass_base_ressources", "2025-06"],
        ["-5", "positif ou nul"],
    ),
    # Entities
    "famille d'enfants seuls": (
        {"individus": {"a": {"ass": {"2025-06": None}}}, "familles": {"f": {"enfants": ["a"]}}},
        ["familles", "f", "parents"],
        ["parents", "demandeur"],
    ),
    "famille de trois parents": (
        {
            "individus": {"a": {}, "b": {}, "c": {"ass": {"2025-06": None}}},
            "familles": {"f": {"parents": ["a", "b", "c"]}},
        },
        ["familles", "f", "parents"],
        ["au plus 2"],
    ),
    "personne dans deux familles": (
        {
            "individus": {"a": {"ass": {"2025-06": None}}},
            "familles": {"f": {"parents": ["a"]}, "g": {"parents": ["a"]}},
        },
        ["familles", "g", "parents"],
        ["'a'", "une seule famille"],
    ),
    "personne inconnue dans la famille": (
        {"individus": {"claude": {}}, "familles": {"f": {"parents": ["dominique"]}}},
        ["familles", "f", "parents"],
        ["'dominique'"],
    ),
    "rôle qui n'est pas une liste": (
        {"individus": {"a": {}}, "familles": {"f": {"parents": {"a": 1}}}},
        ["familles", "f", "parents"],
        ["liste"],
    ),
    "sans personne": ({"individus": {}}, ["individus"], ["Au moins une personne"]),
    "entité inconnue": ({**_personne(), "menages": {}}, ["menages"], ["menages", "individus"]),
    "variable inconnue": (
        _personne(salaire_imaginaire={"2025-05": 100}),
        ["individus", "claude", "salaire_imaginaire"],
        ["salaire_imaginaire", "/variables"],
    ),
    "variable d'une autre entité": (
        {"individus": {"a": {"ass_base_ressources": {"2025-06": 100}}}},
        ["individus", "a", "ass_base_ressources"],
        ["famille"],
    ),
    "variable sans période": (
        _personne(salaire_imposable=100),
        ["individus", "claude", "salaire_imposable"],
        ["{période: valeur}"],
    ),
    "identifiant vide": ({"individus": {"": {}}}, ["individus"], ["Identifiant invalide"]),
    "identifiant avec /": ({"individus": {"a/b": {}}}, ["individus"], ["'a/b'"]),
    "personne qui n'est pas un objet": ({"individus": {"a": 3}}, ["individus", "a"], ["objet"]),
    "JSON imbriqué sur 20 niveaux": (
        {"individus": {"a": {"salaire_imposable": {"2025-05": json.loads("[" * 20 + "]" * 20)}}}},
        ["error"],
        ["imbriqué"],
    ),
    # Limits
    "10 000 personnes": (
        {"individus": {f"p{rang}": {} for rang in range(10_000)}},
        ["individus"],
        ["10000 personnes", "au plus 1000"],
    ),
    "1 440 valeurs demandées": (
        {
            "individus": {
                nom: {"ass": {f"{2000 + rang // 12}-{rang % 12 + 1:02d}": None for rang in range(480)}}
                for nom in ("a", "b", "c")
            }
        },
        ["error"],
        ["1440 valeurs demandées", "au plus 1000"],
    ),
    "61 périodes demandées": (
        _personne(ass={f"{2020 + rang // 12}-{rang % 12 + 1:02d}": None for rang in range(61)}),
        ["error"],
        ["61 périodes demandées distinctes", "au plus 60"],
    ),
    "individus × périodes: 1 000 points × 13 mois": (
        {
            **_personne(ass={f"2025-{mois:02d}": None for mois in range(1, 13)} | {"2026-01": None}),
            "axes": [[{"name": "aah", "count": 1000, "min": 0, "max": 999, "period": "2024-05"}]],
        },
        ["error"],
        ["13000 individus simulés × périodes demandées", "au plus 6000"],
    ),
    "individus simulés: 20 personnes × 1 000 points": (
        {
            "individus": {f"p{rang}": {"ass": {"2025-06": None}} for rang in range(20)},
            "familles": {f"f{rang}": {"parents": [f"p{rang}"]} for rang in range(20)},
            "axes": [[{"name": "aah", "count": 1000, "min": 0, "max": 999, "period": "2025-05"}]],
        },
        ["error"],
        ["20000 individus simulés", "au plus 10000"],
    ),
    "valeurs calculées: 200 valeurs × 1 000 points": (
        {
            **_personne(ass={f"20{20 + rang // 12}-{rang % 12 + 1:02d}": None for rang in range(200)}),
            "axes": [[{"name": "aah", "count": 1000, "min": 0, "max": 999, "period": "2025-05"}]],
        },
        ["error"],
        ["200000 valeurs calculées", "au plus 100000"],
    ),
    "mois de données: 50 ans × 200 variables": (
        {
            "individus": {
                f"p{rang}": {"salaire_imposable": {"month:2000-01:600": 1000}, "aah": {"month:2000-01:600": 100}}
                for rang in range(100)
            }
        },
        ["error"],
        ["120000 mois de données", "au plus 100000"],
    ),
}


def _message(corps: str, chemin: list[str]):
    valeur = json.loads(corps)
    for cle in chemin:
        assert isinstance(valeur, dict) and cle in valeur, (chemin, corps[:500])
        valeur = valeur[cle]
    assert isinstance(valeur, str), corps[:500]
    return valeur


@pytest.mark.parametrize("route", ["/calculate", "/trace"])
@pytest.mark.parametrize("cas", sorted(CAS))
def test_requete_invalide_400_nommant_le_champ(server, route, cas):
    situation, chemin, mots = CAS[cas]
    statut, corps = _post(server, route, _json(situation))
    assert statut == 400, corps[:500]
    message = _message(corps, chemin)
    for mot in mots:
        assert mot in message
    assert "NaN" not in corps and "Infinity" not in corps
    assert len(corps) < 2_000  # the value echoed is cut


CORPS = {
    # Regressions of the fuzzer: each of these was a 500.
    "corps vide sans en-tête": (b"", None, 400, "Content-Type: application/json"),
    "en-tête texte": (b'{"individus": {}}', "text/plain", 400, "Content-Type: application/json"),
    "liste": (b"[1, 2]", "application/json", 400, "pas list"),
    "texte": (b'"texte"', "application/json", 400, "pas str"),
    "JSON mal formé": (b'{"individus": {', "application/json", 400, "JSON invalide"),
    "JSON imbriqué 1 000 fois": (b"[" * 1000 + b"]" * 1000, "application/json", 400, "imbriqué trop profondément"),
    "objet imbriqué 900 fois": (b'{"a":' * 900 + b"1" + b"}" * 900, "application/json", 400, "imbriqué"),
    "UTF-8 invalide": (b'{"individus": {"\xff": {}}}', "application/json", 400, "UTF-8"),
    "corps de 2 Mo": (
        b'{"individus": {"a": {"salaire_imposable": {"2025-01": "' + b"x" * 2_000_000 + b'"}}}}',
        "application/json",
        413,
        "trop gros",
    ),
}


@pytest.mark.parametrize("route", ["/calculate", "/trace"])
@pytest.mark.parametrize("cas", sorted(CORPS))
def test_corps_invalide(server, route, cas):
    corps, type_contenu, statut_attendu, attendu = CORPS[cas]
    statut, reponse = _post(server, route, corps, type_contenu)
    assert statut == statut_attendu, reponse[:500]
    assert attendu in json.loads(reponse)["error"]
    assert len(reponse) < 2_000


@pytest.mark.parametrize(
    ("chemin", "statut_attendu", "attendu"),
    [
        ("/variable/PAS_UNE_VARIABLE", 404, "Variable inconnue : 'PAS_UNE_VARIABLE'"),
        ("/parameter/pas.un.parametre", 404, "Paramètre inconnu : 'pas.un.parametre'"),
        ("/pas_une_route", 404, "Route inconnue"),
        ("/calculate", 405, "Méthode GET"),
    ],
)
def test_chaque_reponse_est_du_json(server, chemin, statut_attendu, attendu):
    statut, corps = _get(server, chemin)
    assert statut == statut_attendu
    assert attendu in json.loads(corps)["error"]


def test_une_erreur_400_est_une_ligne_du_journal(server, server_log):
    situation = _personne(salaire_imposable={"2025-05": -12345})
    statut, _ = _post(server, "/calculate", _json(situation))
    assert statut == 400
    journal = server_log.read_text()
    lignes = [ligne for ligne in journal.splitlines() if "-12345" in ligne]
    assert len(lignes) == 1
    assert "400 POST /calculate" in lignes[0]
    assert "Traceback" not in journal
    assert "ERROR" not in journal


def test_bombe_memoire_refusee_vite_et_le_serveur_repond(server):
    """An axes sweep of 10 000 000 points took one worker past 5 GB: now a 400, and the others are served."""
    exemple = (EXAMPLES / "personne_seule_ass.json").read_bytes()
    bombe = _json(_axe(count=10_000_000))
    resultats = []

    def envoyer(corps):
        resultats.append(_post(server, "/calculate", corps))

    fils = [threading.Thread(target=envoyer, args=(corps,)) for corps in [bombe, exemple] * 4]
    for fil in fils:
        fil.start()
    for fil in fils:
        fil.join(REPONSE_SECONDES)
    statuts = sorted(statut for statut, _ in resultats)
    assert statuts == [200] * 4 + [400] * 4
    for statut, corps in resultats:
        if statut == 200:
            # 70 × 19.33 = 1 353.10 ; resources 10 800 ÷ 12 = 900 ; 1 353.10 − 900 = 453.10
            assert json.loads(corps)["individus"]["claude"]["ass"]["2025-06"] == pytest.approx(453.10, abs=0.005)


def test_categorie_donnee_par_son_rang(server):
    """A category may be given by its rank (0 = vente_marchandises, 2 = prestations_services_bnc)."""
    situation = {
        "individus": {
            "a": {
                "micro_entreprise_chiffre_affaires": {"2025-06": 1000},
                "micro_entreprise_activite": {"2025-06": 2},
                "micro_entreprise_revenu": {"2025-06": None},
            }
        }
    }
    statut, corps = _post(server, "/calculate", _json(situation))
    assert statut == 200, corps
    # micro-BNC abatement 34 %: 1 000 × (1 − 0.34) = 660
    assert json.loads(corps)["individus"]["a"]["micro_entreprise_revenu"]["2025-06"] == pytest.approx(660, abs=0.005)


def test_limites_dans_spec(server):
    statut, corps = _get(server, "/spec")
    assert statut == 200
    description = json.loads(corps)["info"]["description"]
    for mot in [
        "1000 individus",
        "1000 points d'axes",
        "2040-12",
        "octets",
        "100 pour /trace",
        "OPENFISCA_ASS_LIMITE_",
    ]:
        assert mot in description


def test_trace_bornee_a_100_individus_simules(server):
    """/trace answers every intermediate value of every person: 101 persons are refused there, not on /calculate."""
    situation = {"individus": {f"p{rang}": {"ass": {"2025-06": None}} for rang in range(101)}}
    statut, corps = _post(server, "/trace", _json(situation))
    assert statut == 400
    assert "101 individus simulés" in json.loads(corps)["error"]
    statut, corps = _post(server, "/calculate", _json(situation))
    assert statut == 200, corps[:300]
    # Nothing given: no ASS.
    assert json.loads(corps)["individus"]["p100"]["ass"]["2025-06"] == 0


def test_trace_bornee_en_individus_mois(server):
    """41 persons × 30 months asked: 1 230 person-months, more than the 1 200 of /trace; /calculate answers."""
    mois = [f"{2023 + rang // 12}-{rang % 12 + 1:02d}" for rang in range(30)]
    situation = {"individus": {f"p{rang}": {} for rang in range(41)}}
    situation["individus"]["p0"]["ass"] = dict.fromkeys(mois)
    statut, corps = _post(server, "/trace", _json(situation))
    assert statut == 400
    assert "1230 individus simulés × périodes demandées" in json.loads(corps)["error"]
    statut, corps = _post(server, "/calculate", _json(situation))
    assert statut == 200, corps[:300]
    # Nothing given: no ASS in any month.
    assert set(json.loads(corps)["individus"]["p0"]["ass"].values()) == {0}


def test_corps_par_morceaux_trop_gros(server):
    """A body sent in chunks (no Content-Length) past the limit: a 413, not a body cut silently."""
    hote, port = server.removeprefix("http://").split(":")
    connexion = http.client.HTTPConnection(hote, int(port), timeout=REPONSE_SECONDES)
    morceaux = [b'{"individus": {"a": {"salaire_imposable": {"2025-01": "', *[b"x" * 10_000] * 150, b'"}}}}']
    try:
        try:
            connexion.request(
                "POST",
                "/calculate",
                body=iter(morceaux),
                headers={"Content-Type": "application/json"},
                encode_chunked=True,
            )
        except (BrokenPipeError, ConnectionResetError):
            pass
        reponse = connexion.getresponse()
        assert reponse.status == 413
        assert "trop gros" in json.loads(reponse.read())["error"]
    finally:
        connexion.close()


def test_corps_par_morceaux_accepte(server):
    """A body sent in chunks within the limit is read whole."""
    exemple = (EXAMPLES / "personne_seule_ass.json").read_bytes()
    hote, port = server.removeprefix("http://").split(":")
    connexion = http.client.HTTPConnection(hote, int(port), timeout=REPONSE_SECONDES)
    morceaux = [exemple[debut : debut + 100] for debut in range(0, len(exemple), 100)]
    try:
        connexion.request(
            "POST", "/calculate", body=iter(morceaux), headers={"Content-Type": "application/json"}, encode_chunked=True
        )
        reponse = connexion.getresponse()
        assert reponse.status == 200
        # 70 × 19.33 = 1 353.10 ; resources 10 800 ÷ 12 = 900 ; 1 353.10 − 900 = 453.10
        ass = json.loads(reponse.read())["individus"]["claude"]["ass"]["2025-06"]
        assert ass == pytest.approx(453.10, abs=0.005)
    finally:
        connexion.close()
