from openfisca_ass import references
from openfisca_ass.entities import Individu
from openfisca_ass.enums import par_categorie
from openfisca_ass.model_api import MONTH, Variable


class micro_entreprise_revenu(Variable):
    value_type = float
    entity = Individu
    definition_period = MONTH
    label = "Revenu de la micro-entreprise du mois après l'abattement forfaitaire, en euros"
    reference = [
        references.CGI_50_0,
        references.CGI_102_TER,
        references.LOI_2023_1322_ART_45,
        references.LOI_2024_1039_LE_MEUR,
        references.RAC_2024_ART_32_BIS,
    ]
    unit = "currency-EUR"
    documentation = """
    Turnover × (1 − flat-rate abatement of the category), the abatement of the income year of the
    month. This is the activity pay of a micro-entrepreneur in the ARE cumul (règlement
    d'assurance chômage, art. 32 bis) and the micro income counted in the ASS resources
    (DECISIONS.md D3). The 305 € annual minimum abatement is not applied month by month
    (DECISIONS.md D11): it is applied on the year by micro_entreprise_revenu_imposable_annuel.
    Rates by income year: sales 71 %, BIC services 50 %, BNC 34 %; classified tourist lets 71 %
    until 2024 income and 50 % from 2025; non-classified lets 50 %, 30 % for 2023 income, 50 % for
    2024 income, 30 % from 2025 (loi n° 2023-1322 art. 45, loi n° 2024-1039 art. 7).
    """

    def formula(individu, period, parameters):
        chiffre_affaires = individu("micro_entreprise_chiffre_affaires", period)
        activite = individu("micro_entreprise_activite", period)
        abattement = par_categorie(parameters(period).micro_entreprise.abattement, activite)
        return chiffre_affaires * (1 - abattement)
