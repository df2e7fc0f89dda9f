from openfisca_ass import references
from openfisca_ass.calendrier import arrondi_centime
from openfisca_ass.entities import Famille
from openfisca_ass.model_api import MONTH, Variable

# What each member brings to the household's disposable income, net of deductions.
COMPOSANTES = (
    "are_net",
    "ass_net",
    "ati_net",
    "arce_net",
    "salaire_net",
    "micro_entreprise_revenu_apres_prelevements",
    "artiste_auteur_revenu_apres_cotisations",
)


class revenu_disponible(Variable):
    value_type = float
    entity = Famille
    definition_period = MONTH
    label = (
        "Revenu disponible du foyer pour le mois dans le champ du modèle (allocations nettes, salaire net, "
        "revenus micro et d'auteur après prélèvements), en euros"
    )
    reference = [references.UNEDIC_RETENUES_SOCIALES, references.CSS_L136_8]
    unit = "currency-EUR"
    documentation = """
    Somme sur les membres de la famille de : are_net, ass_net, ati_net, arce_net (chaque
    allocation après ses retenues), salaire_net (une entrée : 0 lorsqu'il n'est pas donné) et
    micro_entreprise_revenu_apres_prelevements (chiffre d'affaires après les cotisations
    micro-sociales, la contribution à la formation professionnelle et le versement libératoire ;
    les frais professionnels ne sont pas connus) et artiste_auteur_revenu_apres_cotisations
    (revenus d'auteur après les cotisations recouvrées par l'Urssaf artistes-auteurs ; frais
    professionnels non déduits).

    Non compris : l'impôt sur le revenu (hors versement libératoire), le RSA, la prime
    d'activité, les aides au logement et les prestations familiales (le domaine
    d'openfisca-france), les pensions, les pensions alimentaires et les revenus du capital —
    même lorsqu'ils sont des entrées des ressources de l'ASS.
    """

    def formula(famille, period, parameters):
        total = sum(famille.sum(famille.members(nom, period)) for nom in COMPOSANTES)
        return arrondi_centime(total)
