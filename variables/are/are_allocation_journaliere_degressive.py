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
    Règlement d'assurance chômage, art. 17 bis § 1 : pour une personne concernée
    (are_degressivite_jour_application > 0), l'AJ pleine × 0,7, arrondie au centime, mais pas
    en dessous du plancher du mois (92,11 € à partir du 2024-07-01, 92,57 € à partir du
    2025-07-01) et jamais au-dessus de l'AJ pleine : une AJ inférieure ou égale au plancher n'est
    pas réduite. Sinon l'AJ pleine. Elle s'applique à partir du jour
    are_degressivite_jour_application (voir are_allocation_journaliere).

    RULES.md §2.4 décrit un seuil d'AJ plus un plancher de 0,7 × ce seuil ; le texte du
    règlement ne comporte qu'un montant, le plancher, qui rend le seuil implicite (une AJ
    supérieure au plancher est réduite, au plancher au moins). Le texte est suivi.
    """

    def formula_2019_11_01(individu, period, parameters):
        p = parameters(period).are.degressivite
        plein = arrondi_centime(individu("are_allocation_journaliere_taux_plein", period))
        concerne = individu("are_degressivite_jour_application", period) > 0
        reduite = numpy.minimum(numpy.maximum(arrondi_centime(plein * p.coefficient), p.plancher), plein)
        return numpy.where(concerne, reduite, plein)
