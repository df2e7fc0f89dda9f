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
    Lorsque la personne a opté pour lui (micro_entreprise_option_versement_liberatoire) :
    chiffre d'affaires du mois × taux de sa catégorie (1 % ventes et hébergement, 1,7 % services
    BIC, 2,2 % BNC), arrondi au centime. 0 sans l'option. Non réduit par l'ACRE.
    Calculé à partir du 2015-01-01 (DECISIONS.md D16) : un mois antérieur donne 0.
    """

    def formula_2015_01_01(individu, period, parameters):
        taux = parameters(period).micro_entreprise.versement_liberatoire
        chiffre_affaires = en_centimes(individu("micro_entreprise_chiffre_affaires", period)) / CENTIMES_PAR_EURO
        activite = individu("micro_entreprise_activite", period)
        option = individu("micro_entreprise_option_versement_liberatoire", period)
        return numpy.where(option, arrondi_centime(chiffre_affaires * par_categorie(taux, activite)), 0)
