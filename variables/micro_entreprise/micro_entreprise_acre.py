import numpy

from openfisca_ass import references
from openfisca_ass.calendrier import date_renseignee
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import ETERNITY, Variable
from openfisca_ass.parametres_aux_dates import ParametresAuxDates


class micro_entreprise_acre(Variable):
    value_type = bool
    entity = Individu
    definition_period = ETERNITY
    label = "Le créateur a obtenu l'exonération de début d'activité (ACRE)"
    reference = [references.CSS_L131_6_4, references.CT_L5141_1, references.DECRET_2019_1215_ACRE]
    documentation = """
    ACRE : réduction des cotisations micro-sociales au début de l'activité (CSS L131-6-4 ;
    micro_entreprise_acre_part_taux_paye). L'avoir obtenue est une condition de l'ARCE
    (DECISIONS.md D14).

    Donnée vraie : l'Urssaf l'a accordée, le taux réduit du régime de la date de début s'applique
    sans autre condition. Donnée fausse : non obtenue (non demandée ou refusée).
    Non donnée : le créateur peut-il l'obtenir, d'après sa situation : une date de début est
    donnée et, pour un début à partir du 2020-01-01 (paramètre acre.reservee_publics_prioritaires,
    daté par la date de début), le créateur relève d'un public de l'article L5141-1 du CT
    (micro_entreprise_acre_public_prioritaire : par exemple un demandeur d'emploi indemnisé).
    Choix de modélisation : un tel créateur est supposé l'avoir demandée (dans les 60 jours du
    début à partir de 2026). Faux sans date de début, ou pour une date de début antérieure à la
    première valeur du paramètre (2019 : l'ancienne ACCRE n'est pas modélisée).
    """
    default_value = False

    def formula(individu, period, parameters):
        creation = individu("micro_entreprise_date_creation", period)
        loi = ParametresAuxDates(individu, parameters, creation)
        reservee, en_vigueur = loi("micro_entreprise.acre.reservee_publics_prioritaires")
        public = individu("micro_entreprise_acre_public_prioritaire", period)
        return date_renseignee(creation) * en_vigueur * (numpy.logical_not(reservee) + public > 0)
