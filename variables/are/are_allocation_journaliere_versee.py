import numpy

from openfisca_ass import references
from openfisca_ass.calendrier import arrondi_centime
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import MONTH, Variable
from openfisca_ass.retenues_sociales import par_jour


class are_allocation_journaliere_versee(Variable):
    value_type = float
    entity = Individu
    definition_period = MONTH
    label = "Allocation journalière brute de l'ARE des jours payés du mois (hors jours à taux dégressif), en euros"
    reference = [references.UNEDIC_RETENUES_SOCIALES]
    unit = "currency-EUR"
    documentation = """
    The gross daily allowance on which the deductions of a day paid are computed. In the month the
    degressivity starts: the AJ of the first days (the full AJ) (the others, are_jours_indemnisables_degressifs,
    at the degressive AJ). Any other month: are ÷ are_jours_indemnisables rounded to the cent —
    the month's AJ, or what a given `are` pays a day; the month's AJ when no day is paid.
    """

    def formula_2019_11_01(individu, period, parameters):
        jours = individu("are_jours_indemnisables", period)
        montant = individu("are", period)
        degressifs = individu("are_jours_indemnisables_degressifs", period)
        premier_jour = arrondi_centime(individu("are_allocation_journaliere", period))
        moyenne = numpy.where(jours > 0, par_jour(montant, jours), premier_jour)
        return numpy.where(degressifs > 0, premier_jour, moyenne)
