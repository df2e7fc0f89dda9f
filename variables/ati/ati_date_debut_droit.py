import numpy

from openfisca_ass import references
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import ETERNITY, Variable, date


class ati_date_debut_droit(Variable):
    value_type = date
    entity = Individu
    definition_period = ETERNITY
    label = (
        "Premier jour des 182 jours d'ATI : la date d'inscription, ou celle du fait générateur si elle est postérieure"
    )
    reference = [references.CT_L5424_24_ATI, references.DECRET_2019_796]
    documentation = """
    La date d'inscription (ati_date_inscription), ou la date du fait générateur
    (ati_date_fait_generateur) lorsque la personne s'est inscrite avant celui-ci : l'ATI remplace
    les revenus d'une activité qui a pris fin, aucun jour antérieur au fait générateur n'est donc
    versé (un demandeur d'emploi peut s'inscrire tout en dirigeant encore l'entreprise). Choix de
    modélisation : le jour du fait générateur est le premier jour indemnisé. Avant la revue, les
    jours couraient à partir de l'inscription, de sorte que les jours du mois du fait générateur
    antérieurs au jugement étaient versés. Sans signification lorsqu'aucune date d'inscription
    n'est donnée.
    """
    default_value = date(1970, 1, 1)

    def formula(individu, period, parameters):
        return numpy.maximum(individu("ati_date_inscription", period), individu("ati_date_fait_generateur", period))
