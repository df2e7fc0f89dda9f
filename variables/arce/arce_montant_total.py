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
    In the month of micro_entreprise_date_creation, for an eligible creator (arce_eligible_creation)
    who has left the job-seekers' list (demandeur_emploi false in that month, DECISIONS.md D14)
    with days left: rate (arce_taux: 45 %, 60 % for contracts ended from 2023-07-01) × days left
    at the start of the month × AJ of the month, rounded to the cent, before the 3 %
    complementary-pension participation (DECISIONS.md D14). Modelling choice: the days left at
    the start of the creation month are the reliquat (the ARE of the days of that month before
    the creation is not paid); the différés are taken as elapsed.
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
