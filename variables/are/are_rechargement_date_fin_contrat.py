from openfisca_ass import references
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import ETERNITY, Variable, date


class are_rechargement_date_fin_contrat(Variable):
    value_type = date
    entity = Individu
    definition_period = ETERNITY
    label = "Date de fin du dernier contrat de travail terminé pendant le droit à l'ARE, avant son épuisement"
    reference = [references.ARE_DECRET_2019_797, references.UNEDIC_DROITS_RECHARGEABLES]
    documentation = """
    La fin du dernier contrat travaillé après la fin du contrat qui a ouvert le droit
    (are_date_fin_contrat) et avant l'épuisement du droit : le contrat à partir duquel le
    rechargement est calculé (règlement d'assurance chômage, art. 28 § 1). Ses règles (seuils
    d'affiliation, durée, salaire de référence) sont celles en vigueur à cette date. La valeur
    par défaut, 1970-01-01, signifie qu'il n'y a pas de tel contrat : pas de rechargement.
    """
    default_value = date(1970, 1, 1)
