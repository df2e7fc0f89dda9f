import numpy

from openfisca_ass import references
from openfisca_ass.calendrier import arrondi_centime, date_renseignee, rang_mois, rang_mois_dates
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import MONTH, Variable


class arce_montant_total(Variable):
    value_type = float
    entity = Individu
    definition_period = MONTH
    label = "Montant brut de l'ARCE accordée pour une entreprise créée au cours du mois, en euros"
    reference = [references.ARE_DECRET_2019_797, references.SERVICE_PUBLIC_ARCE, references.SERVICE_PUBLIC_ARCE_2025]
    unit = "currency-EUR"
    documentation = """
    Le mois de micro_entreprise_date_creation, pour un créateur éligible (arce_eligible_creation)
    qui a quitté la liste des demandeurs d'emploi (demandeur_emploi faux ce mois-là,
    DECISIONS.md D14) et a des jours restants : taux (arce_taux : 45 %, 60 % pour les contrats
    terminés à partir du 2023-07-01) × jours restants au début du mois × AJ du mois, arrondi au
    centime, avant la participation de 3 % au titre de la retraite complémentaire (DECISIONS.md
    D14). Choix de modélisation : les jours restants au début du mois de création constituent le
    reliquat (l'ARE des jours de ce mois antérieurs à la création n'est pas versée) ; les
    différés sont réputés écoulés.
    """

    def formula_2019_11_01(individu, period, parameters):
        creation = individu("micro_entreprise_date_creation", period)
        ce_mois = date_renseignee(creation) * (rang_mois_dates(creation) == rang_mois(period))
        eligible = individu("arce_eligible_creation", period) * ce_mois * ~individu("demandeur_emploi", period)
        if not eligible.any():
            return numpy.zeros(individu.count)
        restants = individu("are_jours_restants", period)
        allocation = arrondi_centime(individu("are_allocation_journaliere", period))
        taux = individu("arce_taux", period)
        return numpy.where(eligible, arrondi_centime(taux * restants * allocation), 0)
