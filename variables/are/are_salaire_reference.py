from openfisca_ass import references
from openfisca_ass.entities import Individu
from openfisca_ass.historique_contrats import lire_periode_de_reference
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

    Computed from the monthly history when it is not given: the salaire_brut of the months of
    the reference period, each capped at 4 × the monthly social-security ceiling of its year
    (art. 11 § 2 and art. 49; the multiple read at the end of the contract), a month cut by the
    start of the period prorated to its contract days inside it. Modelling choice: salaire_brut
    is taken as the pay subject to unemployment-insurance contributions, without the end-of-
    contract indemnities, the paid-leave compensation and the notice not worked — do not
    include them in it.
    """

    def formula(individu, period, parameters):
        return lire_periode_de_reference(individu, period, parameters)["salaire"]
