from openfisca_ass import references
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import MONTH, Variable
from openfisca_ass.retenues_sociales import retenues_mois_are


class are_participation_retraite_complementaire(Variable):
    value_type = float
    entity = Individu
    definition_period = MONTH
    label = "Participation au financement des retraites complémentaires retenue sur l'ARE du mois, en euros"
    reference = [references.ARE_DECRET_2019_797, references.UNEDIC_RETENUES_SOCIALES]
    unit = "currency-EUR"
    documentation = """
    Per day paid: 3 % of the SJR (règlement d'assurance chômage, art. 14), reduced so that the
    daily allowance (are_allocation_journaliere_versee) stays at or above the minimum allowance of
    the month (Mayotte's minimum for a resident of Mayotte); rounded to the cent, × the days paid
    (are_jours_indemnisables). Only the days paid bear it: a cumul month with fewer days paid bears
    less. 0 before 2019-11-01.
    """

    def formula_2019_11_01(individu, period, parameters):
        return retenues_mois_are(individu, period, parameters)["participation"]
