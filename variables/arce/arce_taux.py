from openfisca_ass import references
from openfisca_ass.calendrier import valeurs_aux_dates
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import ETERNITY, Variable


class arce_taux(Variable):
    value_type = float
    entity = Individu
    definition_period = ETERNITY
    label = "Part du reliquat de droits à l'ARE versée en capital par l'ARCE selon la date de fin du contrat"
    reference = [references.ARE_DECRET_2019_797, references.ARE_DECRET_2023_33, references.SERVICE_PUBLIC_ARCE]
    unit = "/1"
    documentation = "45 % when the contract ended before 2023-07-01, 60 % from then (DECISIONS.md D14)."

    def formula(individu, period, parameters):
        p = individu.simulation.tax_benefit_system.parameters.arce
        fin = individu("are_date_fin_contrat", period)
        taux, _ = valeurs_aux_dates(p.taux, fin)
        return taux
