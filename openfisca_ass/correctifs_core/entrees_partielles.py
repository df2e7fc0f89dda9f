"""3. A variable that has a formula, given for some persons only: the others are computed.

Core keeps one array per variable and period for the whole population: given for some persons
only, the others silently get the variable's default value instead of their formula's result (a
couple where one gives ``are_jours_restants`` loses the other's ARE). The contract of this package
is that an input overrides what it names *for the persons given*, the others being computed
exactly as if nothing had been given for them.

How: when the builder sets its inputs (``finalize_variables_init``), an input of a variable that
has a formula and is not given for every person of its entity in a period is kept aside with the
mask of the persons given (core's own ``set_input`` still spreads it over sub-periods, on a
scratch holder). When the variable is calculated for that period (``Simulation._calculate``), the
formula runs for everybody and the persons given take the value given; the result is cached as
any other. ``definir_entree_partielle`` does the same for a simulation built from arrays (the
population runner). Code that reads a holder directly instead of calculating (the ARE walk) asks
``valeurs_connues``, which returns the persons known and their values.
"""

import numpy
from openfisca_core import periods
from openfisca_core.holders import Holder
from openfisca_core.simulations import Simulation
from openfisca_core.simulations.simulation_builder import SimulationBuilder

from openfisca_ass.correctifs_core.registre import remplacer

# On the holder: {period: (mask of the persons given, values)}; on the simulation: a flag, so that
# simulations without partial inputs pay one dictionary look-up per calculation.
_PARTIELLES = "_openfisca_ass_entrees_partielles"
_SIMULATION_A_DES_PARTIELLES = "_openfisca_ass_a_des_entrees_partielles"
# On the builder: {(variable, normalised period): mask of the instances given}.
_MASQUES = "_openfisca_ass_masques_entrees"


def _cle(holder, periode):
    if holder.variable.definition_period == periods.DateUnit.ETERNITY:
        return periods.period(periods.DateUnit.ETERNITY)
    return periods.period(periode)


def definir_entree_partielle(simulation, nom: str, periode, valeurs, masque) -> None:
    """Give ``nom`` on ``periode`` the ``valeurs`` of the persons (or groups) where ``masque`` is true.

    The others are computed by the formula. A period longer than the variable's is spread by the
    variable's own set_input, as core does for a full input. A full mask is a plain set_input.
    """
    holder = simulation.get_holder(nom)
    masque = numpy.asarray(masque, dtype=bool)
    if masque.all() or not holder.variable.formulas:
        holder.set_input(periode, valeurs)
        return
    if not masque.any():
        return
    brouillon = Holder(holder.variable, holder.population)  # core spreads the input here
    brouillon.set_input(periods.period(periode), valeurs)
    partielles = holder.__dict__.setdefault(_PARTIELLES, {})
    for sous_periode in brouillon.get_known_periods():
        tableau = brouillon.get_array(sous_periode)
        masque_total = masque
        deja = partielles.get(sous_periode)
        if deja is not None:  # a shorter period given before keeps its persons (core's order)
            tableau = numpy.where(deja[0], deja[1], tableau)
            masque_total = deja[0] | masque
        partielles[sous_periode] = (masque_total, tableau)
    simulation.__dict__[_SIMULATION_A_DES_PARTIELLES] = True


def valeurs_connues(holder, periode):
    """(mask of the persons whose value is known, values) for ``periode``, or None.

    Known: stored in the holder (given for everybody, or already calculated: everybody), or given
    for some persons only (their mask).
    """
    tableau = holder.get_array(periode)
    if tableau is not None:
        return numpy.ones(holder.population.count, dtype=bool), tableau
    partielles = holder.__dict__.get(_PARTIELLES)
    if not partielles:
        return None
    return partielles.get(_cle(holder, periode))


def periodes_connues(holder) -> list:
    """Periods where ``valeurs_connues`` knows somebody's value."""
    connues = holder.get_known_periods()
    partielles = holder.__dict__.get(_PARTIELLES) or {}
    return connues + [periode for periode in partielles if periode not in connues]


