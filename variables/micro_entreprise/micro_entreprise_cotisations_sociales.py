import numpy

from openfisca_ass import references
from openfisca_ass.calendrier import CENTIMES_PAR_EURO, arrondi_centime, arrondi_superieur, en_centimes, taux_float64
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import MONTH, Variable


class micro_entreprise_cotisations_sociales(Variable):
    value_type = float
    entity = Individu
    definition_period = MONTH
    label = "Cotisations et contributions micro-sociales dues sur le chiffre d'affaires du mois, en euros"
    reference = [references.CSS_D613_4, references.CSS_L131_6_4, references.CSS_D131_6_3]
    unit = "currency-EUR"
    documentation = """
    Turnover of the month × rate paid, rounded to the cent (half up). Without the ACRE the rate
    paid is the rate of the category (micro_entreprise_taux_cotisations_sociales); under the ACRE
    it is that rate × the share paid (micro_entreprise_acre_part_taux_paye) rounded UP to the tenth
    of a point (CSS D131-6-3 I, parameter acre.arrondi_taux_reduit, from 2020-05-25): sales
    12.3 % × 50 % = 6.15 % → 6.2 %, × 75 % = 9.225 % → 9.3 %.
    Covers all the social contributions and the CSG-CRDS (micro-social regime); the training
    contribution and the versement libératoire are separate variables.
    Modelling choice: computed month by month on the turnover cashed in the month (a quarterly
    declarer pays the same total on the quarter, up to the rounding).
    Not modelled: the chamber fees (taxe pour frais de chambre consulaire); the floor of the
    reduced CIPAV rate under the ACRE (see the parameter acre.arrondi_taux_reduit).
    Computed from 2015-01-01 (DECISIONS.md D16): an earlier month gives 0.
    """

    def formula_2015_01_01(individu, period, parameters):
        chiffre_affaires = en_centimes(individu("micro_entreprise_chiffre_affaires", period))
        taux = taux_float64(individu("micro_entreprise_taux_cotisations_sociales", period))
        part = taux_float64(individu("micro_entreprise_acre_part_taux_paye", period))
        pas = parameters(period).micro_entreprise.acre.arrondi_taux_reduit
        taux_paye = numpy.where(part < 1, arrondi_superieur(taux * part, pas), taux)
        return arrondi_centime(chiffre_affaires * taux_paye / CENTIMES_PAR_EURO)
