from openfisca_ass import references
from openfisca_ass.entities import Famille
from openfisca_ass.model_api import MONTH, MontantEuros, set_input_divide_by_period


class loyer(MontantEuros):
    value_type = float
    entity = Famille
    definition_period = MONTH
    label = "Loyer mensuel du logement de la famille, charges non comprises, ou mensualité d'emprunt, en euros"
    reference = [references.CCH, references.SERVICE_PUBLIC_AIDES_LOGEMENT]
    unit = "currency-EUR"
    documentation = """
    Non utilisé par les règles de ce paquet : envoyé sous le même nom à openfisca-france
    (`menage.loyer`) pour l'aide au logement et le forfait logement du RSA et de la prime
    d'activité (`--caf`, openfisca_ass.caf). L'aide au logement retient le loyer dans la limite
    d'un plafond (code de la construction et de l'habitation, livre VIII).
    """
    set_input = set_input_divide_by_period
