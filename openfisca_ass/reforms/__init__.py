"""Reforms of the package, one module each, the class named as its module.

Apply one by name in a YAML test (``reforms: openfisca_ass.reforms.revalorisation_ass.revalorisation_ass``),
with ``openfisca serve --reforms ...``, or in Python: ``REFORMES["revalorisation_ass"](system)``.
Each reform changes parameters only: the structural one (closing the ASS to new entrants) is a
parameter of the law that the formulas already read, so that a reform is always a change of
numbers a user can see in ``/parameters``.
"""

import importlib

from openfisca_core.reforms import Reform

from openfisca_ass.reforms.abattement_bnc_modifie import abattement_bnc_modifie
from openfisca_ass.reforms.are_cumul_deduction_60 import are_cumul_deduction_60
from openfisca_ass.reforms.ass_cumul_six_mois import ass_cumul_six_mois
from openfisca_ass.reforms.revalorisation_ass import revalorisation_ass
from openfisca_ass.reforms.suppression_ass_nouveaux_entrants import suppression_ass_nouveaux_entrants

REFORMES = {
    reforme.__name__: reforme
    for reforme in (
        suppression_ass_nouveaux_entrants,
        ass_cumul_six_mois,
        abattement_bnc_modifie,
        are_cumul_deduction_60,
        revalorisation_ass,
    )
}


class ReformeInconnue(ValueError):  # noqa: N818 (French name, as the rest of the package)
    """A reform name that is neither in REFORMES nor an importable ``module:Classe``."""


def classe_reforme(nom: str):
    """The reform class named: a key of ``REFORMES``, or ``module:Classe`` for a reform outside the package.

    The one resolver of the command line (simulate, compare, sweep, explain, population).
    """
    if ":" in nom:
        module, _, classe = nom.partition(":")
        try:
            trouvee = getattr(importlib.import_module(module), classe)
        except (ImportError, AttributeError, ValueError) as erreur:
            raise ReformeInconnue(f"réforme introuvable '{nom}' ({type(erreur).__name__} : {erreur})") from erreur
        if not (isinstance(trouvee, type) and issubclass(trouvee, Reform)):
            raise ReformeInconnue(f"'{nom}' n'est pas une réforme OpenFisca (classe dérivée de Reform)")
        return trouvee
    if nom not in REFORMES:
        raise ReformeInconnue(f"réforme inconnue '{nom}' (réformes disponibles : {', '.join(sorted(REFORMES))})")
    return REFORMES[nom]
