from openfisca_ass import references
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import ETERNITY, MontantEuros


class are_indemnites_supra_legales(MontantEuros):
    value_type = float
    entity = Individu
    definition_period = ETERNITY
    label = "Indemnités de rupture dépassant le minimum légal ou conventionnel, en euros"
    reference = [references.ARE_DECRET_2019_797, references.UNEDIC_DIFFERES]
    unit = "currency-EUR"
    documentation = """
    La partie des indemnités de rupture au-delà du montant légal ou obligatoire, hors sommes
    allouées par un juge. Détermine le différé spécifique.
    """
