from openfisca_ass import references
from openfisca_ass.calendrier import arrondi_centime
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import MONTH, Variable


class micro_entreprise_cotisations_sociales(Variable):
    value_type = float
    entity = Individu
    definition_period = MONTH
    label = "Cotisations et contributions micro-sociales dues sur le chiffre d'affaires du mois, en euros"
    reference = [references.CSS_D613_4, references.CSS_L131_6_4]
    unit = "currency-EUR"
    documentation = """
    Turnover of the month × rate of its category (micro_entreprise_taux_cotisations_sociales) ×
    share of that rate paid under the ACRE (micro_entreprise_acre_part_taux_paye), rounded to the
    cent (half up). Covers all the social contributions and the CSG-CRDS (micro-social regime);
    the training contribution and the versement libératoire are separate variables.
    Modelling choice: computed month by month on the turnover cashed in the month (a quarterly
    declarer pays the same total on the quarter, up to the rounding).
    Not modelled: the chamber fees (taxe pour frais de chambre consulaire).
    """

    def formula(individu, period, parameters):
        chiffre_affaires = individu("micro_entreprise_chiffre_affaires", period)
        taux = individu("micro_entreprise_taux_cotisations_sociales", period)
        part = individu("micro_entreprise_acre_part_taux_paye", period)
        return arrondi_centime(chiffre_affaires * taux * part)
