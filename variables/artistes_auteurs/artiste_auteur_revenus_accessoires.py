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
    Revenus des activités énumérées par l'article R382-1-2 du CSS, exercées dans le
    prolongement de l'activité artistique (enseignement dans son atelier, ateliers, rencontres
    publiques, participation à l'œuvre d'un autre auteur...). Seule la part admise dans le
    régime des artistes-auteurs (artiste_auteur_revenus_accessoires_admis) constitue un revenu
    d'auteur.
    """
    set_input = set_input_divide_by_period
