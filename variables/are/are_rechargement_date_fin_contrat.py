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
    The end of the last contract worked after the end of the contract that opened the right
    (are_date_fin_contrat) and before the right is exhausted: the contract the recharge is
    computed from (règlement d'assurance chômage, art. 28 § 1). Its rules (affiliation
    thresholds, duration, reference salary) are those in force at this date. The default,
    1970-01-01, means no such contract: no recharge.
    """
    default_value = date(1970, 1, 1)
