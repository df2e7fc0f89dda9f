from openfisca_ass import references
from openfisca_ass.entities import Individu
from openfisca_ass.historique_contrats import lire_periode_de_reference
from openfisca_ass.model_api import ETERNITY, MontantEuros


class are_rechargement_salaire_reference(MontantEuros):
    value_type = float
    entity = Individu
    definition_period = ETERNITY
    label = "Salaire de référence du droit rechargé : rémunérations des emplois repris pendant le droit, en euros"
    reference = [references.ARE_DECRET_2019_797, references.ARE_DECRET_2021_346]
    unit = "currency-EUR"
    documentation = """
    Rémunérations brutes des périodes de are_rechargement_jours_travailles (hors indemnités de
    fin de contrat, indemnité compensatrice de congés payés et préavis non effectué, comme pour le
    premier droit) : le salaire de référence du droit rechargé (art. 11 à 13).

    Calculé à partir de l'historique mensuel lorsqu'il n'est pas donné : le salaire_brut de ces
    mois, chacun plafonné à 4 × le PMSS, un mois coupé par la période proratisé (comme
    are_salaire_reference).
    """

    def formula(individu, period, parameters):
        return lire_periode_de_reference(individu, period, parameters, rechargement=True)["salaire"]
