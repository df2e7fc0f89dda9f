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
    Sum over the members of the family of: are_net, ass_net, ati_net, arce_net (each allowance
    after its deductions), salaire_net (an input: 0 when not given) and
    micro_entreprise_revenu_apres_prelevements (turnover after the micro-social contributions,
    the training contribution and the versement libératoire; business expenses are not known) and
    artiste_auteur_revenu_apres_cotisations (author income after the Urssaf artistes-auteurs
    contributions; professional expenses not deducted).

    Not included: income tax (other than the versement libératoire), the RSA, the prime
    d'activité, housing and family benefits (openfisca-france's job), pensions, alimony and
    capital income — even where they are inputs of the ASS resources.
    """

    def formula(famille, period, parameters):
        total = sum(famille.sum(famille.members(nom, period)) for nom in COMPOSANTES)
        return arrondi_centime(total)
