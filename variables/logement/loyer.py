from openfisca_ass.entities import Famille
from openfisca_ass.model_api import MONTH, MontantEuros, set_input_divide_by_period


class loyer(MontantEuros):
    value_type = float
    entity = Famille
    definition_period = MONTH
    label = "Loyer mensuel du logement de la famille, charges non comprises, ou mensualité d'emprunt, en euros"
    reference = [
        "https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000038878960",
        "https://www.service-public.fr/particuliers/vosdroits/F12006",
    ]
    unit = "currency-EUR"
    documentation = """
    Not used by this package's own rules: it is sent, under the same name, to openfisca-france
    (`menage.loyer`) for the housing aid and the RSA and prime d'activité housing flat rate
    (`--caf`, openfisca_ass.caf). Code de la construction et de l'habitation, R823-10 (rent
    taken into account, within a ceiling).
    """
    set_input = set_input_divide_by_period
