"""6. ``/calculate`` of a situation with ``axes``: core 46.0.1 answers 500 to any of them.

Core's handler looks each person up by the id given, while the axes renamed every copy
(``claude`` becomes ``claude0``, ``claude1``...). The stock ``/calculate`` view calls
``handlers.calculate``: situations with axes are sent to ``calculer_avec_axes``, the others to
core's handler. Applied on import of the package, so the stock ``openfisca serve`` gets it too.
"""

import dpath
from openfisca_core.indexed_enums import Enum
from openfisca_core.simulations import SimulationBuilder
from openfisca_web_api import handlers

from openfisca_ass.correctifs_core.registre import remplacer


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

    The copies of entity ``i`` of ``n`` given are at positions ``i``, ``n + i``, ``2n + i``... (one
    per point of the axes, in order).
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


def _calculate_axes_compris(tax_benefit_system, input_data):
    if isinstance(input_data, dict) and input_data.get("axes"):
        return calculer_avec_axes(tax_benefit_system, input_data)
    return _calculate_axes_compris.__wrapped__(tax_benefit_system, input_data)


remplacer(handlers, "calculate", _calculate_axes_compris)
