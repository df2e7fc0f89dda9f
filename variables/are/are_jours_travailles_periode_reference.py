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
    Days under contract in the reference period (24 months before the end of the contract, 36
    months in the older age band: are_periode_reference_affiliation_mois). They give the
    affiliation condition (130 days) and cap the non-worked days of the divisor (75 %, then 70 %
    of the days worked). Give the same figure as are_jours_periode_reference for a continuous
    contract.

    Computed from the monthly history when it is not given (salaire_brut and, when given,
    jours_sous_contrat): the calendar days under contract inside the reference period that ends
    on are_date_fin_contrat (openfisca_ass.historique_contrats). They are the rules' days worked
    × 1.4 (five days a civil week make seven calendar days); the affiliation condition itself
    counts days worked the rules' way (are_jours_affiliation_periode_reference).
    """

    def formula(individu, period, parameters):
        return lire_periode_de_reference(individu, period, parameters)["jours_contrat"]
