from openfisca_ass import references
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import MONTH, MontantEuros, set_input_divide_by_period


class artiste_auteur_revenus_accessoires(MontantEuros):
    value_type = float
    entity = Individu
    definition_period = MONTH
    label = "Revenus bruts des activités accessoires de l'artiste-auteur perçus au cours du mois, en euros"
    reference = [references.SECU_ARTISTES_AUTEURS_ACCESSOIRES]
    unit = "currency-EUR"
    documentation = """
    Income of the activities listed by CSS R382-1-2, exercised in the extension of the artistic
    activity (teaching in one's studio, workshops, public meetings, taking part in another
    author's work...). Only the part admitted in the artists-authors' regime
    (artiste_auteur_revenus_accessoires_admis) is author income.
    """
    set_input = set_input_divide_by_period
