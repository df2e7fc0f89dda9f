"""What variable files import: core's building blocks and this package's checked variable types.

Every variable of the package derives from :class:`Variable` below, whose input check names the
variable, the value (cut when long) and what it expects, so that a bad value in a situation (YAML
test, JSON, web API, command line) is refused with a clear message instead of a crash, a silent
zero or a silent wrong answer. Amounts in euros derive from :class:`MontantEuros` and counts from
:class:`NombrePositif`, which also refuse negative values; so does every variable whose unit is the
euro or the day. The messages are in French: users read
them (web API 400 bodies, command line).
"""

import math
import re
from datetime import date

import numpy
from openfisca_core.errors import SituationParsingError
from openfisca_core.holders import set_input_dispatch_by_period, set_input_divide_by_period
from openfisca_core.indexed_enums import Enum
from openfisca_core.model_api import max_, min_, select, where
from openfisca_core.periods import ETERNITY, MONTH, YEAR
from openfisca_core.periods import period as periode
from openfisca_core.variables import Variable as CoreVariable

__all__ = [
    "ETERNITY",
    "MONTH",
    "YEAR",
    "Enum",
    "EntreesIncoherentesError",
    "MontantEuros",
    "NombrePositif",
    "Variable",
    "date",
    "extrait",
    "periode",
    "max_",
    "min_",
    "select",
    "where",
    "set_input_dispatch_by_period",
    "set_input_divide_by_period",
]

# Bounds of what a situation may hold. Not law: technical limits, far beyond any real case, that
# keep every value inside what the arrays store exactly (float32 amounts, int32 counts, the
# calendar tables of openfisca_ass.calendrier) — 1e308 € would give Infinity, which is not JSON.
VALEUR_ABSOLUE_MAXIMALE = 1_000_000_000
PREMIERE_DATE = date(1900, 1, 1)
DERNIERE_DATE = date(2100, 12, 31)
# Longest value echoed in a message: a 50 MB string is not sent back.
LONGUEUR_EXTRAIT = 80

EUROS = "currency-EUR"
# A number of days is never negative: refused as an amount in euros is (-5 days suspended or paid
# would add days to a month).
JOURS = "day"
_MONTANT = f"un montant en euros positif ou nul, au plus {VALEUR_ABSOLUE_MAXIMALE:_}".replace("_", " ")
_DATE_ISO = re.compile(r"\d{4}-\d{2}-\d{2}")
_ATTENDU = {
    bool: "un booléen (true ou false)",
    int: "un nombre entier",
    float: "un nombre",
    str: "un texte",
    date: (
        f"une date au format AAAA-MM-JJ entre {PREMIERE_DATE.isoformat()} et {DERNIERE_DATE.isoformat()}, "
        "par exemple 2025-04-01"
    ),
}


class EntreesIncoherentesError(SituationParsingError, ValueError):
    """Inputs each valid but contradicting each other, found while computing (a 400, not a bug).

    A SituationParsingError: the stock web API (``openfisca serve``) answers it with a 400 too.
    """

    def __init__(self, message: str) -> None:
        super().__init__(["error"], message, code=400)
        self.error = {"error": message}
        Exception.__init__(self, message)

    def __str__(self) -> str:
        return self.error["error"]


def extrait(valeur) -> str:
    """The value as written in JSON, cut to LONGUEUR_EXTRAIT characters."""
    texte = repr(valeur)
    if len(texte) > LONGUEUR_EXTRAIT:
        return f"{texte[:LONGUEUR_EXTRAIT]}… ({len(texte)} caractères)"
    return texte


def _est_nombre(valeur) -> bool:
    """A JSON number (an int or a float, numpy's too), not a boolean nor a text."""
    return isinstance(valeur, int | float | numpy.integer | numpy.floating) and not isinstance(
        valeur, bool | numpy.bool_
    )


