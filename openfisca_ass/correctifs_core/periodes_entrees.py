"""Inputs given on a period longer than a month, or written in another form than core stores it.

1. ``SimulationBuilder.get_input`` looks the input buffer up with the period as written in the
   situation (``month:2024-07:12``) while ``add_variable_value`` stores it under the normalised
   period (``year:2024-07``). With the same variable given for several persons on such a period,
   each person starts a new array and only the last person's value survives. The fix looks the
   buffer up with the normalised period, as it is stored.

2. Core spreads a multi-month input over the months that have no value yet *for anybody*: with
   ``salaire_brut`` given for one person on 2025-07 and for another on ``month:2024-04:18``, the
   first gets negative pay in the other months and the second the wrong amount. Before the
   simulation is built (``build_from_entities``), each person's input on several months of a
   monthly variable is split into its months (÷ the number of months for amounts, the same value
   for states, as core's set_input would), so that each person keeps their own values. A person
   who gives the same variable on overlapping periods keeps core's rule.
"""

from openfisca_core import periods
from openfisca_core.holders import set_input_dispatch_by_period, set_input_divide_by_period
from openfisca_core.simulations.simulation_builder import SimulationBuilder

from openfisca_ass.correctifs_core.registre import remplacer


def _get_input_normalise(self, variable, period_str):
    try:
        period_str = str(periods.period(period_str))
    except ValueError:
        pass  # an invalid period is reported by the builder with the path of the input
    return _get_input_normalise.__wrapped__(self, variable, period_str)


def en_mois(tax_benefit_system, input_dict):
    """The situation with every multi-month input of a monthly variable split into its months."""
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
        divise = variable.set_input is set_input_divide_by_period
        if not divise and variable.set_input is not set_input_dispatch_by_period:
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
            if divise:
                if isinstance(valeur, bool) or not isinstance(valeur, int | float):
                    eclate[cle] = valeur  # not a number: core reports it
                    continue
                valeur = valeur / len(liste)
            eclate.update({str(m): valeur for m in liste})
        resultat[nom] = eclate
    return resultat


def _build_from_entities_en_mois(self, tax_benefit_system, input_dict):
    situation = en_mois(tax_benefit_system, input_dict)
    return _build_from_entities_en_mois.__wrapped__(self, tax_benefit_system, situation)


remplacer(SimulationBuilder, "get_input", _get_input_normalise)
remplacer(SimulationBuilder, "build_from_entities", _build_from_entities_en_mois)
