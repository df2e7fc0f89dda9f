import numpy

from openfisca_ass import references
from openfisca_ass.calendrier import MOIS_PAR_TRIMESTRE, rang_mois
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import MONTH, Variable

# The periods after the first, counted from 1: the second ACRE period is the first of them, the
# third the second (micro_entreprise_acre_nombre_periodes_suivantes says how many there are).
DEUXIEME_PERIODE = 1
TROISIEME_PERIODE = 2


class micro_entreprise_acre_part_taux_paye(Variable):
    value_type = float
    entity = Individu
    definition_period = MONTH
    label = "Part du taux normal des cotisations micro-sociales payée ce mois-ci compte tenu de l'ACRE"
    reference = [references.CSS_L131_6_4, references.DECRET_2019_1215_ACRE, references.LFSS_2026]
    unit = "/1"
    documentation = """
    1 sans ACRE (micro_entreprise_acre_part_premiere_periode indique si elle s'applique et à
    quelle part). L'ACRE s'applique lorsque :
    - le créateur l'a obtenue (micro_entreprise_acre) et la date de début est donnée
      (micro_entreprise_date_creation) ;
    - pour les activités commencées à partir du 2020-01-01, le créateur appartenait à un public
      de l'article L5141-1 du CT (micro_entreprise_acre_public_prioritaire ; paramètre
      reservee_publics_prioritaires) ;
    - le mois est compris entre le mois du début et le dernier mois du 3e trimestre civil
      suivant le trimestre du début (début le 2025-02-10 : de février à décembre 2025 ; début le
      2025-04-01 : d'avril 2025 à mars 2026).
    La part payée est choisie selon la date de DÉBUT (paramètre acre.taux_cotisations_paye) :
    25 % pour un début en 2019, 50 % à partir de 2020, 75 % pour les débuts à partir du
    2026-07-01 (décret n° 2026-69, art. 3 ; voir le paramètre). Les activités commencées en 2019
    ont ensuite deux périodes supplémentaires de 4 trimestres civils (regime_2019), aux parts en
    vigueur le mois calculé (à partir de 2020 : 75 % puis 90 %).
    Choix de modélisation : un mois antérieur à la date de début n'est pas dans la période de
    l'ACRE (part 1, le taux normal s'applique à tout chiffre d'affaires donné ce mois-là) ; un
    début antérieur à 2019 (ancienne ACCRE) n'obtient aucune réduction (non modélisé). Un mois
    antérieur à 2019 donne la valeur par défaut, 1.
    """
    default_value = 1

    def formula_2019_01_01(individu, period, parameters):
        p = parameters(period).micro_entreprise.acre
        part_premiere = individu("micro_entreprise_acre_part_premiere_periode", period)
        periodes_suivantes = individu("micro_entreprise_acre_nombre_periodes_suivantes", period)
        rang_debut = individu("micro_entreprise_rang_mois_creation", period)
        rang = rang_mois(period)

        trimestre_debut = rang_debut // MOIS_PAR_TRIMESTRE
        fin_premiere = (trimestre_debut + 1 + p.nombre_trimestres_civils_suivants) * MOIS_PAR_TRIMESTRE - 1
        mois_periode_suivante = p.regime_2019.nombre_trimestres_par_periode * MOIS_PAR_TRIMESTRE
        fin_deuxieme = fin_premiere + mois_periode_suivante
        fin_troisieme = fin_deuxieme + mois_periode_suivante

        premiere = (rang >= rang_debut) * (rang <= fin_premiere)
        deuxieme = (rang > fin_premiere) * (rang <= fin_deuxieme) * (periodes_suivantes >= DEUXIEME_PERIODE)
        troisieme = (rang > fin_deuxieme) * (rang <= fin_troisieme) * (periodes_suivantes >= TROISIEME_PERIODE)
        return numpy.select(
            [premiere, deuxieme, troisieme],
            [part_premiere, p.regime_2019.taux_paye_deuxieme_periode, p.regime_2019.taux_paye_troisieme_periode],
            1,
        )
