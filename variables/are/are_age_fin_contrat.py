import numpy

from openfisca_ass import references
from openfisca_ass.calendrier import MOIS_PAR_AN, date_renseignee, jour_dans_mois, rang_mois_dates
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import ETERNITY, Variable


def _jour(dates):
    return jour_dans_mois(dates)


class are_age_fin_contrat(Variable):
    value_type = int
    entity = Individu
    definition_period = ETERNITY
    label = "Âge en années révolues à la date de fin du contrat ayant ouvert le droit à l'ARE"
    reference = [references.ARE_DECRET_2019_797, references.UNEDIC_CIRCULAIRE_2025_03]
    unit = "year"
    documentation = """
    Sets the age bands of the reference period, of the maximal duration and of the
    degressivity. Computed from date_naissance.

    Modelling choice: when date_naissance is not given (its default, 1970-01-01, the package's
    "date not given"), the age is 0, i.e. under every age threshold of the ARE (24-month
    reference period, shortest maximal duration, degressivity applicable), the case of most job
    seekers. Read as a birth date, the default would give an age of 49 to 56 for the contracts
    ending from 2019 to 2026, right across the thresholds 53, 55 and 57, so that the bands of a
    person whose birth date was left out would change with the year of the end of the contract.
    Give the birth date of a person aged 53 or more.
    """

    def formula(individu, period, parameters):
        naissance = individu("date_naissance", period)
        fin = individu("are_date_fin_contrat", period)
        mois = rang_mois_dates(fin) - rang_mois_dates(naissance) - (_jour(fin) < _jour(naissance))
        age = numpy.maximum(mois, 0) // MOIS_PAR_AN
        return numpy.where(date_renseignee(naissance), age, 0)
