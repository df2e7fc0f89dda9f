from openfisca_ass import references
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import ETERNITY, Variable, date


class are_date_fin_contrat(Variable):
    value_type = date
    entity = Individu
    definition_period = ETERNITY
    label = "Date de fin du contrat de travail ayant ouvert le droit à l'ARE"
    reference = [references.ARE_DECRET_2019_797, references.UNEDIC_CIRCULAIRE_2025_03]
    documentation = """
    The end of the contract (end of the notice) decides which rules open the right: affiliation,
    reference salary, duration, degressivity age limit, ARCE rate. The default, 1970-01-01,
    means that no date was given: the right is then known only through are_jours_restants.
    """
    default_value = date(1970, 1, 1)
