from openfisca_ass import references
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import ETERNITY, Variable, date


class ati_date_fait_generateur(Variable):
    value_type = date
    entity = Individu
    definition_period = ETERNITY
    label = "Date de l'événement ayant mis fin à l'activité non salariée (jugement ou cessation)"
    reference = [references.CT_L5424_24_ATI, references.CT_R5424_73, references.DECRET_2022_450_ATI]
    documentation = """
    Date du jugement (liquidation, redressement) ou de la cessation déclarée. Elle détermine les
    règles (celles en vigueur à cette date : avant le 2022-04-01 ou à partir de cette date) et
    clôt le décompte de la durée d'activité. Choix de modélisation : c'est aussi la date de fin
    de l'activité non salariée, qui doit se situer dans les 12 mois précédant la veille de
    l'inscription (R5424-73, ati_delai_inscription_respecte). La valeur par défaut, 1970-01-01,
    signifie qu'aucune date n'a été donnée (pas de droit).
    """
    default_value = date(1970, 1, 1)
