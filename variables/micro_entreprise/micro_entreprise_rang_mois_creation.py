from openfisca_ass import references
from openfisca_ass.calendrier import rang_mois_dates
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import ETERNITY, Variable


class micro_entreprise_rang_mois_creation(Variable):
    value_type = int
    entity = Individu
    definition_period = ETERNITY
    label = "Rang du mois de début d'activité de la micro-entreprise, en mois écoulés depuis janvier 1970"
    reference = [references.CSS_L131_6_4]
    unit = "month"
    documentation = """
    Technical variable: the month of micro_entreprise_date_creation as a count of months since
    1970-01 (0 when no date is given), computed once so that the monthly formulas compare whole
    numbers instead of converting dates every month.
    """

    def formula(individu, period, parameters):
        return rang_mois_dates(individu("micro_entreprise_date_creation", period))
