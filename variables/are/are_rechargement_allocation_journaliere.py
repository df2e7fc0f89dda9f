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
    L'AJ des art. 14 à 16 sur le SJR du droit rechargé
    (are_rechargement_salaire_journalier_reference) : max(40,4 % × SJR + partie fixe,
    57 % × SJR), au moins le minimum (celui de Mayotte pour un résident de Mayotte), au plus
    75 % × SJR — les règles de are_allocation_journaliere_taux_plein
    (openfisca_ass.mecanique_are.allocation_taux_plein), partie fixe et minimum du mois versé.
    Versée sans dégressivité (choix de modélisation, DECISIONS.md D21). 0 sans SJR.
    """

    def formula_2019_11_01(individu, period, parameters):
        p = parameters(period).are.allocation_journaliere
        sjr = arrondi_centime(individu("are_rechargement_salaire_journalier_reference", period))
        minimum = numpy.where(individu("residence_mayotte", period), p.minimum_mayotte, p.minimum)
        return numpy.where(sjr > 0, allocation_taux_plein(sjr, p, minimum), 0)
