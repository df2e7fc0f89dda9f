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
    Vrai du mois de micro_entreprise_date_creation au mois de
    are_date_cessation_activite_non_salariee (inclus), lorsque la création est postérieure à la
    fin du contrat (are_date_fin_contrat donnée). Une entreprise créée avant la fin du contrat
    est conservée d'avant la perte d'emploi (DECISIONS.md D12) et n'est pas concernée.
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
