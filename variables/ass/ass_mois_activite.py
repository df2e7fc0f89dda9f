from openfisca_ass import references
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import MONTH, Variable


class ass_mois_activite(Variable):
    value_type = bool
    entity = Individu
    definition_period = MONTH
    label = "Mois civil d'activité salariée ou non salariée au sens du cumul de l'ASS"
    reference = [references.CT_R5425_2, references.SERVICE_PUBLIC_ASS]
    documentation = """
    R5425-2: every calendar month in which an activity, even occasional or reduced, was exercised
    counts. Modelling choice (DECISIONS.md D4): a month counts when the gross or taxable pay is above zero, when the
    micro-enterprise cashed a turnover, or when activite_non_salariee_exercee says a non-salaried
    activity was exercised.
    """

    def formula(individu, period, parameters):
        return (
            (individu("salaire_brut", period) > 0)
            + (individu("salaire_imposable", period) > 0)
            + (individu("micro_entreprise_chiffre_affaires", period) > 0)
            + individu("activite_non_salariee_exercee", period)
        ) > 0
