from openfisca_ass import references
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import ETERNITY, MontantEuros


class are_salaire_reference(MontantEuros):
    value_type = float
    entity = Individu
    definition_period = ETERNITY
    label = "Rémunérations brutes de la période de référence de calcul de l'ARE, en euros"
    reference = [references.ARE_DECRET_2019_797, references.ARE_DECRET_2021_346]
    unit = "currency-EUR"
    documentation = """
    Gross pay subject to unemployment-insurance contributions in the reference period (24 months
    before the end of the contract, 36 months in the older age band), without the indemnities of
    the end of the contract, the paid-leave compensation and the notice not worked (règlement
    d'assurance chômage, art. 11 to 13).
    """
