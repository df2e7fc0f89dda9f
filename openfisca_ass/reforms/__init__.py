"""Reforms of the package, one module each, the class named as its module.

Apply one by name in a YAML test (``reforms: openfisca_ass.reforms.revalorisation_ass.revalorisation_ass``),
with ``openfisca serve --reforms ...``, or in Python: ``REFORMES["revalorisation_ass"](system)``.
Each reform changes parameters only: the structural one (closing the ASS to new entrants) is a
parameter of the law that the formulas already read, so that a reform is always a change of
numbers a user can see in ``/parameters``.
"""

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
