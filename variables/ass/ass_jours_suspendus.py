import numpy

from openfisca_ass import references
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import MONTH, Variable


class ass_jours_suspendus(Variable):
    value_type = int
    entity = Individu
    definition_period = MONTH
    label = (
        "Nombre de jours du mois où l'ASS n'est pas versée (indemnités journalières, formation "
        "rémunérée, AJPP, fin de vie, PreParE)"
    )
    reference = [
        references.FRANCE_TRAVAIL_ARRET_MALADIE,
        references.CT_REMUNERATION_STAGIAIRES_TEMPS_PARTIEL,
        references.CSS_L544_9,
        references.ASH_AJPP_DEMANDEURS_EMPLOI,
        references.CSS_L168_1,
        references.POLE_EMPLOI_INSTRUCTION_2011_144,
        references.CSS_L531_4,
        references.ASH_CLCA_CHOMAGE,
        references.SERVICE_PUBLIC_ASS,
    ]
    unit = "day"
    documentation = """
    Jours du mois pour lesquels l'ASS n'est pas payée (ass paie les autres jours calendaires).
    Somme de :

    - jours_indemnites_journalieres : indemnités journalières de maladie, de maternité, de
      paternité ou d'accident du travail (le versement est interrompu pendant un arrêt maladie :
      France Travail ; l'article du Code du travail qui le dit pour l'ASS n'a pas été trouvé :
      NON VÉRIFIÉ) ;
    - jours_formation_remuneree : une formation rémunérée au titre de la rémunération des
      stagiaires de la formation professionnelle, qui remplace l'ASS (la rémunération d'un
      stagiaire à temps partiel est portée au moins à l'ASS qu'elle remplace) ;
    - jours_ajpp : l'AJPP (Code de la sécurité sociale, art. L544-9 ; la directive Unédic cite
      l'ASS parmi les allocations avec lesquelles elle n'est pas cumulable) ;
    - jours_allocation_fin_de_vie : l'allocation d'accompagnement d'une personne en fin de vie
      (instruction Pôle emploi 2011-144) ;
    - jours_prepare_taux_plein : la PreParE à taux plein.

    Au plus les jours calendaires du mois. L'ASS n'a pas de durée fixe (périodes de six mois,
    R5423-8) : un jour non payé n'est simplement pas payé. La résidence à l'étranger n'est pas
    modélisée pour l'ASS.
    """

    def formula_2017_09_01(individu, period, parameters):
        jours = (
            individu("jours_indemnites_journalieres", period)
            + individu("jours_formation_remuneree", period)
            + individu("jours_ajpp", period)
            + individu("jours_allocation_fin_de_vie", period)
            + individu("jours_prepare_taux_plein", period)
        )
        return numpy.minimum(jours, period.size_in_days)
