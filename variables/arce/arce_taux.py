from openfisca_ass import references
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import ETERNITY, Variable
from openfisca_ass.parametres_aux_dates import ParametresAuxDates


class arce_taux(Variable):
    value_type = float
    entity = Individu
    definition_period = ETERNITY
    label = "Part du reliquat de droits à l'ARE versée en capital par l'ARCE selon la date de fin du contrat"
    reference = [references.ARE_DECRET_2019_797, references.ARE_DECRET_2023_33, references.SERVICE_PUBLIC_ARCE]
    unit = "/1"
    documentation = """
    45 % lorsque le contrat a pris fin avant le 2023-07-01, 60 % à partir de cette date
    (DECISIONS.md D14).
    """

    def formula(individu, period, parameters):
        loi = ParametresAuxDates(individu, parameters, individu("are_date_fin_contrat", period))
        taux, _ = loi("arce.taux")
        return taux
