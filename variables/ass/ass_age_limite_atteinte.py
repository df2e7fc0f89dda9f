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
    Code du travail L5421-4 : le revenu de remplacement cesse à l'âge légal de départ à la
    retraite de la génération de la personne lorsqu'elle a les trimestres requis pour une
    pension à taux plein (retraite_trimestres_taux_plein), sinon à l'âge du taux plein
    automatique (Choix de modélisation, DECISIONS.md D6 : les trimestres sont une entrée, faux par
    défaut). Atteint un mois donné lorsque l'âge au premier jour du mois est au moins égal à la
    limite : une pension peut prendre effet le premier jour du mois suivant l'anniversaire (ou le
    jour de l'anniversaire lorsque c'est le 1er).
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
