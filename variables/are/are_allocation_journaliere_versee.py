import numpy

from openfisca_ass import references
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import MONTH, Variable
from openfisca_ass.retenues_sociales import par_jour


class are_allocation_journaliere_versee(Variable):
    value_type = float
    entity = Individu
    definition_period = MONTH
    label = "Allocation journalière brute de l'ARE des jours payés du mois (ARE du mois ÷ jours payés), en euros"
    reference = [references.UNEDIC_RETENUES_SOCIALES]
    unit = "currency-EUR"
    documentation = """
    The gross daily allowance on which the deductions of each day paid are computed: are ÷
    are_jours_indemnisables, rounded to the cent; the month's AJ when no day is paid. It is the AJ
    of the month, except in the month the degressivity starts, where it is the average of the
    full and the degressive AJ over the days paid (modelling choice: the deductions of that month
    are computed on the average, which differs from the two AJs by at most a cent a day unless a
    limitation binds on one side only).
    """

    def formula_2019_11_01(individu, period, parameters):
        jours = individu("are_jours_indemnisables", period)
        montant = individu("are", period)
        return numpy.where(jours > 0, par_jour(montant, jours), individu("are_allocation_journaliere", period))
