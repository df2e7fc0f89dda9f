import numpy

from openfisca_ass import references
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import ETERNITY, Variable
from openfisca_ass.parametres_aux_dates import ParametresAuxDates


class are_degressivite_jour_application(Variable):
    value_type = int
    entity = Individu
    definition_period = ETERNITY
    label = "Rang du jour d'indemnisation à partir duquel l'allocation est dégressive (0 si jamais)"
    reference = [references.ARE_DECRET_2019_797, references.ARE_DECRET_2021_346, references.UNEDIC_CIRCULAIRE_2025_03]
    unit = "day"
    documentation = """
    Read at the end of the contract: 183rd day, 243rd for contracts ended from 2021-07-01 to
    2021-11-30. 0 (never) when the person was at least 57 at the end of the contract (55 for
    contracts ending from 2025-04-01), or for a contract ended before 2021-07-01 (Modelling
    choice: the degressivity suspended during the health crisis is not applied to older
    contracts), or when no end date is given. The AJ threshold is checked month by month
    (are_allocation_journaliere_degressive).
    """

    def formula(individu, period, parameters):
        loi = ParametresAuxDates(individu, parameters, individu("are_date_fin_contrat", period))
        age = individu("are_age_fin_contrat", period)
        applicable, en_vigueur = loi("are.degressivite.applicable")
        jour, _ = loi("are.degressivite.jour_application")
        age_maximum, _ = loi("are.degressivite.age_maximum")
        concerne = en_vigueur * applicable.astype(bool) * (age < age_maximum)
        return numpy.where(concerne, jour, 0).astype(numpy.int32)
