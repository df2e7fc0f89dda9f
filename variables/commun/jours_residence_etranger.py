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
    Jours du mois où la personne réside hors du territoire de l'assurance chômage (la métropole
    et les départements et collectivités d'outre-mer qu'elle couvre). L'ARE n'est pas payée pour
    ces jours (règlement d'assurance chômage, art. 25 : le versement cesse quand l'allocataire
    cesse d'y résider ; art. 26 : il reprend au retour, dans le délai de déchéance). Ne pas compter
    les jours d'une recherche d'emploi dans un autre État de l'Union européenne, de l'Espace
    économique européen ou en Suisse avec maintien de l'ARE (règlement (CE) n° 883/2004, art. 64,
    formulaire U2) : l'ARE reste versée pour ces jours. 0 par défaut.
    """
