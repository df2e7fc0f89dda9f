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
    L'allocation journalière brute sur laquelle sont calculées les retenues d'un jour indemnisé.
    Le mois où la dégressivité commence : l'AJ des premiers jours (l'AJ pleine) (les autres,
    are_jours_indemnisables_degressifs, à l'AJ dégressive). Tout autre mois : are ÷
    are_jours_indemnisables arrondi au centime — l'AJ du mois, ou ce qu'une `are` donnée verse
    par jour ; l'AJ du mois lorsqu'aucun jour n'est indemnisé.
    """

    def formula_2019_11_01(individu, period, parameters):
        jours = individu("are_jours_indemnisables", period)
        montant = individu("are", period)
        degressifs = individu("are_jours_indemnisables_degressifs", period)
        premier_jour = arrondi_centime(individu("are_allocation_journaliere", period))
        moyenne = numpy.where(jours > 0, par_jour(montant, jours), premier_jour)
        return numpy.where(degressifs > 0, premier_jour, moyenne)
