import numpy

from openfisca_ass import references
from openfisca_ass.calendrier import arrondi_centime
from openfisca_ass.entities import Individu
from openfisca_ass.mecanique_are import allocation_taux_plein
from openfisca_ass.model_api import MONTH, MontantEuros


class are_allocation_journaliere_taux_plein(MontantEuros):
    value_type = float
    entity = Individu
    definition_period = MONTH
    label = "Allocation journalière brute de l'ARE avant dégressivité, en euros"
    reference = [references.ARE_DECRET_2019_797, references.UNEDIC_CUMUL]
    unit = "currency-EUR"
    documentation = """
    Règlement d'assurance chômage, art. 14 à 16 : AJ = max(40,4 % × SJR + partie fixe,
    57 % × SJR), arrondie au centime, au moins égale au minimum (le minimum propre à Mayotte pour
    un résident de Mayotte), au plus 75 % × SJR (le plafond l'emporte sur le minimum). Partie
    fixe et minimum du mois indemnisé (revalorisés chaque juillet). 0 sans SJR.

    Choix de modélisation : les parties proportionnelle et fixe propres à Mayotte sont NON
    VÉRIFIÉ ; seul le minimum diffère. Le minimum réduit pour le temps partiel et l'allocation de
    formation (AREF) ne sont pas modélisés. Formule à partir du 2019-11-01 (DECISIONS.md D16) :
    0 avant.
    """

    def formula_2019_11_01(individu, period, parameters):
        p = parameters(period).are.allocation_journaliere
        sjr = arrondi_centime(individu("are_salaire_journalier_reference", period))
        mayotte = individu("residence_mayotte", period)
        minimum = numpy.where(mayotte, p.minimum_mayotte, p.minimum)
        return allocation_taux_plein(sjr, p, minimum)
