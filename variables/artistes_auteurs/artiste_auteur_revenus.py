from openfisca_ass import references
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import MONTH, MontantEuros, set_input_divide_by_period


class artiste_auteur_revenus(MontantEuros):
    value_type = float
    entity = Individu
    definition_period = MONTH
    label = "Revenus artistiques bruts de l'artiste-auteur perçus au cours du mois (hors revenus accessoires), en euros"
    reference = [
        references.URSSAF_ARTISTES_AUTEURS,
        references.SECU_ARTISTES_AUTEURS_ASSIETTE,
        references.CT_D5424_62,
        references.AN_QE_12_37117_DROITS_AUTEUR_CHOMAGE,
    ]
    unit = "currency-EUR"
    documentation = """
    Revenus artistiques bruts (hors taxes) perçus dans le mois au titre de l'activité
    d'artiste-auteur au sens de l'article L382-1 du CSS : droits d'auteur, ventes d'œuvres
    originales, commandes, bourses de création... Les revenus accessoires (R382-1-2) sont une
    entrée distincte (artiste_auteur_revenus_accessoires). Pour la déclaration contrôlée, les
    recettes : les frais sont artiste_auteur_frais_professionnels. Un montant donné pour un
    trimestre ou une année est réparti à parts égales sur ses mois.

    C'est une catégorie de revenus propre, non un chiffre d'affaires de micro-entreprise :
    - cotisations : celles de l'Urssaf artistes-auteurs (artiste_auteur_cotisations) ;
    - ressources de l'ASS : leur montant imposable (artiste_auteur_revenu_imposable) compte dans
      les 12 mois examinés à la demande et à chaque renouvellement (R5423-2 à R5423-5) ;
    - cumul de l'ASS (R5425-2) : pour une personne relevant de la voie des artistes
      (ass_voie_artiste), l'activité d'auteur qui lui ouvre droit n'est pas une reprise
      d'activité, elle ne compte donc jamais comme un mois d'activité ; un emploi salarié exercé
      à côté compte (question écrite AN 17-5882QE). Pour une personne relevant de la voie
      générale, elle compte (Choix de modélisation, DECISIONS.md D17) ;
    - cumul de l'ARE : non déduits (circulaire Unédic 04-07 du 2004-03-31, confirmée par la
      réponse à la question AN 37117 de 2004 : les droits d'auteur ne sont pas une rémunération
      d'activité pour l'assurance chômage) ; l'ARE est calculée comme sans eux (DECISIONS.md
      D17).
    """
    set_input = set_input_divide_by_period
