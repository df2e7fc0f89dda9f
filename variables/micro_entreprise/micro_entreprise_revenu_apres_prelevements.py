from openfisca_ass import references
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import MONTH, Variable


class micro_entreprise_revenu_apres_prelevements(Variable):
    value_type = float
    entity = Individu
    definition_period = MONTH
    label = "Chiffre d'affaires du mois après cotisations micro-sociales, formation et versement libératoire, en euros"
    reference = [references.CSS_D613_4, references.CT_L6331_48, references.CGI_151_0]
    unit = "currency-EUR"
    documentation = """
    Ce qui reste du chiffre d'affaires du mois après ce que l'Urssaf prélève dessus : cotisations
    micro-sociales (après l'ACRE), contribution à la formation professionnelle et, avec
    l'option, versement libératoire. Les frais professionnels ne sont pas connus dans le régime
    micro et ne sont pas déduits ; ce n'est pas le revenu imposable (micro_entreprise_revenu,
    micro_entreprise_revenu_imposable_annuel).
    """

    def formula(individu, period, parameters):
        return (
            individu("micro_entreprise_chiffre_affaires", period)
            - individu("micro_entreprise_cotisations_sociales", period)
            - individu("micro_entreprise_contribution_formation_professionnelle", period)
            - individu("micro_entreprise_versement_liberatoire", period)
        )
