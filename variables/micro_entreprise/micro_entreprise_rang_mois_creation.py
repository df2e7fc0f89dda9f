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
    Variable technique : le mois de micro_entreprise_date_creation exprimé en nombre de mois
    depuis 1970-01 (0 lorsqu'aucune date n'est donnée), calculé une fois pour que les formules
    mensuelles comparent des nombres entiers au lieu de convertir des dates chaque mois.
    """

    def formula(individu, period, parameters):
        return rang_mois_dates(individu("micro_entreprise_date_creation", period))