def _calculate_entrees_partielles(self, variable_name, period):
    calculer = _calculate_entrees_partielles.__wrapped__
    if not self.__dict__.get(_SIMULATION_A_DES_PARTIELLES):
        return calculer(self, variable_name, period)
    holder = self.get_holder(variable_name)
    partielles = holder.__dict__.get(_PARTIELLES)
    entree = partielles.get(_cle(holder, period)) if partielles else None
    if entree is None:
        return calculer(self, variable_name, period)
    masque, valeurs = entree
    tableau = calculer(self, variable_name, period)  # the formula, for everybody (or the cache)
    tableau = self._cast_formula_result(numpy.where(masque, valeurs, tableau), holder.variable)
    holder.put_in_cache(tableau, period)
    return tableau


def _add_variable_value_masque(self, entity, variable, instance_index, instance_id, period_str, value):  # noqa: PLR0913, PLR0917 (core's signature)
    _add_variable_value_masque.__wrapped__(self, entity, variable, instance_index, instance_id, period_str, value)
    if value is None or not variable.formulas:
        return
    masques = self.__dict__.setdefault(_MASQUES, {})
    cle = (variable.name, str(periods.period(period_str)))
    if cle not in masques:
        masques[cle] = numpy.zeros(self.get_count(entity.plural), dtype=bool)
    masques[cle][instance_index] = True


def _masques_des_axes(builder, pluriel):
    """Masks of the inputs set by the axes (their positions) for the variables with a formula."""
    masques = {}
    for parallele in builder.axes:
        for axe in parallele:
            periode = axe.get("period", builder.default_period)
            if periode is None or builder.get_variable_entity(axe["name"]).plural != pluriel:
                continue
            masque = masques.setdefault(
                (axe["name"], str(periods.period(periode))), numpy.zeros(builder.get_count(pluriel), dtype=bool)
            )
            masque[axe.get("index", 0) :: builder.entity_counts[pluriel]] = True
    return masques


def _finalize_variables_init_partielles(self, population):
    finaliser = _finalize_variables_init_partielles.__wrapped__
    pluriel = population.entity.plural
    donnees = {
        cle: masque
        for cle, masque in self.__dict__.get(_MASQUES, {}).items()
        if self.get_variable_entity(cle[0]).plural == pluriel
    }
    axes = _masques_des_axes(self, pluriel) if self.axes and self.axes[0] else {}
    nombre = self.get_count(pluriel)
    mises_de_cote = []
    for cle in {**donnees, **axes}:
        nom, periode = cle
        variable = population.entity.get_variable(nom)
        if not variable.formulas or periode not in self.input_buffer.get(nom, {}):
            continue
        masque = numpy.zeros(nombre, dtype=bool)
        if cle in donnees:
            masque |= numpy.tile(donnees[cle], nombre // len(donnees[cle]))
        if cle in axes:
            masque |= axes[cle]
        if not masque.all():
            mises_de_cote.append((nom, periode, masque, self.input_buffer[nom].pop(periode)))
    try:
        finaliser(self, population)  # counts, ids, roles and the inputs given for everybody
    finally:
        for nom, periode, _, valeurs in mises_de_cote:
            self.input_buffer[nom][periode] = valeurs
    # Shorter periods first, as core does (set_input of a longer period fills what is left).
    for nom, periode, masque, valeurs in sorted(
        mises_de_cote, key=lambda e: periods.key_period_size(periods.period(e[1]))
    ):
        variable = population.entity.get_variable(nom)
        if variable.end is None or periods.period(periode).start.date <= variable.end:
            tableau = numpy.tile(valeurs, population.count // len(valeurs))
            definir_entree_partielle(population.simulation, nom, periode, tableau, masque)


remplacer(SimulationBuilder, "add_variable_value", _add_variable_value_masque)
remplacer(SimulationBuilder, "finalize_variables_init", _finalize_variables_init_partielles)
remplacer(Simulation, "_calculate", _calculate_entrees_partielles)
