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
    D5424-62 : les artistes-auteurs affiliés en cette qualité (1°, leurs trois ans de moyens
    d'existence réputés remplis, DECISIONS.md D7) et les artistes du spectacle non réputés
    salariés justifiant de trois ans de moyens d'existence réguliers tirés de leur art (2°)
    peuvent obtenir l'ASS sans la condition d'activité salariée de R5423-1 1°. D5424-63 : âgés de
    18 ans ou plus. D5424-64 : chaque attribution dure 274 jours au plus, leurs ressources sont
    donc examinées tous les 9 mois au lieu de 6 (DECISIONS.md D7 retenait 6 mois faute du texte ;
    D5424-64, trouvé depuis, tranche la question). Une personne qui remplit R5423-1 1° suit les
    règles générales.
    """

    def formula(individu, period, parameters):
        artistes = parameters(period).ass.eligibilite.artistes
        artiste = individu("artiste_auteur_affilie", period) + individu(
            "artiste_spectacle_moyens_existence_3_ans", period
        )
        age = age_en_mois(individu("date_naissance", period), period)
        majeur = age >= artistes.age_minimum * MOIS_PAR_AN
        return (artiste > 0) * majeur * (1 - individu("ass_precondition_remplie", period)) > 0
