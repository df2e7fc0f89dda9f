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
    Règles des contrats terminés à partir du 2019-11-01 (DECISIONS.md D16) : une date de fin
    donnée, une perte involontaire d'emploi, et au moins le minimum de jours ou d'heures
    travaillés sur la période de référence d'affiliation (130 jours ou 910 heures ; 88 jours ou
    610 heures pour les contrats terminés du 2020-08-01 au 2021-11-30), les deux lus à la fin du
    contrat. L'inscription comme demandeur d'emploi est vérifiée mois par mois
    (demandeur_emploi). Non modélisés : l'aptitude physique, la résidence, la limite d'âge de la
    retraite, le délai d'inscription de 12 mois, le seuil de 2025 des travailleurs saisonniers,
    le seuil de 108 jours des primo-demandeurs des règles de 2024. Un droit donné directement
    par are_jours_restants ne nécessite aucune de ces entrées. Les jours travaillés sont comptés
    à la manière du règlement (are_jours_affiliation_periode_reference), à partir de
    l'historique mensuel des rémunérations lorsqu'il est donné.
    Les jours de formation comptent comme jours travaillés dans la limite des deux tiers des jours
    requis (are_jours_formation_retenus).
    """

    def formula(individu, period, parameters):
        fin = individu("are_date_fin_contrat", period)
        loi = ParametresAuxDates(individu, parameters, fin)
        jours_minimum, en_vigueur = loi("are.affiliation.duree_minimale_jours")
        heures_minimum, _ = loi("are.affiliation.duree_minimale_heures")
        jours = individu("are_jours_affiliation_periode_reference", period)
        # Training days count as days worked, within two thirds of the days required (art. 3).
        jours = jours + individu("are_jours_formation_retenus", period)
        heures = individu("are_heures_travaillees_periode_reference", period)
        affiliation = (jours >= jours_minimum) + (heures >= heures_minimum)
        involontaire = individu("are_perte_involontaire_emploi", period)
        return date_renseignee(fin) * en_vigueur * involontaire * affiliation
