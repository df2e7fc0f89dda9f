from openfisca_ass import references
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import ETERNITY, Variable


class are_perte_involontaire_emploi(Variable):
    value_type = bool
    entity = Individu
    definition_period = ETERNITY
    label = "Le contrat ayant ouvert le droit à l'ARE a pris fin de façon involontaire"
    reference = [references.ARE_DECRET_2019_797]
    documentation = """
    Dismissal, conventional termination, end of a fixed-term contract, legitimate resignation
    (règlement d'assurance chômage, art. 2 to 4). Modelling choice: true by default, since a
    contract end date is mostly given for an involuntary loss; set false for a resignation that
    opens no right.
    """
    default_value = True
