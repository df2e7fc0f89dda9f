"""The web API as users should run it: the stock OpenFisca application, every bad request a clear 400.

Every situation is checked before core builds it (:mod:`openfisca_ass.verification_situation`,
installed on the package's import, so the stock ``openfisca serve`` gets those checks too) and every
value by the variable types (:mod:`openfisca_ass.model_api`). This wrapper adds what only the
application can do: a bounded body, JSON parsed safely, every answer in JSON (an unknown variable,
route or method too), errors classified by their exception type, a 400 logged as one line, answers
that are valid JSON, and the server's limits in ``/spec``. Every other answer is the stock one.

Run it with ``make serve``, or ``gunicorn 'openfisca_ass.web_api:create_app()'``.
"""

import json
import logging
import os

from flask import Response, jsonify, request
from flask.json.provider import DefaultJSONProvider
from openfisca_core.errors import ParameterNotFoundError, SituationParsingError
from openfisca_web_api.app import create_app as create_stock_app
from werkzeug.exceptions import HTTPException, InternalServerError, RequestEntityTooLarge

from openfisca_ass import CountryTaxBenefitSystem
from openfisca_ass.caf import web as caf_web

# Core answers 500 to any situation with axes: the fix is a framework patch (applied on import).
from openfisca_ass.correctifs_core.api_web import calculer_avec_axes  # noqa: F401 (kept importable here)
from openfisca_ass.model_api import extrait
from openfisca_ass.verification_situation import LIMITES, verifier_situation

# Largest body accepted (a situation of 1 000 persons is about 300 kB).
CORPS_MAXIMUM_OCTETS = int(os.environ.get("OPENFISCA_ASS_LIMITE_CORPS_OCTETS", "1000000"))
_SITUATION_ROUTES = ("/calculate", "/trace")
# Longest message written to the log for a 400.
_LONGUEUR_JOURNAL = 300

journal = logging.getLogger("gunicorn.error")


def _tidy(error):
    """Core reports some errors as a long list of nulls around one message: keep the message."""
    if isinstance(error, dict):
        return {key: _tidy(value) for key, value in error.items()}
    if isinstance(error, list):
        messages = [_tidy(item) for item in error if item is not None]
        return messages[0] if len(messages) == 1 else messages
    return error


class _JsonStrict(DefaultJSONProvider):
    """JSON answers without NaN nor Infinity (not JSON): a value that is not finite is a bug, a 500."""

    def dumps(self, obj, **kwargs):
        kwargs.setdefault("allow_nan", False)
        return super().dumps(obj, **kwargs)


def _erreur(message: str, code: int = 400):
    response = jsonify({"error": message})
    response.status_code = code
    return response


def description_limites() -> str:
    """The server's limits, as /spec and the README state them (French: users read them)."""
    return (
        f"Limites de ce serveur (une requête au-delà reçoit une erreur 400 qui le dit) : corps de requête d'au plus "
        f"{CORPS_MAXIMUM_OCTETS} octets (413 au-delà) ; {LIMITES.description()}. Chacune se règle par une variable "
        "d'environnement OPENFISCA_ASS_LIMITE_<NOM> (voir le README)."
    )


def _lire_json(corps: bytes):
    """(the JSON read, None) or (None, what is wrong, in French)."""
    try:
        return json.loads(corps), None
    except json.JSONDecodeError as erreur:
        return None, f"erreur ligne {erreur.lineno}, colonne {erreur.colno}"
    except UnicodeDecodeError as erreur:
        return None, f"le corps n'est pas du texte UTF-8 (octet {erreur.start})"
    except RecursionError:
        return None, "imbriqué trop profondément pour une situation"


def _message_http(error: HTTPException) -> str:
    if error.code == 404 and request.endpoint == "get_variable":
        return f"Variable inconnue : {extrait(request.view_args.get('id'))}. La liste est sur /variables."
    if error.code == 404 and request.endpoint == "get_parameter":
        nom = extrait(request.view_args.get("parameter_id"))
        return f"Paramètre inconnu : {nom}. La liste est sur /parameters."
    if error.code == 404:
        return f"Route inconnue : {extrait(request.path)}. Les routes sont décrites sur /spec."
    if error.code == 405:
        return f"Méthode {request.method} non acceptée sur {extrait(request.path)} (voir /spec)."
    if error.code == 413:
        return f"Corps de requête trop gros : au plus {CORPS_MAXIMUM_OCTETS} octets."
    return f"Erreur HTTP {error.code} : {error.name}."


