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
    0 le mois de la demande et de chaque renouvellement semestriel (R5423-8, R5423-9), puis 1 à
    5 ; tous les 9 mois pour l'ASS des artistes (D5424-64, 274 jours au plus).
    0 lorsqu'aucune date de demande n'est donnée ou avant la demande : les ressources sont alors
    celles des 12 mois précédant le mois calculé (DECISIONS.md D5).
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
