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
    Chiffre d'affaires × (1 − abattement forfaitaire de la catégorie), l'abattement de l'année
    de revenus du mois. C'est la rémunération d'activité d'un micro-entrepreneur dans le cumul de
    l'ARE (règlement d'assurance chômage, art. 32 bis) et le revenu de micro-entreprise compté
    dans les ressources de l'ASS (DECISIONS.md D3). L'abattement minimal annuel de 305 € n'est
    pas appliqué mois par mois (DECISIONS.md D11) : il est appliqué sur l'année par
    micro_entreprise_revenu_imposable_annuel.
    Taux par année de revenus : ventes 71 %, services BIC 50 %, BNC 34 % ; meublés de tourisme
    classés 71 % jusqu'aux revenus de 2024 et 50 % à partir de 2025 ; meublés non classés 50 %,
    30 % pour les revenus de 2023, 50 % pour les revenus de 2024, 30 % à partir de 2025 (loi
    n° 2023-1322 art. 45, loi n° 2024-1039 art. 7).
    """

    def formula(individu, period, parameters):
        chiffre_affaires = individu("micro_entreprise_chiffre_affaires", period)
        activite = individu("micro_entreprise_activite", period)
        abattement = par_categorie(parameters(period).micro_entreprise.abattement, activite)
        return chiffre_affaires * (1 - abattement)
