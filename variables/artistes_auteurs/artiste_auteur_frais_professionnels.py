from openfisca_ass import references
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import MONTH, MontantEuros, set_input_divide_by_period


class artiste_auteur_frais_professionnels(MontantEuros):
    value_type = float
    entity = Individu
    definition_period = MONTH
    label = "Frais professionnels de l'artiste-auteur en déclaration contrôlée payés au cours du mois, en euros"
    reference = [references.URSSAF_ARTISTES_AUTEURS, references.SECU_ARTISTES_AUTEURS_ASSIETTE]
    unit = "currency-EUR"
    documentation = """
    Utilisés seulement en déclaration contrôlée (CGI art. 93) : le bénéfice est égal aux recettes
    moins ces frais, comme sur la déclaration 2035, cotisations sociales payées comprises (la
    majoration de 15 % de l'assiette sociale en tient lieu). Ignorés sous le régime spécial BNC
    (abattement forfaitaire de 34 %) et en traitements et salaires.
    """
    set_input = set_input_divide_by_period
