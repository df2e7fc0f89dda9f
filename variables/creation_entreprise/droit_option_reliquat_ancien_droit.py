from openfisca_ass import references
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import ETERNITY, MontantEuros


class droit_option_reliquat_ancien_droit(MontantEuros):
    value_type = float
    entity = Individu
    definition_period = ETERNITY
    label = "Montant global restant de l'ancien droit à l'ARE qui pourrait être repris, en euros"
    reference = [references.DECRET_2019_797_RAC]
    unit = "currency-EUR"
    documentation = """
    Jours restants de l'ancien droit × son allocation journalière. 0 par défaut (pas d'ancien
    droit : pas d'option).
    """
