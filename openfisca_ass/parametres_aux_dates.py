"""The law in force at an event date (end of contract, creation, judgment), read so the tracer sees it.

A formula reads the law of its own period with ``parameters(period)``. Some rules are fixed at an
event date instead: the ARE duration is the one in force at the end of the contract, the ATI amount
the one in force at the judgment, whatever month is computed. Each person has their own date, so
the formula needs the value of a parameter at each date of an array.

``ParametresAuxDates`` reads those values through the formula's ``parameters`` function, one call per
value period of the parameter that the dates fall in, at the earliest date of the array in that
period. The tracer then records each value used with a date it was read at, and ``/trace`` and
``explain`` show it with the text in force (the parameter's dated ``reference``). The parameter's
value dates (not its values) come from the simulation's parameter tree, so that a reform's new
values are taken into account and the number of calls stays small however many people there are.

    loi = ParametresAuxDates(individu, parameters, individu("are_date_fin_contrat", period))
    minimum, en_vigueur = loi("are.duree.minimum_jours")
"""

import numpy
from openfisca_core.parameters import Parameter


class ParametresAuxDates:
    """Values of the simulation's parameters at each date of an array, read through ``parameters``."""

    def __init__(self, population, parameters, dates: numpy.ndarray):
        self._arbre = population.simulation.tax_benefit_system.parameters
        self._parameters = parameters
        self._dates = numpy.asarray(dates, dtype="datetime64[D]")
        self._noeuds = {}

    def __call__(self, chemin: str) -> tuple[numpy.ndarray, numpy.ndarray]:
        """(values, in force) of the parameter ``chemin`` ("are.duree.minimum_jours") at each date.

        ``in force`` is False where a date is before the parameter's first value; the value there is
        the first one (read at its own date), so that the arithmetic stays defined: the formula
        decides what a date before the rule means.
        """
        historique = sorted(self._parametre(chemin).values_list, key=lambda item: item.instant_str)
        debuts = numpy.array([item.instant_str for item in historique], dtype="datetime64[D]")
        type_valeurs = numpy.asarray([item.value for item in historique]).dtype
        # Rank of the value period each date falls in (-1: before the first value).
        rang = numpy.searchsorted(debuts, self._dates, side="right") - 1
        rangs = numpy.unique(rang)
        lues = numpy.empty(len(rangs), dtype=type_valeurs)
        for position, rang_lu in enumerate(rangs):
            date = debuts[0] if rang_lu < 0 else self._dates[rang == rang_lu].min()
            lues[position] = self._lire(chemin, date)
        return lues[numpy.searchsorted(rangs, rang)], rang >= 0

    def _parametre(self, chemin: str) -> Parameter:
        noeud = self._arbre
        for nom in chemin.split("."):
            noeud = noeud.children[nom]
        if not isinstance(noeud, Parameter):
            raise TypeError(f"{chemin} is not a parameter with dated values")
        if any(item.value is None for item in noeud.values_list):
            raise ValueError(f"{chemin}: a value that ends the parameter (null) is not supported at an event date")
        return noeud

    def _lire(self, chemin: str, date: numpy.datetime64):
        """The value through ``parameters(date)``: the tracer records it with this date."""
        jour = str(date)
        if jour not in self._noeuds:
            self._noeuds[jour] = self._parameters(jour)
        valeur = self._noeuds[jour]
        for nom in chemin.split("."):
            valeur = getattr(valeur, nom)
        return valeur
