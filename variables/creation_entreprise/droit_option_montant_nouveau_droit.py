from openfisca_ass import references
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import ETERNITY, MontantEuros


class droit_option_montant_nouveau_droit(MontantEuros):
    value_type = float
    entity = Individu
    definition_period = ETERNITY
    label = "Montant global du nouveau droit à l'ARE qui serait ouvert, en euros"
    reference = [references.DECRET_2019_797_RAC]
    unit = "currency-EUR"
    documentation = """
    Jours du nouveau droit × son allocation journalière. 0 par défaut (pas de nouveau droit :
    pas d'option).
    """
