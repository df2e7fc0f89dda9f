"""The web API as users should run it: the stock OpenFisca application, with clean 400 answers.

Core answers 500 to some bad requests (a monthly variable asked for a year) and 404 to an unknown
variable in a situation. Both are the caller's mistakes: this wrapper answers them with HTTP 400
and a message naming the variable, and tidies the error paths core builds. Every other answer is
the stock one.

Run it with ``make serve``, or ``gunicorn 'openfisca_ass.web_api:create_app()'``.
"""

from flask import Response, jsonify, request
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
)
_SITUATION_ROUTES = ("/calculate", "/trace")


def _tidy(error):
    """Core reports some errors as a long list of nulls around one message: keep the message."""
    if isinstance(error, dict):
        return {key: _tidy(value) for key, value in error.items()}
    if isinstance(error, list):
        messages = [_tidy(item) for item in error if item is not None]
        return messages[0] if len(messages) == 1 else messages
    return error


def create_app(tax_benefit_system=None):
    app = create_stock_app(tax_benefit_system or CountryTaxBenefitSystem())

    @app.errorhandler(InternalServerError)
    def bad_request_or_server_error(error: InternalServerError):
        cause = getattr(error, "original_exception", None) or error
        message = str(cause)
        if any(marker in message for marker in _REQUEST_ERRORS):
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
