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
    1 without ACRE (micro_entreprise_acre_part_premiere_periode says whether it applies and at
    which share). The ACRE applies when:
    - the creator obtained it (micro_entreprise_acre) and the start date is given
      (micro_entreprise_date_creation);
    - for activities started from 2020-01-01, the creator belonged to a public of CT L5141-1
      (micro_entreprise_acre_public_prioritaire; parameter reservee_publics_prioritaires);
    - the month is between the month of the start and the last month of the 3rd calendar quarter
      following the quarter of the start (start 2025-02-10: February to December 2025; start
      2025-04-01: April 2025 to March 2026).
    The share paid is chosen by the START date (parameter acre.taux_cotisations_paye): 25 % for a
    start in 2019, 50 % from 2020, 75 % for starts from 2026-07-01 (décret n° 2026-69,
    art. 3; see the parameter). Activities started in 2019 then have two more
    periods of 4 calendar quarters (regime_2019), at the shares in force in the month computed
    (from 2020: 75 % then 90 %).
    Modelling choices: a month before the start date is not in the ACRE period (share 1, the
    normal rate applies to any turnover given there); a start before 2019 (former ACCRE) gets no
    reduction (not modelled). A month before 2019 gives the default, 1.
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
