import numpy

from openfisca_ass import references
from openfisca_ass.calendrier import CENTIMES_PAR_EURO, arrondi_centime, en_centimes
from openfisca_ass.entities import Individu
from openfisca_ass.enums import par_categorie
from openfisca_ass.model_api import MONTH, Variable


class micro_entreprise_versement_liberatoire(Variable):
    value_type = float
    entity = Individu
    definition_period = MONTH
    label = "Versement libératoire de l'impôt sur le revenu dû sur le chiffre d'affaires du mois, en euros"
    reference = [references.CGI_151_0]
    unit = "currency-EUR"
    documentation = """
    When the person opted for it (micro_entreprise_option_versement_liberatoire): turnover of the
    month × rate of its category (1 % sales and lodging, 1.7 % BIC services, 2.2 % BNC), rounded to
    the cent. 0 without the option. Not reduced by the ACRE.
    Computed from 2015-01-01 (DECISIONS.md D16): an earlier month gives 0.
    """

    def formula_2015_01_01(individu, period, parameters):
        taux = parameters(period).micro_entreprise.versement_liberatoire
        chiffre_affaires = en_centimes(individu("micro_entreprise_chiffre_affaires", period)) / CENTIMES_PAR_EURO
        activite = individu("micro_entreprise_activite", period)
        option = individu("micro_entreprise_option_versement_liberatoire", period)
        return numpy.where(option, arrondi_centime(chiffre_affaires * par_categorie(taux, activite)), 0)
