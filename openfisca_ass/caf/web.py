"""``POST /caf/calculate`` of the package's web API: the household month by month, CAF benefits included.

Body: ``{"situation": {...}, "mois": ["2025-01", ...]}`` (a situation as for ``/calculate``; the
months asked, at most ``MOIS_MAXIMUM``). Answer: ``{"lignes": [...]}``, the rows of
``tableau_caf``. A bad body is a 400 naming the field; openfisca-france unreachable or failing is
a 502 whose one-line message gives its URL and how to start it, never a zero benefit.
"""

import re

from flask import jsonify, request
from openfisca_core.errors import SituationParsingError, VariableNotFoundError

from openfisca_ass.caf.serveur import OpenfiscaFranceError
from openfisca_ass.caf.tableau import tableau_caf
from openfisca_ass.cli.situation import message_core

ROUTE = "/caf/calculate"
# Ten years of months: enough for any story, bounded so that one request cannot exhaust the server.
MOIS_MAXIMUM = 120
_MOIS = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")


def _erreur(message: str, statut: int):
    reponse = jsonify({"error": message})
    reponse.status_code = statut
    return reponse


def _corps_invalide(corps) -> str | None:
    if not isinstance(corps, dict):
        return 'Corps JSON attendu : {"situation": {...}, "mois": ["AAAA-MM", ...]}'
    situation = corps.get("situation")
    if not isinstance(situation, dict) or not isinstance(situation.get("individus"), dict):
        return "'situation' : objet attendu, avec 'individus' (format de /calculate)"
    return _mois_invalide(corps.get("mois"))


def _mois_invalide(mois) -> str | None:
    if not isinstance(mois, list) or not mois:
        return '\'mois\' : liste de mois attendue, par exemple ["2025-01", "2025-02"]'
    if len(mois) > MOIS_MAXIMUM:
        return f"'mois' : {len(mois)} mois demandés, au plus {MOIS_MAXIMUM}"
    for valeur in mois:
        if not isinstance(valeur, str) or not _MOIS.match(valeur):
            return f"'mois' : mois invalide {valeur!r} (attendu AAAA-MM, par exemple 2025-06)"
    return None


def enregistrer(app, tax_benefit_system) -> None:
    """Adds the route to the Flask ``app`` of the web API."""

    @app.route(ROUTE, methods=["POST"])
    def caf_calculate():
        corps = request.get_json(silent=True)
        probleme = _corps_invalide(corps)
        if probleme:
            return _erreur(probleme, 400)
        try:
            lignes = tableau_caf(corps["situation"], corps["mois"], systeme=tax_benefit_system)
        except OpenfiscaFranceError as erreur:
            return _erreur(str(erreur), 502)
        except SituationParsingError as erreur:
            return _erreur(f"'situation' : {message_core(erreur)}", 400)
        except (ValueError, VariableNotFoundError) as erreur:
            return _erreur(f"'situation' : {' '.join(str(erreur).split())}", 400)
        return jsonify({"lignes": lignes})
