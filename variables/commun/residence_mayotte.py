from openfisca_ass import references
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import MONTH, Variable, set_input_dispatch_by_period


class residence_mayotte(Variable):
    value_type = bool
    entity = Individu
    definition_period = MONTH
    label = "Réside à Mayotte au cours du mois"
    reference = [references.SERVICE_PUBLIC_ASS]
    documentation = """
    Mayotte a son propre montant journalier d'ASS, fixé chaque année par un décret qui lui est
    propre, et son propre minimum d'ARE. Les autres départements d'outre-mer suivent les montants
    métropolitains.
    """
    set_input = set_input_dispatch_by_period