class Variable(CoreVariable):
    """A core variable whose input check refuses, with a message naming it, what core would accept silently.

    Core turns any non-empty text into True, evaluates a text given for a number, reads an integer
    given for a date as days since 1970, truncates 2.5 given for an integer or a category and
    maps -1 to the last category: each is refused here.
    """

    def expected_value_description(self) -> str:
        if self.unit == EUROS:
            return _MONTANT
        if self.value_type == Enum:
            names = ", ".join(item.name for item in self.possible_values)
            return f"l'une des valeurs : {names}"
        if self.value_type in (int, float):
            borne = f"{VALEUR_ABSOLUE_MAXIMALE:_}".replace("_", " ")
            if self.unit == JOURS:
                return f"{_ATTENDU[self.value_type]} de jours positif ou nul, au plus {borne}"
            return f"{_ATTENDU[self.value_type]} entre -{borne} et {borne}"
        return _ATTENDU.get(self.value_type, str(self.value_type))

    def check_set_value(self, value):
        self._verifier_type(value)
        try:
            checked = super().check_set_value(value)
        except ValueError as error:
            raise ValueError(self.invalid_value_message(value)) from error
        if self.unit in (EUROS, JOURS) and checked < 0:
            raise ValueError(self.invalid_value_message(value, "négatif"))
        return checked

    def _verifier_type(self, value):  # noqa: PLR0912 (one branch a value type)
        if self.value_type is bool:
            if not (isinstance(value, bool | numpy.bool_) or (_est_nombre(value) and value in (0, 1))):
                raise ValueError(self.invalid_value_message(value))
        elif self.value_type in (int, float):
            if not _est_nombre(value) or not math.isfinite(value) or abs(value) > VALEUR_ABSOLUE_MAXIMALE:
                raise ValueError(self.invalid_value_message(value))
            if self.value_type is int and value != int(value):
                raise ValueError(self.invalid_value_message(value, "un nombre entier, sans décimale"))
        elif self.value_type is date:
            if isinstance(value, str):
                if not _DATE_ISO.fullmatch(value):
                    raise ValueError(self.invalid_value_message(value))
                try:
                    jour = date.fromisoformat(value)
                except ValueError as error:
                    raise ValueError(self.invalid_value_message(value, "cette date n'existe pas")) from error
            elif isinstance(value, date):
                jour = value
            else:
                raise ValueError(self.invalid_value_message(value))
            if not PREMIERE_DATE <= jour <= DERNIERE_DATE:
                raise ValueError(self.invalid_value_message(value))
        elif self.value_type == Enum:
            if isinstance(value, str):
                if value not in self.possible_values.__members__:
                    raise ValueError(self.invalid_value_message(value))
            elif isinstance(value, self.possible_values):
                pass
            elif not (_est_nombre(value) and value == int(value) and 0 <= value < len(self.possible_values)):
                cause = "le nom d'une catégorie, ou son rang à partir de 0"
                raise ValueError(self.invalid_value_message(value, cause))

    def invalid_value_message(self, value, cause=None) -> str:
        detail = f" ({cause})" if cause else ""
        return (
            f"Valeur invalide pour « {self.name} » : {extrait(value)}{detail}. "
            f"Attendu : {self.expected_value_description()}."
        )


class NombrePositif(Variable):
    """A count or a quantity that cannot be negative (days, years, children)."""

    def expected_value_description(self) -> str:
        borne = f"{VALEUR_ABSOLUE_MAXIMALE:_}".replace("_", " ")
        return f"{_ATTENDU[self.value_type]} positif ou nul, au plus {borne}"

    def check_set_value(self, value):
        checked = super().check_set_value(value)
        if checked < 0:
            raise ValueError(self.invalid_value_message(value, "négatif"))
        return checked


class MontantEuros(NombrePositif):
    """An amount in euros, zero or more (every variable whose unit is the euro refuses a negative value)."""

    def expected_value_description(self) -> str:
        return _MONTANT
