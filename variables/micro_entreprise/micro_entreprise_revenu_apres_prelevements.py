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
    What is left of the month's turnover after what the Urssaf collects on it: micro-social
    contributions (after the ACRE), training contribution and, with the option, versement
    libératoire. Business expenses are not known in the micro regime and are not deducted; this
    is not the taxable income (micro_entreprise_revenu, micro_entreprise_revenu_imposable_annuel).
    """

    def formula(individu, period, parameters):
        return (
            individu("micro_entreprise_chiffre_affaires", period)
            - individu("micro_entreprise_cotisations_sociales", period)
            - individu("micro_entreprise_contribution_formation_professionnelle", period)
            - individu("micro_entreprise_versement_liberatoire", period)
        )
