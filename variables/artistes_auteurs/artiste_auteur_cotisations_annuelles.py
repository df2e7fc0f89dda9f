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
    Somme des artiste_auteur_cotisations des 12 mois (chacune arrondie au centime). Les plafonds
    annuels (vieillesse plafonnée, abattement de la CSG-CRDS) sont appliqués sur l'année civile
    mois par mois, le total est donc celui de la règle annuelle.
    """

    def formula(individu, period, parameters):
        total = numpy.zeros(individu.count)
        for mois in period.get_subperiods(MONTH):
            total += individu("artiste_auteur_cotisations", mois)
        return total
