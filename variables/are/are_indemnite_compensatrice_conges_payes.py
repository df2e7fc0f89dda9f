from openfisca_ass import references
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import ETERNITY, MontantEuros


class are_indemnite_compensatrice_conges_payes(MontantEuros):
    value_type = float
    entity = Individu
    definition_period = ETERNITY
    label = "Indemnité compensatrice de congés payés versée à la fin du contrat, en euros"
    reference = [references.ARE_DECRET_2019_797, references.UNEDIC_DIFFERES]
    unit = "currency-EUR"
    documentation = """
    Détermine le différé d'indemnisation congés payés : partie entière de ce montant ÷ SJR,
    30 jours au plus.
    """
