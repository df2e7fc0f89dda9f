from openfisca_ass import references
from openfisca_ass.calendrier import date_renseignee
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import ETERNITY, Variable
from openfisca_ass.parametres_aux_dates import ParametresAuxDates


class are_droits_ouverts(Variable):
    value_type = bool
    entity = Individu
    definition_period = ETERNITY
    label = "Le contrat terminé ouvre un droit à l'ARE (affiliation et perte involontaire d'emploi)"
    reference = [references.ARE_DECRET_2019_797, references.ARE_DECRET_2021_346, references.UNEDIC_CIRCULAIRE_2025_03]
    documentation = """
    Rules for contracts ending from 2019-11-01 (DECISIONS.md D16): an end date given, an
    involuntary loss, and at least the minimum days or hours worked over the reference period
    of affiliation (130 days or 910 hours; 88 days or 610 hours for contracts ending from
    2020-08-01 to 2021-11-30), both read at the end of the contract. The registration as a job
    seeker is checked month by month (demandeur_emploi). Not modelled: physical fitness,
    residence, the retirement-age limit, the 12-month registration deadline, the seasonal
    workers' 2025 threshold, the 108-day threshold of first-time claimants of the 2024 rules. A
    right given directly through are_jours_restants needs none of these inputs. The days worked
    are counted the rules' way (are_jours_affiliation_periode_reference), from the monthly pay
    history when it is given.
    """

    def formula(individu, period, parameters):
        fin = individu("are_date_fin_contrat", period)
        loi = ParametresAuxDates(individu, parameters, fin)
        jours_minimum, en_vigueur = loi("are.affiliation.duree_minimale_jours")
        heures_minimum, _ = loi("are.affiliation.duree_minimale_heures")
        jours = individu("are_jours_affiliation_periode_reference", period)
        heures = individu("are_heures_travaillees_periode_reference", period)
        affiliation = (jours >= jours_minimum) + (heures >= heures_minimum)
        involontaire = individu("are_perte_involontaire_emploi", period)
        return date_renseignee(fin) * en_vigueur * involontaire * affiliation
