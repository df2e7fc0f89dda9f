import numpy

from openfisca_ass import references
from openfisca_ass.calendrier import rang_mois
from openfisca_ass.entities import Individu
from openfisca_ass.mecanique_are import MEMOIRE_AVANCE_RECUPEREE, valeurs_retenues
from openfisca_ass.model_api import MONTH, Variable


class are_jours_avance_recuperes(Variable):
    value_type = int
    entity = Individu
    definition_period = MONTH
    label = "Jours d'ARE d'une avance non justifiée récupérés sur le paiement du mois"
    reference = [references.RAC_2024_ART_32_BIS]
    unit = "day"
    documentation = """
    Règlement d'assurance chômage, art. 32 bis § 2 1° : lorsque le chiffre d'affaires d'un mois
    payé par avance n'est pas justifié dans le délai (are.cumul.delai_justification_avance_mois :
    avant le paiement du mois suivant), les jours avancés sont récupérés sur le paiement du mois
    et, s'il ne suffit pas, sur les paiements suivants ; tant qu'une avance reste à récupérer
    d'un mois antérieur, aucune nouvelle avance n'est versée. Les jours récupérés sont déjà
    retirés de are_jours_indemnisables (et donc de are) ; ils ne sont pas consommés : ils
    redeviennent dus et sont versés lorsque le chiffre d'affaires est justifié
    (DECISIONS.md D26). Lorsque les jours indemnisés du mois sont donnés (are_jours_indemnisables,
    jours versés après la récupération), les jours récupérés sont ceux qui leur manquent par
    rapport aux jours calculés, au plus la dette : 30 jours donnés pour 30 calculés, rien n'est
    récupéré et la dette demeure. Donnés pour un mois, les jours récupérés remplacent les jours
    calculés : ils sont retirés du paiement du mois (au plus les jours payables) et la dette
    diminue d'autant (sans devenir négative). Lu dans le parcours des mois
    (are_jours_restants_fin_mois, étape 4).
    """

    def formula_2019_11_01(individu, period, parameters):
        individu("are_jours_restants_fin_mois", period)  # the walk up to this month keeps the days
        return valeurs_retenues(individu, MEMOIRE_AVANCE_RECUPEREE, rang_mois(period), numpy.int64)
