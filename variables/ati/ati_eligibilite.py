import numpy

from openfisca_ass import references
from openfisca_ass.calendrier import en_centimes
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import MONTH, Variable


class ati_eligibilite(Variable):
    value_type = bool
    entity = Individu
    definition_period = MONTH
    label = "La personne a droit ce mois-ci à l'allocation des travailleurs indépendants (ATI)"
    reference = [references.CT_L5424_24_ATI, references.CT_L5423_1, references.DECRET_2022_450_ATI]
    documentation = """
    True when, this month:
    - the conditions tied to the activity that ended are met (ati_droit_ouvert);
    - the person is registered as a job seeker (demandeur_emploi);
    - the personal resources (ati_ressources_mensuelles) are lower than the RSA lump sum for one
      person in force in the month (R5424-70 4°; the test is strict);
    - some day of the month falls within the 182 days from ati_date_debut_droit (the registration,
      or the event when it is later).
    The ATI and the ASS are exclusive (L5423-1): a person eligible to the ATI this month is not
    eligible to the ASS; the ASS formulas can use this variable.
    A month before 2019-11-01 (ATI not in force) gives false.
    """

    def formula_2019_11_01(individu, period, parameters):
        p = parameters(period).ati
        debut = individu("ati_date_debut_droit", period)
        fin = individu("ati_date_fin_droit", period)
        dans_la_periode = (debut <= numpy.datetime64(period.stop.date, "D")) * (
            fin >= numpy.datetime64(period.start.date, "D")
        )
        ressources = individu("ati_ressources_mensuelles", period)
        return (
            individu("ati_droit_ouvert", period)
            * individu("demandeur_emploi", period)
            * (en_centimes(ressources) < en_centimes(p.conditions.plafond_ressources_rsa_personne_seule))
            * dans_la_periode
        ) > 0
