import numpy

from openfisca_ass import references
from openfisca_ass.calendrier import DATE_NON_RENSEIGNEE, date_renseignee
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import ETERNITY, Variable, date

# "La veille de l'inscription": the registration date minus this one day.
UN_JOUR = numpy.timedelta64(1, "D")


class ati_date_reference_delai_fin_activite(Variable):
    value_type = date
    entity = Individu
    definition_period = ETERNITY
    label = "Date avant laquelle se comptent les 12 mois où l'activité non salariée doit avoir pris fin"
    reference = [references.CT_R5424_73, references.DECRET_2019_796]
    documentation = """
    R5424-73 : la fin de l'activité non salariée doit se situer dans les 12 mois précédant la
    veille de l'inscription comme demandeur d'emploi ou, le cas échéant, le premier jour du mois
    au cours duquel la demande d'allocation a été déposée.
    Choix de modélisation : la fin de l'activité est la date du fait générateur
    (ati_date_fait_generateur : jugement ou cessation) ; lorsque l'inscription
    (ati_date_inscription) est postérieure à cette fin, la date de référence est la veille de
    l'inscription ; lorsque la personne s'est inscrite le jour de la fin ou avant (« le cas
    échéant »), c'est le premier jour du mois de la demande (ati_date_demande).
    1970-01-01 (sans objet) lorsque la date du fait générateur ou de l'inscription n'est pas
    donnée, ou lorsque l'inscription n'est pas postérieure à la fin et qu'aucune date de demande
    n'est donnée.
    """
    default_value = date(1970, 1, 1)

    def formula(individu, period, parameters):
        fin_activite = individu("ati_date_fait_generateur", period)
        inscription = individu("ati_date_inscription", period)
        demande = individu("ati_date_demande", period)
        premier_jour_mois_demande = demande.astype("datetime64[M]").astype("datetime64[D]")
        reference = numpy.where(
            inscription > fin_activite,
            inscription - UN_JOUR,
            numpy.where(date_renseignee(demande), premier_jour_mois_demande, DATE_NON_RENSEIGNEE),
        )
        dates_donnees = date_renseignee(fin_activite) * date_renseignee(inscription)
        return numpy.where(dates_donnees, reference, DATE_NON_RENSEIGNEE)
