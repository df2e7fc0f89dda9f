from openfisca_ass import references
from openfisca_ass.entities import Individu
from openfisca_ass.enums import TypesFaitGenerateurAti
from openfisca_ass.model_api import ETERNITY, Enum, Variable


class ati_fait_generateur(Variable):
    value_type = Enum
    possible_values = TypesFaitGenerateurAti
    default_value = TypesFaitGenerateurAti.aucun
    entity = Individu
    definition_period = ETERNITY
    label = "Événement ayant mis fin à l'activité non salariée, ouvrant droit à l'ATI"
    reference = [references.CT_L5424_24_ATI, references.DECRET_2022_450_ATI]
    documentation = """
    CT L5424-25 : liquidation judiciaire ; redressement judiciaire dont le plan impose le
    remplacement du dirigeant ; à partir du 2022-04-01, cessation totale et définitive d'une
    activité qui n'est pas économiquement viable. La valeur par défaut, aucun, n'ouvre aucun
    droit.
    """
