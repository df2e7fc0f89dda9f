import numpy

from openfisca_ass import references
from openfisca_ass.calendrier import MOIS_PAR_AN, rang_mois_dates
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import ETERNITY, Variable


def _jour(dates):
    return (dates - dates.astype("datetime64[M]").astype("datetime64[D]")).astype(numpy.int64)


class are_age_fin_contrat(Variable):
    value_type = int
    entity = Individu
    definition_period = ETERNITY
    label = "Âge en années révolues à la date de fin du contrat ayant ouvert le droit à l'ARE"
    reference = [references.ARE_DECRET_2019_797, references.UNEDIC_CIRCULAIRE_2025_03]
    unit = "year"
    documentation = """
    Sets the age bands of the reference period, of the maximal duration and of the
    degressivity. Computed from date_naissance: give the birth date (its default, 1970-01-01,
    gives an age of 55 in 2025).
    """

    def formula(individu, period, parameters):
        naissance = individu("date_naissance", period)
        fin = individu("are_date_fin_contrat", period)
        mois = rang_mois_dates(fin) - rang_mois_dates(naissance) - (_jour(fin) < _jour(naissance))
        return numpy.maximum(mois, 0) // MOIS_PAR_AN
