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
    Not used by this package's own rules: it is sent, under the same name, to openfisca-france
    (`menage.loyer`) for the housing aid and the RSA and prime d'activité housing flat rate
    (`--caf`, openfisca_ass.caf); the housing aid takes the rent into account within a ceiling
    (Code de la construction et de l'habitation, book VIII).
    """
    set_input = set_input_divide_by_period
