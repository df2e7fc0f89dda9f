import numpy

from openfisca_ass import references
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import MONTH, Variable


class are_jours_suspendus(Variable):
    value_type = int
    entity = Individu
    definition_period = MONTH
    label = (
        "Nombre de jours du mois où l'ARE n'est pas versée (indemnités journalières, AJPP, fin de vie, "
        "PreParE, étranger)"
    )
    reference = [
        references.RAC_2024_ART_25_26,
        references.FRANCE_TRAVAIL_ARRET_MALADIE,
        references.REGLEMENT_CE_883_2004,
        references.CSS_L544_9,
        references.ASH_AJPP_DEMANDEURS_EMPLOI,
        references.CSS_L168_1,
        references.POLE_EMPLOI_INSTRUCTION_2011_144,
        references.CSS_L531_4,
        references.ASH_CLCA_CHOMAGE,
    ]
    unit = "day"
    documentation = """
    Jours du mois pour lesquels l'ARE n'est pas payée et qui ne sont pas consommés : le versement
    cesse puis reprend (règlement d'assurance chômage, art. 25 et 26), la fin du droit est donc
    reportée, dans le délai de déchéance (are_jours_restants_fin_mois). Somme de :

    - jours_indemnites_journalieres : indemnités journalières de maladie, de maternité, de
      paternité ou d'accident du travail (art. 25 : prise en charge par la Sécurité sociale au
      titre des prestations en espèces) ;
    - jours_residence_etranger : résidence hors du territoire de l'assurance chômage (art. 25),
      sauf une recherche d'emploi dans l'UE, l'EEE ou en Suisse avec maintien de l'ARE
      (règlement (CE) n° 883/2004, art. 64), que l'entrée ne compte pas ;
    - jours_ajpp : l'AJPP (Code de la sécurité sociale, art. L544-9 : non cumulable avec les
      allocations des demandeurs d'emploi) ;
    - jours_allocation_fin_de_vie : l'allocation d'accompagnement d'une personne en fin de vie
      (instruction Pôle emploi 2011-144 : l'allocation de chômage est suspendue) ;
    - jours_prepare_taux_plein : la PreParE à taux plein (elle interrompt les allocations des
      demandeurs d'emploi ; à taux partiel elle est cumulable sous conditions, non modélisé).

    Au plus les jours calendaires du mois. Le parcours des mois retire ces jours des jours
    indemnisables du mois (30 à partir du 2025-04-01, les jours calendaires avant : DECISIONS.md
    D8) avant le cumul avec une activité : un mois de 31 jours avec 10 jours de maladie paie
    30 − 10 = 20 jours à partir du 2025-04-01 (les événements sont déduits du mois de 30 jours),
    31 − 10 = 21 avant ; un mois suspendu tous ses jours calendaires ne paie rien (un mois de
    février en arrêt maladie ne paie pas 30 − 28 = 2 jours). Choix de modélisation (DECISIONS.md
    D23) : les jours donnés sont des jours du droit (à partir du premier jour indemnisable le mois
    d'ouverture) ; un jour relevant de deux motifs n'est compté qu'une fois s'il n'est donné que
    pour l'un d'eux.
    """

    def formula_2019_11_01(individu, period, parameters):
        jours = (
            individu("jours_indemnites_journalieres", period)
            + individu("jours_residence_etranger", period)
            + individu("jours_ajpp", period)
            + individu("jours_allocation_fin_de_vie", period)
            + individu("jours_prepare_taux_plein", period)
        )
        return numpy.minimum(jours, period.size_in_days)
