import numpy

from openfisca_ass import references
from openfisca_ass.calendrier import MOIS_PAR_AN
from openfisca_ass.cumul_annuel import part_sous_plafond_annuel
from openfisca_ass.entities import Individu
from openfisca_ass.enums import RegimesFiscauxArtisteAuteur
from openfisca_ass.model_api import MONTH, Variable


class artiste_auteur_assiette_csg_crds(Variable):
    value_type = float
    entity = Individu
    definition_period = MONTH
    label = "Assiette de la CSG et de la CRDS sur les revenus artistiques du mois, en euros"
    reference = [references.SECU_ARTISTES_AUTEURS_TAUX, references.URSSAF_ARTISTES_AUTEURS]
    unit = "currency-EUR"
    documentation = """
    - Revenus déclarés en BNC : l'assiette sociale (bénéfice + 15 %).
    - Revenus déclarés en traitements et salaires : le montant brut diminué de l'abattement de
      1,75 % pour frais professionnels (CSS L136-1-1 III 1° : 98,25 %), sur les revenus dans la
      limite de 4 plafonds annuels de la sécurité sociale (4 × 12 × PMSS) par an, les mois depuis
      janvier l'occupant en premier ; 100 % au-delà.
    """

    def formula(individu, period, parameters):
        assiette = parameters(period).artistes_auteurs.assiette
        assiette_sociale = individu("artiste_auteur_assiette_sociale", period)
        traitements_salaires = (
            individu("artiste_auteur_regime_fiscal", period) == RegimesFiscauxArtisteAuteur.traitements_salaires
        )
        if not traitements_salaires.any():
            return assiette_sociale
        plafond_annuel = (
            parameters(period).are.salaire_reference.plafond_mensuel_securite_sociale
            * MOIS_PAR_AN
            * assiette.plafond_abattement_csg_crds_en_pass
        )
        abattu = part_sous_plafond_annuel(individu, period, "artiste_auteur_revenus_artistiques", plafond_annuel)
        brut = individu("artiste_auteur_revenus_artistiques", period)
        return numpy.where(
            traitements_salaires,
            brut - abattu * assiette.abattement_csg_crds_traitements_salaires,
            assiette_sociale,
        )
