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
    Règlement d'assurance chômage, art. 28 § 1 : à la date d'épuisement du droit, un nouveau droit
    est ouvert (rechargé) lorsque la personne a travaillé, après la fin du contrat qui a ouvert le
    droit et avant l'épuisement, au moins la durée d'affiliation de l'art. 3 : 130 jours ou 910
    heures (88 jours ou 610 heures pour les contrats terminés du 2020-08-01 au 2021-11-30), lue à
    la fin de ce contrat ultérieur (are_rechargement_date_fin_contrat). 129 jours et 909 heures :
    pas de rechargement.

    Les jours sont comptés à la manière du règlement (are_rechargement_jours_affiliation : cinq par
    semaine civile, à partir de l'historique mensuel des rémunérations lorsqu'il est donné). La fin
    du contrat ultérieur doit suivre are_date_fin_contrat (lorsque cette date est donnée). Le
    parcours des mois (are_jours_restants_fin_mois) ne recharge qu'un droit qu'il voit s'épuiser.

    Non modélisés : le seuil de 2025 des travailleurs saisonniers (108 jours / 758 heures ; pas
    d'entrée) ; la perte involontaire du contrat ultérieur (l'art. 28 renvoie aux conditions de
    l'art. 4 : la fin du contrat ultérieur est supposée involontaire — ne pas donner de contrat
    ultérieur sinon) ; un contrat ultérieur antérieur qui remplissait les conditions quand le
    dernier ne les remplit pas (art. 28 § 1, troisième alinéa).
    """

    def formula(individu, period, parameters):
        fin = individu("are_rechargement_date_fin_contrat", period)
        fin_premier = individu("are_date_fin_contrat", period)
        loi = ParametresAuxDates(individu, parameters, fin)
        jours_minimum, en_vigueur = loi("are.affiliation.duree_minimale_jours")
        heures_minimum, _ = loi("are.affiliation.duree_minimale_heures")
        jours = individu("are_rechargement_jours_affiliation", period)
        heures = individu("are_rechargement_heures_travaillees", period)
        affiliation = (jours >= jours_minimum) + (heures >= heures_minimum)
        apres_ouverture = ~date_renseignee(fin_premier) + (fin > fin_premier)
        return date_renseignee(fin) * apres_ouverture * en_vigueur * affiliation
