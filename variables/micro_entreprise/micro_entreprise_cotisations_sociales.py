import numpy

from openfisca_ass import references
from openfisca_ass.calendrier import (
    CENTIMES_PAR_EURO,
    arrondi_centime,
    arrondi_superieur,
    en_centimes,
    taux_float64,
)
from openfisca_ass.entities import Individu
from openfisca_ass.enums import TypesActiviteMicroEntreprise
from openfisca_ass.model_api import MONTH, Variable
from openfisca_ass.parametres_aux_dates import ParametresAuxDates


def _taux_paye_produit(individu, period, parameters):
    """Normal rate × share paid, rounded up under the ACRE (D131-6-3 I); the normal rate without it."""
    taux = taux_float64(individu("micro_entreprise_taux_cotisations_sociales", period))
    part = taux_float64(individu("micro_entreprise_acre_part_taux_paye", period))
    pas = parameters(period).micro_entreprise.acre.arrondi_taux_reduit
    sous_acre = part < 1
    return numpy.where(sous_acre, arrondi_superieur(taux * part, pas), taux), sous_acre


class micro_entreprise_cotisations_sociales(Variable):
    value_type = float
    entity = Individu
    definition_period = MONTH
    label = "Cotisations et contributions micro-sociales dues sur le chiffre d'affaires du mois, en euros"
    reference = [
        references.CSS_D613_4,
        references.CSS_L131_6_4,
        references.CSS_D131_6_3,
        references.MON_ENTREPRISE_ACRE_CIPAV,
    ]
    unit = "currency-EUR"
    documentation = """
    Turnover of the month × rate paid, rounded to the cent (half up). Without the ACRE the rate
    paid is the rate of the category (micro_entreprise_taux_cotisations_sociales); under the ACRE
    it is that rate × the share paid (micro_entreprise_acre_part_taux_paye) rounded UP to the tenth
    of a point (CSS D131-6-3 I, parameter acre.arrondi_taux_reduit, from 2020-05-25): sales
    12.3 % × 50 % = 6.15 % → 6.2 %, × 75 % = 9.225 % → 9.3 %.
    Exception, from 2020-01-01: a CIPAV liberal profession (BNC activity with
    micro_entreprise_profession_liberale_cipav true) whose start date makes
    acre.cipav.taux_reduit_publie_applicable true (starts from 2020-01-01 to 2026-06-30) pays,
    during the ACRE period, the rate published by the Urssaf (acre.cipav.taux_reduit_publie,
    dated by the month: 12.1 %, 13.9 % from 2024-07, 13.4 % from 2026) instead of 23.2 % × 50 %
    = 11.6 %: the ACRE does not exempt the CIPAV complementary pension. Starts in 2019 and from
    2026-07-01 keep the product (2026-07 start: 23.2 % × 75 % = 17.4 %, the Urssaf table).
    Covers all the social contributions and the CSG-CRDS (micro-social regime); the training
    contribution and the versement libératoire are separate variables.
    Modelling choice: computed month by month on the turnover cashed in the month (a quarterly
    declarer pays the same total on the quarter, up to the rounding).
    Not modelled: the chamber fees (taxe pour frais de chambre consulaire).
    Computed from 2015-01-01 (DECISIONS.md D16): an earlier month gives 0.
    """

    def formula_2015_01_01(individu, period, parameters):
        chiffre_affaires = en_centimes(individu("micro_entreprise_chiffre_affaires", period))
        taux_paye, _ = _taux_paye_produit(individu, period, parameters)
        return arrondi_centime(chiffre_affaires * taux_paye / CENTIMES_PAR_EURO)

    def formula_2020_01_01(individu, period, parameters):
        chiffre_affaires = en_centimes(individu("micro_entreprise_chiffre_affaires", period))
        taux_paye, sous_acre = _taux_paye_produit(individu, period, parameters)
        cipav = parameters(period).micro_entreprise.acre.cipav
        date_creation = individu("micro_entreprise_date_creation", period)
        loi_creation = ParametresAuxDates(individu, parameters, date_creation)
        applicable, connu = loi_creation("micro_entreprise.acre.cipav.taux_reduit_publie_applicable")
        profession_cipav = individu("micro_entreprise_profession_liberale_cipav", period) * (
            individu("micro_entreprise_activite", period) == TypesActiviteMicroEntreprise.prestations_services_bnc
        )
        taux_publie = sous_acre * profession_cipav * applicable.astype(bool) * connu
        taux_paye = numpy.where(taux_publie, cipav.taux_reduit_publie, taux_paye)
        return arrondi_centime(chiffre_affaires * taux_paye / CENTIMES_PAR_EURO)
