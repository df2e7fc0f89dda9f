from openfisca_ass import references
from openfisca_ass.entities import Individu
from openfisca_ass.mecanique_are import age_a_la_date
from openfisca_ass.model_api import ETERNITY, Variable


class are_age_fin_contrat(Variable):
    value_type = int
    entity = Individu
    definition_period = ETERNITY
    label = "Âge en années révolues à la date de fin du contrat ayant ouvert le droit à l'ARE"
    reference = [references.ARE_DECRET_2019_797, references.UNEDIC_CIRCULAIRE_2025_03]
    unit = "year"
    documentation = """
    Détermine les tranches d'âge de la période de référence, de la durée maximale et de la
    dégressivité. Calculé à partir de date_naissance.

    Choix de modélisation : lorsque date_naissance n'est pas donnée (sa valeur par défaut,
    1970-01-01, la « date non donnée » du paquet), l'âge vaut 0, c'est-à-dire sous tous les
    seuils d'âge de l'ARE (période de référence de 24 mois, durée maximale la plus courte,
    dégressivité applicable), le cas de la plupart des demandeurs d'emploi. Lue comme une date
    de naissance, la valeur par défaut donnerait un âge de 49 à 56 ans pour les contrats
    terminés de 2019 à 2026, en plein sur les seuils de 53, 55 et 57 ans : les tranches d'une
    personne dont la date de naissance a été omise changeraient alors avec l'année de fin du
    contrat. Donnez la date de naissance d'une personne âgée de 53 ans ou plus.
    """

    def formula(individu, period, parameters):
        naissance = individu("date_naissance", period)
        fin = individu("are_date_fin_contrat", period)
        return age_a_la_date(naissance, fin)
