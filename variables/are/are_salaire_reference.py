from openfisca_ass import references
from openfisca_ass.entities import Individu
from openfisca_ass.historique_contrats import lire_periode_de_reference
from openfisca_ass.model_api import ETERNITY, MontantEuros


class are_salaire_reference(MontantEuros):
    value_type = float
    entity = Individu
    definition_period = ETERNITY
    label = "Rémunérations brutes de la période de référence de calcul de l'ARE, en euros"
    reference = [references.ARE_DECRET_2019_797, references.ARE_DECRET_2021_346]
    unit = "currency-EUR"
    documentation = """
    Rémunérations brutes soumises aux contributions d'assurance chômage sur la période de
    référence (24 mois avant la fin du contrat, 36 mois dans la tranche d'âge supérieure), hors
    indemnités de rupture, indemnité compensatrice de congés payés et préavis non effectué
    (règlement d'assurance chômage, art. 11 à 13).

    Calculées à partir de l'historique mensuel lorsqu'elles ne sont pas données : le
    salaire_brut des mois de la période de référence, chacun plafonné à 4 × le plafond mensuel de
    la sécurité sociale de son année (art. 11 § 2 et art. 49 ; le multiple lu à la fin du
    contrat), un mois coupé par le début de la période étant proratisé à ses jours de contrat
    compris dans celle-ci. Choix de modélisation : salaire_brut est pris comme la rémunération
    soumise aux contributions d'assurance chômage, hors indemnités de rupture, indemnité
    compensatrice de congés payés et préavis non effectué — ne les y incluez pas.
    """

    def formula(individu, period, parameters):
        return lire_periode_de_reference(individu, period, parameters)["salaire"]
