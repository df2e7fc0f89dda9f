from openfisca_ass import references
from openfisca_ass.entities import Individu
from openfisca_ass.mecanique_are import salaire_journalier_a_la_fin
from openfisca_ass.model_api import ETERNITY, Variable
from openfisca_ass.parametres_aux_dates import ParametresAuxDates


class are_salaire_journalier_reference_calcule(Variable):
    value_type = float
    entity = Individu
    definition_period = ETERNITY
    label = "Salaire journalier de référence calculé à partir des rémunérations de la période de référence, en euros"
    reference = [references.ARE_DECRET_2021_346, references.ARE_DECRET_2019_797, references.UNEDIC_CIRCULAIRE_2025_03]
    unit = "currency-EUR"
    documentation = """
    Pour les contrats terminés à partir du 2021-10-01 (décret n° 2021-346, date fixée par le
    décret n° 2021-1251) : SJR = rémunérations de référence ÷ diviseur, arrondi au centime, où
    diviseur = jours calendaires de la période de référence, au plus (1 + plafond) × jours
    travaillés (jours non travaillés plafonnés à 75 % des jours travaillés, 70 % pour les
    contrats terminés à partir du 2025-04-01).

    Les rémunérations sont plafonnées à 4 × le plafond mensuel de la sécurité sociale (PMSS) de
    l'année de fin du contrat, par mois. Choix de modélisation : avec le seul total des
    rémunérations en entrée, le plafond est appliqué au total, soit 4 × PMSS × 12 ÷ 365 par jour
    travaillé.

    Les contrats terminés avant le 2021-10-01 (SJR sur 12 mois ÷ jours travaillés × 1,4) ne sont
    pas calculés : 0, donnez are_salaire_journalier_reference. La revalorisation du 1er juillet
    du SJR des anciens contrats n'est pas modélisée.
    """

    def formula(individu, period, parameters):
        loi = ParametresAuxDates(individu, parameters, individu("are_date_fin_contrat", period))
        sjr, _ = salaire_journalier_a_la_fin(
            loi,
            individu("are_salaire_reference", period),
            individu("are_jours_periode_reference", period),
            individu("are_jours_travailles_periode_reference", period),
        )
        return sjr
