from openfisca_ass import references
from openfisca_ass.entities import Individu
from openfisca_ass.historique_contrats import lire_periode_de_reference
from openfisca_ass.model_api import ETERNITY, NombrePositif


class are_jours_travailles_periode_reference(NombrePositif):
    value_type = int
    entity = Individu
    definition_period = ETERNITY
    label = "Nombre de jours travaillés (sous contrat) au cours de la période de référence de l'ARE"
    reference = [references.ARE_DECRET_2019_797, references.ARE_DECRET_2021_346]
    unit = "day"
    documentation = """
    Jours sous contrat sur la période de référence (24 mois avant la fin du contrat, 36 mois
    dans la tranche d'âge supérieure : are_periode_reference_affiliation_mois). Ils donnent la
    condition d'affiliation (130 jours) et plafonnent les jours non travaillés du diviseur
    (75 %, puis 70 % des jours travaillés). Donnez le même chiffre que
    are_jours_periode_reference pour un contrat continu.

    Calculés à partir de l'historique mensuel lorsqu'ils ne sont pas donnés (salaire_brut et,
    s'il est donné, jours_sous_contrat) : les jours calendaires sous contrat dans la période de
    référence qui se termine à are_date_fin_contrat (openfisca_ass.historique_contrats). Ils
    valent les jours travaillés du règlement × 1,4 (cinq jours par semaine civile font sept
    jours calendaires) ; la condition d'affiliation elle-même compte les jours travaillés à la
    manière du règlement (are_jours_affiliation_periode_reference).
    """

    def formula(individu, period, parameters):
        return lire_periode_de_reference(individu, period, parameters)["jours_contrat"]
