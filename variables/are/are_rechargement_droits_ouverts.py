from openfisca_ass import references
from openfisca_ass.calendrier import date_renseignee
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import ETERNITY, Variable
from openfisca_ass.parametres_aux_dates import ParametresAuxDates


class are_rechargement_droits_ouverts(Variable):
    value_type = bool
    entity = Individu
    definition_period = ETERNITY
    label = "Le travail repris pendant le droit à l'ARE permet son rechargement à l'épuisement"
    reference = [references.ARE_DECRET_2019_797, references.UNEDIC_DROITS_RECHARGEABLES]
    documentation = """
    Règlement d'assurance chômage, art. 28 § 1: at the date the right is exhausted, a new right
    is opened (recharged) when the person worked, after the end of the contract that opened the
    right and before the exhaustion, at least the affiliation of art. 3: 130 days or 910 hours
    (88 days or 610 hours for contracts ending from 2020-08-01 to 2021-11-30), read at the end of
    that later contract (are_rechargement_date_fin_contrat). 129 days and 909 hours: no recharge.

    Requires a later contract end after are_date_fin_contrat (when that date is given). The walk
    (are_jours_restants_fin_mois) recharges only a right that it sees exhausted.

    Not modelled: the seasonal workers' 108 days / 758 hours of 2025 (only seasonal contracts:
    no input); the involuntary loss of the later contract (art. 28 reads the conditions of art. 4:
    the end of the later contract is taken as involuntary — give no later contract otherwise);
    an earlier later contract meeting the conditions when the last one does not (art. 28 § 1
    third paragraph).
    """

    def formula(individu, period, parameters):
        fin = individu("are_rechargement_date_fin_contrat", period)
        fin_premier = individu("are_date_fin_contrat", period)
        loi = ParametresAuxDates(individu, parameters, fin)
        jours_minimum, en_vigueur = loi("are.affiliation.duree_minimale_jours")
        heures_minimum, _ = loi("are.affiliation.duree_minimale_heures")
        jours = individu("are_rechargement_jours_travailles", period)
        heures = individu("are_rechargement_heures_travaillees", period)
        affiliation = (jours >= jours_minimum) + (heures >= heures_minimum)
        apres_ouverture = ~date_renseignee(fin_premier) + (fin > fin_premier)
        return date_renseignee(fin) * apres_ouverture * en_vigueur * affiliation
