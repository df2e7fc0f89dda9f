import numpy

from openfisca_ass import references
from openfisca_ass.calendrier import date_renseignee
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import ETERNITY, Variable
from openfisca_ass.parametres_aux_dates import ParametresAuxDates


class micro_entreprise_acre_part_premiere_periode(Variable):
    value_type = float
    entity = Individu
    definition_period = ETERNITY
    label = "Part du taux normal des cotisations micro-sociales payée pendant la première période d'ACRE"
    reference = [references.CSS_L131_6_4, references.DECRET_2019_1215_ACRE, references.LFSS_2026]
    unit = "/1"
    documentation = """
    1 lorsque l'ACRE ne s'applique pas. Sinon la part du taux normal payée, choisie selon la date
    de début (paramètre acre.taux_cotisations_paye : 25 % pour un début en 2019, 50 % à partir de
    2020, 75 % pour les débuts à partir du 2026-07-01, décret n° 2026-69 art. 3). L'ACRE
    s'applique lorsque le créateur l'a obtenue (micro_entreprise_acre : donnée, ou calculée
    d'après sa situation, où la réservation de 2020 aux publics de l'article L5141-1 du CT est
    vérifiée) et que la date de début est donnée et au 2019-01-01 ou postérieure (l'ancienne
    ACCRE n'est pas modélisée). Calculée une fois pour tous les mois.
    """
    default_value = 1

    def formula(individu, period, parameters):
        date_creation = individu("micro_entreprise_date_creation", period)
        loi = ParametresAuxDates(individu, parameters, date_creation)
        taux, regime_connu = loi("micro_entreprise.acre.taux_cotisations_paye")
        accordee = individu("micro_entreprise_acre", period) * date_renseignee(date_creation) * regime_connu
        return numpy.where(accordee, taux, 1)
