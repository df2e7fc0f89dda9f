import numpy

from openfisca_ass import references
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import MONTH, YEAR, Variable


class artiste_auteur_cotisations_annuelles(Variable):
    value_type = float
    entity = Individu
    definition_period = YEAR
    label = "Cotisations et contributions sociales de l'artiste-auteur sur l'année civile, en euros"
    reference = [references.SECU_ARTISTES_AUTEURS_TAUX, references.URSSAF_ARTISTES_AUTEURS]
    unit = "currency-EUR"
    documentation = """
    Sum of the 12 months' artiste_auteur_cotisations (each rounded to the cent). The annual
    ceilings (capped old age, CSG-CRDS abatement) are applied over the calendar year month by
    month, so the total is the annual rule's.
    """

    def formula(individu, period, parameters):
        total = numpy.zeros(individu.count)
        for mois in period.get_subperiods(MONTH):
            total += individu("artiste_auteur_cotisations", mois)
        return total
