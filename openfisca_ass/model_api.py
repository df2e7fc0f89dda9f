"""What variable files import: core's building blocks and this package's checked variable types.

Every variable of the package derives from :class:`Variable` below, whose input check names the
variable and what it expects, so that a bad value in a situation (YAML test, JSON, web API) is
refused with a clear message instead of a crash or a silent zero. Amounts in euros derive from
:class:`MontantEuros` and counts from :class:`NombrePositif`, which also refuse negative values.
"""

import math
from datetime import date

from openfisca_core.holders import set_input_dispatch_by_period, set_input_divide_by_period
from openfisca_core.indexed_enums import Enum
from openfisca_core.model_api import max_, min_, select, where
from openfisca_core.periods import ETERNITY, MONTH, YEAR
from openfisca_core.variables import Variable as CoreVariable

__all__ = [
    "ETERNITY",
    "MONTH",
    "YEAR",
    "Enum",
    "MontantEuros",
    "NombrePositif",
    "Variable",
    "date",
    "max_",
    "min_",
    "select",
    "where",
    "set_input_dispatch_by_period",
    "set_input_divide_by_period",
]

_EXPECTED = {
    bool: "a boolean (true or false)",
    int: "a whole number",
    float: "a number",
    str: "a string",
    date: "a date written YYYY-MM-DD, for example 2025-04-01",
}


class Variable(CoreVariable):
    """A core variable whose input errors name the variable and the expected value."""

    def expected_value_description(self) -> str:
        if self.value_type == Enum:
            names = ", ".join(item.name for item in self.possible_values)
            return f"one of: {names}"
        return _EXPECTED.get(self.value_type, str(self.value_type))

    def check_set_value(self, value):
        # Core turns any non-empty string into True: refuse what is not a boolean.
        if self.value_type is bool and not (isinstance(value, bool | int) and value in (0, 1)):
            raise ValueError(self.invalid_value_message(value))
        try:
            return super().check_set_value(value)
        except ValueError as error:
            raise ValueError(self.invalid_value_message(value, error)) from error

    def invalid_value_message(self, value, cause=None) -> str:
        detail = f" ({cause})" if cause else ""
        return (
            f"Invalid value {value!r} for variable '{self.name}'{detail}. Expected {self.expected_value_description()}."
        )


class NombrePositif(Variable):
    """A count or a quantity that cannot be negative (days, years, children)."""

    def expected_value_description(self) -> str:
        return f"{super().expected_value_description()}, zero or more"

    def check_set_value(self, value):
        checked = super().check_set_value(value)
        if not math.isfinite(float(checked)):
            raise ValueError(self.invalid_value_message(value, "not a finite number"))
        if checked < 0:
            raise ValueError(self.invalid_value_message(value, "it cannot be negative"))
        return checked


class MontantEuros(NombrePositif):
    """An amount in euros, zero or more."""

    def expected_value_description(self) -> str:
        return "an amount in euros, zero or more"
