"""What the parametric reforms share: setting one parameter to a value from a date on."""

from functools import reduce

from openfisca_core.periods import instant


def fixer_parametre(chemin: str, debut: str, valeur):
    """A ``modifier_function`` setting the parameter at ``chemin`` (dotted) to ``valeur`` from ``debut``."""

    def modifier(parameters):
        parametre = reduce(getattr, chemin.split("."), parameters)
        parametre.update(start=instant(debut), value=valeur)
        return parameters

    return modifier
