from openfisca_ass import references
from openfisca_ass.calendrier import date_renseignee, rang_mois, rang_mois_dates
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import MONTH, Variable


class are_activite_non_salariee_en_cours(Variable):
    value_type = bool
    entity = Individu
    definition_period = MONTH
    label = "Une micro-entreprise créée après la fin du contrat ayant ouvert l'ARE est en activité au cours du mois"
    reference = [references.RAC_2024_ART_32_BIS, references.SERVICE_PUBLIC_ARCE_2025]
    documentation = """
    True from the month of micro_entreprise_date_creation to the month of
    are_date_cessation_activite_non_salariee (included), when the creation is after the end of
    the contract (are_date_fin_contrat given). A business created before the end of the
    contract is kept from before the job loss (DECISIONS.md D12) and is not concerned.
    """

    def formula(individu, period, parameters):
        creation = individu("micro_entreprise_date_creation", period)
        cessation = individu("are_date_cessation_activite_non_salariee", period)
        fin = individu("are_date_fin_contrat", period)
        mois = rang_mois(period)
        creee = (
            date_renseignee(creation) * date_renseignee(fin) * (creation > fin) * (rang_mois_dates(creation) <= mois)
        )
        pas_cessee = ~date_renseignee(cessation) + (rang_mois_dates(cessation) >= mois)
        return creee * pas_cessee
