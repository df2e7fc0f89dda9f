from openfisca_ass import references
from openfisca_ass.calendrier import MOIS_PAR_AN, age_en_mois
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import MONTH, Variable


class ass_voie_artiste(Variable):
    value_type = bool
    entity = Individu
    definition_period = MONTH
    label = "La personne relève de l'ASS des artistes (D5424-62) faute de remplir la condition d'activité salariée"
    reference = [references.CT_D5424_62, references.CT_D5424_63, references.CT_D5424_64]
    documentation = """
    D5424-62: artistes-auteurs affiliated as such (1°, their three years of livelihood deemed met,
    DECISIONS.md D7) and performing artists not deemed employees with three years of regular
    livelihood from their art (2°) can get the ASS without the salaried-activity condition of
    R5423-1 1°. D5424-63: aged 18 or more. D5424-64: each grant lasts at most 274 days, so their
    resources are examined every 9 months instead of 6 (DECISIONS.md D7 said 6 months for want of
    the text; D5424-64, found since, settles it). A person who meets R5423-1 1° follows the
    general rules.
    """

    def formula(individu, period, parameters):
        artistes = parameters(period).ass.eligibilite.artistes
        artiste = individu("artiste_auteur_affilie", period) + individu(
            "artiste_spectacle_moyens_existence_3_ans", period
        )
        age = age_en_mois(individu("date_naissance", period), period)
        majeur = age >= artistes.age_minimum * MOIS_PAR_AN
        return (artiste > 0) * majeur * (1 - individu("ass_precondition_remplie", period)) > 0
