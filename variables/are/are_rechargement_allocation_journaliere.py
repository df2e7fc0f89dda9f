import numpy

from openfisca_ass import references
from openfisca_ass.calendrier import arrondi_centime
from openfisca_ass.entities import Individu
from openfisca_ass.mecanique_are import allocation_taux_plein
from openfisca_ass.model_api import MONTH, MontantEuros


class are_rechargement_allocation_journaliere(MontantEuros):
    value_type = float
    entity = Individu
    definition_period = MONTH
    label = "Allocation journalière brute du droit à l'ARE rechargé, en euros"
    reference = [references.ARE_DECRET_2019_797, references.UNEDIC_DROITS_RECHARGEABLES]
    unit = "currency-EUR"
    documentation = """
    The AJ of art. 14 to 16 on the recharged right's SJR
    (are_rechargement_salaire_journalier_reference): max(40.4 % × SJR + fixed part, 57 % × SJR),
    at least the minimum (Mayotte's for a resident of Mayotte), at most 75 % × SJR — the rules
    of are_allocation_journaliere_taux_plein (openfisca_ass.mecanique_are.allocation_taux_plein),
    fixed part and minimum of the month paid. Paid without degressivity (modelling choice,
    DECISIONS.md D21). 0 without SJR.
    """

    def formula_2019_11_01(individu, period, parameters):
        p = parameters(period).are.allocation_journaliere
        sjr = arrondi_centime(individu("are_rechargement_salaire_journalier_reference", period))
        minimum = numpy.where(individu("residence_mayotte", period), p.minimum_mayotte, p.minimum)
        return numpy.where(sjr > 0, allocation_taux_plein(sjr, p, minimum), 0)
