"""openfisca-ass: ASS, ARE and its cumul with (micro-)entrepreneur activity, ARCE and ATI.

The tax-benefit system loads the law from two trees that mirror each other: ``parameters/`` (the
law's dated numbers, with their references) and ``variables/`` (the formulas).
"""

from pathlib import Path

from openfisca_core.taxbenefitsystems import TaxBenefitSystem

from openfisca_ass import correctifs_core, entities, verification_situation
from openfisca_ass.situation_examples import personne_seule_ass

_PACKAGE_DIR = Path(__file__).resolve().parent

# Applied on import (see the module): keeps ruff from taking the import as unused.
CORRECTIFS_CORE = correctifs_core
# Checks every situation before core builds it (see the module); imported after correctifs_core,
# whose own check of build_from_entities it wraps.
VERIFICATION_SITUATION = verification_situation


def _law_dir(name: str) -> Path:
    """Where ``parameters/`` or ``variables/`` are.

    Installed, setup.py copies them inside the package; in an editable install or a checkout,
    they sit beside the package at the top of the repository.
    """
    inside = _PACKAGE_DIR / name
    return inside if inside.is_dir() else _PACKAGE_DIR.parent / name


class CountryTaxBenefitSystem(TaxBenefitSystem):
    """The French rules on the ASS, the ARE and the creation aids, as this package models them."""

    def __init__(self) -> None:
        super().__init__(entities.entities)
        self.add_variables_from_directory(str(_law_dir("variables")))
        self.load_parameters(str(_law_dir("parameters")))
        self.open_api_config = {
            "variable_example": "ass",
            "parameter_example": "ass.montant.taux_journalier",
            "simulation_example": personne_seule_ass,
        }
