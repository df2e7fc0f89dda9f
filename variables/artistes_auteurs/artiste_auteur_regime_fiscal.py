from openfisca_ass import references
from openfisca_ass.entities import Individu
from openfisca_ass.enums import RegimesFiscauxArtisteAuteur
from openfisca_ass.model_api import MONTH, Enum, Variable, set_input_dispatch_by_period


class artiste_auteur_regime_fiscal(Variable):
    value_type = Enum
    possible_values = RegimesFiscauxArtisteAuteur
    default_value = RegimesFiscauxArtisteAuteur.bnc_special
    entity = Individu
    definition_period = MONTH
    label = "Régime fiscal des revenus artistiques de l'artiste-auteur"
    reference = [references.CGI_102_TER, references.URSSAF_ARTISTES_AUTEURS, references.SECU_ARTISTES_AUTEURS_ASSIETTE]
    documentation = """
    - bnc_special : régime spécial BNC (micro-BNC, CGI art. 102 ter) : abattement forfaitaire de
      34 %, au moins 305 € par an ; assiette sociale = recettes × 0,66 × 1,15.
    - declaration_controlee : BNC en déclaration contrôlée (CGI art. 93) : bénéfice = recettes −
      frais (artiste_auteur_frais_professionnels) ; assiette sociale = bénéfice × 1,15.
    - traitements_salaires : revenus d'auteur déclarés par des tiers, imposés comme des salaires
      (CGI art. 93-1 quater) ; assiette sociale = le montant brut, CSG-CRDS sur 98,25 % de
      celui-ci.
    Choix de modélisation : sans entrée, le régime spécial BNC, le cas de l'article source et le
    régime de la plupart des artistes qui vendent leurs œuvres ; donnez le régime pour obtenir
    le bon.
    """
    set_input = set_input_dispatch_by_period
