import numpy

from openfisca_ass import references
from openfisca_ass.calendrier import arrondi_centime
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import MONTH, MontantEuros


class are_allocation_journaliere_taux_plein(MontantEuros):
    value_type = float
    entity = Individu
    definition_period = MONTH
    label = "Allocation journalière brute de l'ARE avant dégressivité, en euros"
    reference = [references.ARE_DECRET_2019_797, references.UNEDIC_CUMUL]
    unit = "currency-EUR"
    documentation = """
    Règlement d'assurance chômage, art. 14 to 16: AJ = max(40.4 % × SJR + fixed part, 57 % × SJR),
    rounded to the cent, at least the minimum (Mayotte's own minimum for a resident of Mayotte),
    at most 75 % × SJR (the cap prevails over the minimum). Fixed part and minimum of the month
    paid (revalued each July). 0 without SJR.

    Modelling choice: Mayotte's own proportional and fixed parts are UNVERIFIED; only the
    minimum differs. The minimum reduced for part-time work and the training allowance (AREF)
    are not modelled. Formula from 2019-11-01 (DECISIONS.md D16): 0 before.
    """

    def formula_2019_11_01(individu, period, parameters):
        p = parameters(period).are.allocation_journaliere
        sjr = arrondi_centime(individu("are_salaire_journalier_reference", period))
        mayotte = individu("residence_mayotte", period)
        formule = arrondi_centime(numpy.maximum(p.taux_proportionnel * sjr + p.partie_fixe, p.taux_minimal_sjr * sjr))
        minimum = numpy.where(mayotte, p.minimum_mayotte, p.minimum)
        plafond = arrondi_centime(p.taux_maximal_sjr * sjr)
        return numpy.minimum(numpy.maximum(formule, minimum), plafond)
