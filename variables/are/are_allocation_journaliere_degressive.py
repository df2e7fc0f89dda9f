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
    reference = [references.ARE_DECRET_2019_797, references.UNEDIC_CIRCULAIRE_2025_03]
    unit = "currency-EUR"
    documentation = """
    Règlement d'assurance chômage, art. 17 bis: when the person is concerned
    (are_degressivite_jour_application > 0) and the full AJ exceeds the threshold of the month,
    AJ × 0.7 rounded to the cent, but not below the floor of the month; otherwise the full AJ.
    It applies from the day of are_degressivite_jour_application (see are_allocation_journaliere).
    """

    def formula_2019_11_01(individu, period, parameters):
        p = parameters(period).are.degressivite
        plein = individu("are_allocation_journaliere_taux_plein", period)
        concerne = individu("are_degressivite_jour_application", period) > 0
        reduite = numpy.maximum(arrondi_centime(plein * p.coefficient), p.plancher)
        return numpy.where(concerne * (plein > p.seuil_allocation_journaliere), numpy.minimum(reduite, plein), plein)
