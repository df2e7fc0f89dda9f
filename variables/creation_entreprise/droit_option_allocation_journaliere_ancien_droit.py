from openfisca_ass import references
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import ETERNITY, MontantEuros


class droit_option_allocation_journaliere_ancien_droit(MontantEuros):
    value_type = float
    entity = Individu
    definition_period = ETERNITY
    label = "Allocation journalière brute de l'ancien droit à l'ARE qui pourrait être repris, en euros"
    reference = [references.DECRET_2019_797_RAC]
    unit = "currency-EUR"
    documentation = """
    ARE journalière du reliquat de l'ancien droit, pour le droit d'option. 0 par défaut.
    """
