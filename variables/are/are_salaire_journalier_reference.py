from openfisca_ass import references
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import MONTH, MontantEuros, set_input_dispatch_by_period


class are_salaire_journalier_reference(MontantEuros):
    value_type = float
    entity = Individu
    definition_period = MONTH
    label = "Salaire journalier de référence (SJR) de l'ARE, en euros"
    reference = [references.ARE_DECRET_2021_346, references.ARE_DECRET_2019_797, references.UNEDIC_CUMUL]
    unit = "currency-EUR"
    documentation = """
    Calculé à partir des rémunérations de référence (are_salaire_journalier_reference_calcule)
    lorsqu'il n'est pas donné. Une valeur donnée pour une année ou une période plus longue
    s'applique à chacun de ses mois (c'est un taux journalier, non un montant à répartir).
    """
    set_input = set_input_dispatch_by_period

    def formula(individu, period, parameters):
        return individu("are_salaire_journalier_reference_calcule", period)
