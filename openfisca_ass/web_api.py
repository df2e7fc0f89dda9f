"""The web API as users should run it: the stock OpenFisca application, with clean 400 answers.

Core answers 500 to some bad requests (a monthly variable asked for a year) and 404 to an unknown
variable in a situation. Both are the caller's mistakes: this wrapper answers them with HTTP 400
and a message naming the variable, and tidies the error paths core builds. Every other answer is
the stock one.

Run it with ``make serve``, or ``gunicorn 'openfisca_ass.web_api:create_app()'``.
"""

import dpath
from flask import Response, jsonify, request
from openfisca_core.indexed_enums import Enum
from openfisca_core.simulations import SimulationBuilder
from openfisca_web_api import handlers
from openfisca_web_api.app import create_app as create_stock_app
from werkzeug.exceptions import InternalServerError

from openfisca_ass import CountryTaxBenefitSystem

# Messages of core errors that a bad request causes, not a bug of the model.
_REQUEST_ERRORS = (
    "must be computed for a whole",
    "can only be set for one",
    "was not found in the loaded tax and benefit system",
    # A parameter asked for a date before the law's first value: a period the model does not cover.
    "was not found in the",
    # A monthly input given for a day (several persons): core cannot split it into months.
    "Cannot subdivide",
)
# What to add to core's message for the caller.
_HINTS = {
    "Cannot subdivide": " (an input is given for a period shorter than the variable's: give a month YYYY-MM or longer)",
}
_SITUATION_ROUTES = ("/calculate", "/trace")


def _tidy(error):
    """Core reports some errors as a long list of nulls around one message: keep the message."""
    if isinstance(error, dict):
        return {key: _tidy(value) for key, value in error.items()}
    if isinstance(error, list):
        messages = [_tidy(item) for item in error if item is not None]
        return messages[0] if len(messages) == 1 else messages
    return error


def _valeur_json(variable, valeurs):
    if variable.value_type == Enum:
        return [item.name for item in valeurs.decode()]
    if variable.value_type is float:
        # As core does for one value: float32 → its shortest decimal text → float, no extra decimals.
        return [float(str(valeur)) for valeur in valeurs]
    if variable.value_type is str:
        return [str(valeur) for valeur in valeurs]
    return valeurs.tolist()


def calculer_avec_axes(tax_benefit_system, input_data: dict) -> dict:
    """``/calculate`` of a situation with ``axes``: each null becomes the list of its values along the axes.

    Core 46.0.1 answers 500 to any situation with axes (it looks the person up by the id given,
    while the axes renamed every copy). The copies of entity ``i`` of ``n`` given are at positions
    ``i``, ``n + i``, ``2n + i``... (one per point of the axes, in order).
    """
    builder = SimulationBuilder()
    simulation = builder.build_from_entities(tax_benefit_system, input_data)
    demandes = dpath.search(input_data, "*/*/*/*", afilter=lambda valeur: valeur is None, yielded=True)
    for chemin, _ in list(demandes):
        pluriel, identifiant, nom, periode = chemin.split("/")
        variable = tax_benefit_system.get_variable(nom)
        resultat = simulation.calculate(nom, periode)
        originaux = builder.entity_ids[pluriel]
        input_data[pluriel][identifiant][nom][periode] = _valeur_json(
            variable, resultat[originaux.index(identifiant) :: len(originaux)]
        )
    return input_data


_calculate = handlers.calculate


def _calculate_axes_compris(tax_benefit_system, input_data):
    if isinstance(input_data, dict) and input_data.get("axes"):
        return calculer_avec_axes(tax_benefit_system, input_data)
    return _calculate(tax_benefit_system, input_data)


# The stock /calculate view calls handlers.calculate: situations with axes are sent to ours.
handlers.calculate = _calculate_axes_compris


def _cle_invalide(situation: dict, profondeur: int = 4, chemin: tuple = ()):
    """Path of the first key that core's path handling breaks on (empty, or with a '/'), or None."""
    if profondeur == 0 or not isinstance(situation, dict):
        return None
    for cle, valeur in situation.items():
        if cle == "axes":
            continue
        if cle == "" or "/" in cle:
            return (*chemin, cle)
        trouvee = _cle_invalide(valeur, profondeur - 1, (*chemin, cle))
        if trouvee is not None:
            return trouvee
    return None


def _bad_request(message: str):
    response = jsonify({"error": message})
    response.status_code = 400
    return response


def create_app(tax_benefit_system=None):
    app = create_stock_app(tax_benefit_system or CountryTaxBenefitSystem())

    @app.before_request
    def situation_must_be_a_json_object():
        # Core answers 500 to a body that is not JSON (no Content-Type: its handler gets no error to
        # print) and to JSON that is not an object (a list, a number): both are the caller's mistakes.
        if request.method != "POST" or request.path not in _SITUATION_ROUTES:
            return None
        if not request.is_json:
            return _bad_request("Send the situation as JSON, with the header Content-Type: application/json.")
        situation = request.get_json(silent=True)
        if situation is None:
            return None  # invalid JSON: core's own 400 names the error
        if not isinstance(situation, dict):
            return _bad_request(f"The situation must be a JSON object, not {type(situation).__name__}.")
        cle = _cle_invalide(situation)
        if cle is not None:
            chemin = "/".join(cle)
            return _bad_request(
                f"Invalid key at {chemin!r}: ids, variable names and periods cannot be empty or contain '/'."
            )
        return None

    @app.errorhandler(InternalServerError)
    def bad_request_or_server_error(error: InternalServerError):
        cause = getattr(error, "original_exception", None) or error
        message = str(cause)
        if any(marker in message for marker in _REQUEST_ERRORS):
            message += "".join(hint for marker, hint in _HINTS.items() if marker in message)
            response = jsonify({"error": message})
            response.status_code = 400
            return response
        response = jsonify({"error": f"Internal server error: {message}"})
        response.status_code = 500
        return response

    @app.after_request
    def situation_errors_are_bad_requests(response: Response):
        if request.path not in _SITUATION_ROUTES or response.status_code not in (400, 404):
            return response
        body = response.get_json(silent=True)
        tidy = jsonify(_tidy(body)) if body is not None else response
        tidy.status_code = 400
        tidy.headers.extend({k: v for k, v in response.headers.items() if k.startswith("Country")})
        return tidy

    return app
