from openfisca_ass import references
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import ETERNITY, Variable, date


class ati_date_debut_activite(Variable):
    value_type = date
    entity = Individu
    definition_period = ETERNITY
    label = "Date de début de l'activité non salariée exercée sans interruption dans l'entreprise qui a cessé"
    reference = [references.CT_L5424_24_ATI, references.DECRET_2019_796]
    documentation = """
    Début de l'activité non salariée ininterrompue dans l'entreprise unique qui a pris fin
    (R5424-70 : au moins 2 ans avant le fait générateur). Lorsqu'elle n'est pas donnée, le début
    de la micro-entreprise (micro_entreprise_date_creation). 1970-01-01 signifie qu'aucune date
    n'a été donnée (condition non remplie).
    """
    default_value = date(1970, 1, 1)

    def formula(individu, period, parameters):
        return individu("micro_entreprise_date_creation", period)
