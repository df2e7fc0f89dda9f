import numpy

from openfisca_ass import references
from openfisca_ass.calendrier import date_renseignee, rang_mois, rang_mois_dates
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import MONTH, Variable


class ass_anciennete_examen_ressources(Variable):
    value_type = int
    entity = Individu
    definition_period = MONTH
    label = "Nombre de mois écoulés depuis le dernier examen des ressources de l'ASS (demande ou renouvellement)"
    reference = [references.CT_R5423]
    unit = "month"
    documentation = """
    0 in the month of the claim and of each six-monthly renewal (R5423-8, R5423-9), then 1 to 5;
    every 9 months for the artists' ASS (D5424-64, 274 days at most).
    0 when no claim date is given or before the claim: the resources are then those of the 12
    months before the month computed (DECISIONS.md D5).
    """

    def formula(individu, period, parameters):
        p = parameters(period).ass
        duree_periode = numpy.where(
            individu("ass_voie_artiste", period),
            p.eligibilite.artistes.duree_periode_attribution,
            p.ressources.duree_periode_attribution,
        ).astype(int)
        date_demande = individu("ass_date_demande", period)
        ecart = rang_mois(period) - rang_mois_dates(date_demande)
        connue = date_renseignee(date_demande) * (ecart >= 0)
        return numpy.where(connue, numpy.mod(ecart, duree_periode), 0)
