import numpy

from openfisca_ass import references
from openfisca_ass.calendrier import MOIS_PAR_AN, arrondi_centime
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import ETERNITY, Variable
from openfisca_ass.parametres_aux_dates import ParametresAuxDates

# Unit conversion: days of a (non-leap) year, to turn the monthly pay cap into a daily one.
JOURS_PAR_AN = 365


class are_salaire_journalier_reference_calcule(Variable):
    value_type = float
    entity = Individu
    definition_period = ETERNITY
    label = "Salaire journalier de référence calculé à partir des rémunérations de la période de référence, en euros"
    reference = [references.ARE_DECRET_2021_346, references.ARE_DECRET_2019_797, references.UNEDIC_CIRCULAIRE_2025_03]
    unit = "currency-EUR"
    documentation = """
    For contracts ending from 2021-10-01 (décret n° 2021-346, date set by décret n° 2021-1251):
    SJR = reference pay ÷ divisor, rounded to the cent, where divisor = calendar days of the
    reference period, at most (1 + cap) × days worked (non-worked days capped at 75 % of the
    days worked, 70 % for contracts ending from 2025-04-01).

    The pay is capped at 4 × the monthly social-security ceiling (PMSS) of the year of the end
    of the contract per month. Modelling choice: with only the total pay as input, the cap is
    applied to the total as 4 × PMSS × 12 ÷ 365 per day worked.

    Contracts ending before 2021-10-01 (SJR over 12 months ÷ days worked × 1.4) are not
    computed: 0, give are_salaire_journalier_reference. The 1 July revaluation of the SJR of
    old contracts is not modelled.
    """

    def formula(individu, period, parameters):
        loi = ParametresAuxDates(individu, parameters, individu("are_date_fin_contrat", period))
        salaire = arrondi_centime(individu("are_salaire_reference", period))
        jours_periode = individu("are_jours_periode_reference", period)
        jours_travailles = individu("are_jours_travailles_periode_reference", period)

        plafonnement, en_vigueur = loi("are.salaire_reference.plafonnement_jours_non_travailles")
        pmss, _ = loi("are.salaire_reference.plafond_mensuel_securite_sociale")
        plafond_mensuel, _ = loi("are.salaire_reference.plafond_mensuel_en_pmss")

        diviseur = numpy.minimum(jours_periode, (1 + plafonnement) * jours_travailles)
        plafond = plafond_mensuel * pmss * MOIS_PAR_AN / JOURS_PAR_AN * jours_travailles
        salaire_retenu = numpy.minimum(salaire, plafond)
        sjr = arrondi_centime(salaire_retenu / numpy.maximum(diviseur, 1))
        return numpy.where(en_vigueur * (diviseur > 0), sjr, 0)
