import numpy

from openfisca_ass import references
from openfisca_ass.calendrier import arrondi_centime
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import MONTH, Variable


class are_allocation_journaliere_degressive(Variable):
    value_type = float
    entity = Individu
    definition_period = MONTH
    label = "Allocation journalière brute de l'ARE une fois le jour de dégressivité atteint, en euros"
    reference = [
        references.ARE_RAC_2024_ART_17_BIS,
        references.ARE_DECRET_2019_797,
        references.UNEDIC_CIRCULAIRE_2025_03,
    ]
    unit = "currency-EUR"
    documentation = """
    Règlement d'assurance chômage, art. 17 bis § 1: for a person concerned
    (are_degressivite_jour_application > 0), the full AJ × 0.7, rounded to the cent, but not
    below the floor of the month (92.11 € from 2024-07-01, 92.57 € from 2025-07-01) and never
    above the full AJ: an AJ at or below the floor is not reduced. Otherwise the full AJ. It
    applies from the day of are_degressivite_jour_application (see are_allocation_journaliere).

    RULES.md §2.4 describes an AJ threshold plus a floor of 0.7 × that threshold; the text of
    the règlement has one amount, the floor, which makes the threshold implicit (an AJ above
    the floor is reduced, to the floor at least). The text is followed.
    """

    def formula_2019_11_01(individu, period, parameters):
        p = parameters(period).are.degressivite
        plein = arrondi_centime(individu("are_allocation_journaliere_taux_plein", period))
        concerne = individu("are_degressivite_jour_application", period) > 0
        reduite = numpy.minimum(numpy.maximum(arrondi_centime(plein * p.coefficient), p.plancher), plein)
        return numpy.where(concerne, reduite, plein)
