"""Work-arounds for bugs of openfisca-core 46.0.1 that would give silently wrong results.

Imported by the package, so that they apply wherever a situation is built: YAML tests, the web API,
the Python API.

1. ``SimulationBuilder.get_input`` looks the input buffer up with the period as written in the
   situation (``month:2024-07:12``) while ``add_variable_value`` stores it under the normalised
   period (``year:2024-07``). With the same variable given for several persons on such a period,
   each person starts a new array and only the last person's value survives. The fix looks the
   buffer up with the normalised period, as it is stored.
"""

from openfisca_core import errors, periods
from openfisca_core.simulations.simulation_builder import SimulationBuilder

_get_input = SimulationBuilder.get_input


def _get_input_normalise(self, variable, period_str):
    try:
        period_str = str(periods.period(period_str))
    except ValueError:
        pass  # an invalid period is reported by the builder with the path of the input
    return _get_input(self, variable, period_str)


if not getattr(SimulationBuilder.get_input, "corrige_par_openfisca_ass", False):
    _get_input_normalise.corrige_par_openfisca_ass = True
    SimulationBuilder.get_input = _get_input_normalise


# 2. A variable that has a formula, given in a situation for some persons but not all in a period:
#    core stores one array for the whole population, so the others silently get the default value
#    instead of their formula's result (a couple where one gives are_jours_restants loses the other's
#    ARE). The fix refuses such a situation with an error naming the variable, the person and the
#    period. Situations with axes are left alone (core replicates their inputs).

_add_variable_value = SimulationBuilder.add_variable_value
_build_from_entities = SimulationBuilder.build_from_entities


def _add_variable_value_note(self, entity, variable, instance_index, instance_id, period_str, value):  # noqa: PLR0913, PLR0917 (core's signature)
    _add_variable_value(self, entity, variable, instance_index, instance_id, period_str, value)
    if value is not None and variable.formulas:
        donnees = self.__dict__.setdefault("_valeurs_avec_formule_donnees", {})
        cle = (entity.plural, variable.name, str(periods.period(period_str)))
        donnees.setdefault(cle, set()).add(instance_id)


def _en_mois(tax_benefit_system, input_dict):
    """The situation with every multi-month input of a monthly variable split into its months.

    3. Core spreads a multi-month input over the months that have no value yet *for anybody*:
       with ``salaire_brut`` given for one person on 2025-07 and for another on
       ``month:2024-04:18``, the first gets negative pay in the other months and the second the
       wrong amount. Splitting each person's input into months beforehand (÷ the number of months
       for amounts, the same value for states, as core's set_input would) gives each person their
       own values. A person who gives the same variable on overlapping periods keeps core's rule.
    """
    if not isinstance(input_dict, dict) or input_dict.get("axes"):
        return input_dict
    situation = dict(input_dict)
    for entite in tax_benefit_system.entities:
        instances = situation.get(entite.plural)
        if not isinstance(instances, dict):
            continue
        situation[entite.plural] = {
            identifiant: _instance_en_mois(tax_benefit_system, instance) for identifiant, instance in instances.items()
        }
    return situation


def _instance_en_mois(tax_benefit_system, instance):
    if not isinstance(instance, dict):
        return instance
    resultat = dict(instance)
    for nom, valeurs in instance.items():
        variable = tax_benefit_system.variables.get(nom)
        if variable is None or not isinstance(valeurs, dict) or variable.definition_period != periods.MONTH:
            continue
        mode = getattr(variable.set_input, "__name__", None)
        if mode not in ("set_input_divide_by_period", "set_input_dispatch_by_period"):
            continue
        try:
            periodes = {cle: periods.period(cle) for cle in valeurs}
        except ValueError:
            continue  # reported by the builder with the path of the input
        mois = [(cle, periode.get_subperiods(periods.MONTH)) for cle, periode in periodes.items()]
        tous = [str(m) for _, liste in mois for m in liste]
        if len(tous) != len(set(tous)) or all(len(liste) == 1 for _, liste in mois):
            continue  # overlapping periods of one person, or nothing to split
        eclate = {}
        for cle, liste in mois:
            valeur = valeurs[cle]
            if len(liste) == 1 or valeur is None:
                eclate[cle] = valeur
                continue
            if mode == "set_input_divide_by_period":
                if isinstance(valeur, bool) or not isinstance(valeur, int | float):
                    eclate[cle] = valeur  # not a number: core reports it
                    continue
                valeur = valeur / len(liste)
            eclate.update({str(m): valeur for m in liste})
        resultat[nom] = eclate
    return resultat


def _build_from_entities_verifie(self, tax_benefit_system, input_dict):
    self.__dict__["_valeurs_avec_formule_donnees"] = {}
    input_dict = _en_mois(tax_benefit_system, input_dict)
    simulation = _build_from_entities(self, tax_benefit_system, input_dict)
    if isinstance(input_dict, dict) and input_dict.get("axes"):
        return simulation
    for (pluriel, nom, periode), personnes in self._valeurs_avec_formule_donnees.items():
        absents = [identifiant for identifiant in self.get_ids(pluriel) if identifiant not in personnes]
        if absents:
            variable = tax_benefit_system.get_variable(nom)
            message = (
                f"'{nom}' is given for {', '.join(sorted(personnes))} but not for {absents[0]} in {periode}. "
                f"'{nom}' has a formula: OpenFisca would set {absents[0]} to the default value "
                f"({variable.default_value}) instead of computing it. Give '{nom}' for every one of the "
                f"{pluriel} in {periode}, or for none."
            )
            raise errors.SituationParsingError([pluriel, absents[0], nom, periode], message)
    return simulation


if not getattr(SimulationBuilder.build_from_entities, "corrige_par_openfisca_ass", False):
    _build_from_entities_verifie.corrige_par_openfisca_ass = True
    SimulationBuilder.add_variable_value = _add_variable_value_note
    SimulationBuilder.build_from_entities = _build_from_entities_verifie
