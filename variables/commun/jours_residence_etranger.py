from openfisca_ass import references
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import MONTH, NombrePositif


class jours_residence_etranger(NombrePositif):
    value_type = int
    entity = Individu
    definition_period = MONTH
    label = (
        "Nombre de jours du mois où la personne réside hors de France, hors recherche d'emploi avec "
        "maintien de l'ARE dans l'Union européenne"
    )
    reference = [references.RAC_2024_ART_25_26, references.REGLEMENT_CE_883_2004]
    unit = "day"
    documentation = """
    Days of the month where the person lives outside the territory of the unemployment
    insurance (metropolitan France and the overseas departments and collectivities it covers).
    The ARE is not paid for them (règlement d'assurance chômage, art. 25: payment ceases when the
    person stops residing there; art. 26: it resumes on return, within the délai de déchéance).
    Do not count the days of a job search in another EU or EEA State or Switzerland with the
    export of the ARE (règlement (CE) n° 883/2004, art. 64, form U2): the ARE stays paid for them.
    0 by default.
    """
