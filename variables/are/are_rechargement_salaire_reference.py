from openfisca_ass import references
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import ETERNITY, MontantEuros


class are_rechargement_salaire_reference(MontantEuros):
    value_type = float
    entity = Individu
    definition_period = ETERNITY
    label = "Salaire de référence du droit rechargé : rémunérations des emplois repris pendant le droit, en euros"
    reference = [references.ARE_DECRET_2019_797, references.ARE_DECRET_2021_346]
    unit = "currency-EUR"
    documentation = """
    Gross pay of the periods of are_rechargement_jours_travailles (without the end-of-contract
    indemnities, the paid-leave compensation and the notice not worked, as for the first right):
    the reference pay of the recharged right (art. 11 to 13).
    """
