import numpy

from openfisca_ass import references
from openfisca_ass.calendrier import age_en_mois, annee_mois
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import MONTH, Variable


class ass_age_limite_atteinte(Variable):
    value_type = bool
    entity = Individu
    definition_period = MONTH
    label = "La personne a atteint l'âge auquel l'ASS cesse (retraite à taux plein possible)"
    reference = [references.CT_L5421_4, references.SERVICE_PUBLIC_ASS, references.CSS_L161_17_2, references.CSS_L351_8]
    documentation = """
    Code du travail L5421-4: the replacement income stops at the legal retirement age of the
    person's cohort when they have the quarters for a full-rate pension
    (retraite_trimestres_taux_plein), otherwise at the age of the automatic full rate (Modelling
    choice, DECISIONS.md D6: the quarters are an input, false by default). Reached in a month
    when the age on the first day of the month is at least the limit: a pension can start on the
    first day of the month after the birthday (or on the birthday when it is the 1st).
    """

    def formula(individu, period, parameters):
        ages = parameters(period).ass.eligibilite.age
        date_naissance = individu("date_naissance", period)
        generation = annee_mois(date_naissance)
        age_limite = numpy.where(
            individu("retraite_trimestres_taux_plein", period),
            ages.age_legal_retraite.calc(generation),
            ages.age_taux_plein_automatique.calc(generation),
        )
        return age_en_mois(date_naissance, period) >= age_limite