def create_app(tax_benefit_system=None):
    tax_benefit_system = tax_benefit_system or CountryTaxBenefitSystem()
    app = create_stock_app(tax_benefit_system)
    app.config["TAX_BENEFIT_SYSTEM"] = tax_benefit_system
    caf_web.enregistrer(app, tax_benefit_system)  # POST /caf/calculate (openfisca_ass.caf)
    app.config["MAX_CONTENT_LENGTH"] = CORPS_MAXIMUM_OCTETS
    ancien = app.json
    app.json = _JsonStrict(app)
    app.json.ensure_ascii = False  # what the stock application means with JSON_AS_ASCII = False
    app.json.sort_keys = ancien.sort_keys

    @app.before_request
    def situation_must_be_a_json_object():
        # Core answers 500 to a body that is not JSON (no Content-Type: its handler gets no error to
        # print), to JSON that is not an object (a list, a number) and to JSON nested 1 000 deep.
        if request.method != "POST" or request.path not in _SITUATION_ROUTES:
            return None
        if not request.is_json:
            return _erreur("Envoyez la situation en JSON, avec l'en-tête Content-Type: application/json.")
        corps = request.get_data()
        if request.content_length is None and len(corps) >= CORPS_MAXIMUM_OCTETS:
            # A body sent in chunks (no Content-Length): Werkzeug cuts it silently at the limit.
            return _erreur(_message_http(RequestEntityTooLarge()), 413)
        situation, probleme = _lire_json(corps)
        if probleme:
            return _erreur(f"JSON invalide : {probleme}.")
        if not isinstance(situation, dict):
            return _erreur(
                f'La situation doit être un objet JSON ({{"individus": {{…}}}}), pas {type(situation).__name__}.'
            )
        return None

    @app.before_request
    def trace_bounded():
        # /trace answers every intermediate value of every person: 1 000 persons over 20 years of
        # ARE walk made 67 MB in 25 s.
        if request.method != "POST" or request.path != "/trace":
            return None
        situation = request.get_json(silent=True)
        # The situation's own errors first, as /calculate names them (a SituationInvalide is a 400).
        demande = verifier_situation(app.config["TAX_BENEFIT_SYSTEM"], situation)
        bornes = [
            (demande.individus_simules, LIMITES.individus_trace, "individus simulés (personnes × points des axes)"),
            (
                demande.individus_simules * demande.periodes_demandees,
                LIMITES.individus_mois_trace,
                "individus simulés × périodes demandées",
            ),
        ]
        for valeur, limite, quoi in bornes:
            if valeur > limite:
                return _erreur(
                    f"{valeur} {quoi} : au plus {limite} pour /trace, dont la réponse donne chaque valeur "
                    "intermédiaire de chacun (limite du serveur ; /calculate en accepte plus)."
                )
        return None

    @app.errorhandler(HTTPException)
    def http_errors_in_json(error: HTTPException):
        if error.response is not None:  # a response core built (abort(make_response(...)))
            return error.response
        return _erreur(_message_http(error), error.code)

    @app.errorhandler(SituationParsingError)
    def situation_errors_are_bad_requests(error: SituationParsingError):
        # Core's views catch it themselves; this handles one raised elsewhere (inputs found
        # contradicting while computing are one: model_api.EntreesIncoherentesError).
        response = jsonify(_tidy(error.error))
        response.status_code = 400
        return response

    @app.errorhandler(ParameterNotFoundError)
    def law_not_defined_at_that_date(error: ParameterNotFoundError):
        return _erreur(
            f"Le modèle ne couvre pas cette date : le paramètre « {error.name} » n'a pas de valeur au "
            f"{error.instant_str}. Attendu : un mois où la loi modélisée s'applique (à partir de 2015)."
        )

    @app.errorhandler(InternalServerError)
    def server_error(error: InternalServerError):
        # A bug of the model or of core, not of the request: Flask has logged it with its traceback.
        cause = getattr(error, "original_exception", None) or error
        return _erreur(f"Erreur interne du serveur : {extrait(str(cause))}", 500)

    @app.after_request
    def tidy_and_log_bad_requests(response: Response):
        if response.status_code in (400, 404) and request.path in _SITUATION_ROUTES:
            body = response.get_json(silent=True)
            tidy = jsonify(_tidy(body)) if body is not None else response
            tidy.status_code = 400
            tidy.headers.extend({k: v for k, v in response.headers.items() if k.startswith("Country")})
            response = tidy
        if 400 <= response.status_code < 500:
            texte = response.get_data(as_text=True).strip()
            if len(texte) > _LONGUEUR_JOURNAL:
                texte = texte[:_LONGUEUR_JOURNAL] + "…"
            journal.info("%s %s %s : %s", response.status_code, request.method, request.path, texte)
        return response

    spec_stock = app.view_functions["get_spec"]

    def get_spec():
        response = spec_stock()
        spec = response.get_json()
        spec["info"]["description"] = f"{spec['info']['description']}\n\n{description_limites()}"
        return jsonify(spec)

    app.view_functions["get_spec"] = get_spec
    return app
