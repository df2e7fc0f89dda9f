from openfisca_ass import references
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import ETERNITY, NombrePositif


class are_jours_formation_periode_reference(NombrePositif):
    value_type = int
    entity = Individu
    definition_period = ETERNITY
    label = "Nombre de jours de formation non indemnisée par l'assurance chômage dans la période de référence de l'ARE"
    reference = [references.ARE_DECRET_2019_797]
    unit = "day"
    documentation = """
    Days of training (actions of skills development of the Code du travail, sixth part, books
    III and IV) in the reference period of affiliation, outside the days under contract and
    except the training paid by the unemployment insurance (AREF). They count as days worked for
    the affiliation within two thirds of the days required (are_jours_formation_retenus).
    """
