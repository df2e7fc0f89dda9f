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
    Lendemain de la fin du contrat + différé spécifique + différé d'indemnisation congés payés +
    délai d'attente de 7 jours, dans cet ordre (Unédic). Choix de modélisation : la personne
    s'inscrit comme demandeur d'emploi le lendemain de la fin du contrat ; une inscription plus
    tardive n'est vue qu'à travers demandeur_emploi, mois par mois. 1970-01-01 lorsqu'aucune date
    de fin de contrat n'est donnée.
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
