import numpy

from openfisca_ass import references
from openfisca_ass.calendrier import DATE_NON_RENSEIGNEE, date_renseignee
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import ETERNITY, Variable, date
from openfisca_ass.parametres_aux_dates import ParametresAuxDates


class are_date_debut_indemnisation(Variable):
    value_type = date
    entity = Individu
    definition_period = ETERNITY
    label = "Premier jour indemnisable de l'ARE, après les différés et le délai d'attente"
    reference = [references.ARE_DECRET_2019_797, references.UNEDIC_DIFFERES]
    documentation = """
    Day after the end of the contract + specific waiting period + paid-leave waiting period +
    7-day délai d'attente, in this order (Unédic). Modelling choice: the person registers as a
    job seeker on the day after the end of the contract; a later registration is seen through
    demandeur_emploi month by month only. 1970-01-01 when no contract end date is given.
    """
    default_value = date(1970, 1, 1)

    def formula(individu, period, parameters):
        fin = individu("are_date_fin_contrat", period)
        attente, _ = ParametresAuxDates(individu, parameters, fin)("are.differes.delai_attente_jours")
        jours = (
            individu("are_differe_specifique", period)
            + individu("are_differe_conges_payes", period)
            + attente.astype(numpy.int64)
            + 1
        )
        debut = fin + jours.astype("timedelta64[D]")
        return numpy.where(date_renseignee(fin), debut, DATE_NON_RENSEIGNEE)
