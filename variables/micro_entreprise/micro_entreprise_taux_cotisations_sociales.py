import numpy

from openfisca_ass import references
from openfisca_ass.entities import Individu
from openfisca_ass.enums import TypesActiviteMicroEntreprise, par_categorie
from openfisca_ass.model_api import MONTH, Variable


class micro_entreprise_taux_cotisations_sociales(Variable):
    value_type = float
    entity = Individu
    definition_period = MONTH
    label = "Taux normal des cotisations et contributions micro-sociales du mois, en part du chiffre d'affaires"
    reference = [references.CSS_D613_4]
    unit = "/1"
    documentation = """
    Taux de la catégorie du mois (CSS D613-4 ; paramètre cotisations_sociales), avant l'ACRE.
    Une activité BNC avec micro_entreprise_profession_liberale_cipav vrai prend le taux de la
    CIPAV. Le taux est celui en vigueur le mois où le chiffre d'affaires est encaissé.
    Taux enregistrés à partir du 2015-01-01 (DECISIONS.md D16) : un mois antérieur donne 0.
    """

    def formula_2015_01_01(individu, period, parameters):
        taux = parameters(period).micro_entreprise.cotisations_sociales
        activite = individu("micro_entreprise_activite", period)
        cipav = individu("micro_entreprise_profession_liberale_cipav", period) * (
            activite == TypesActiviteMicroEntreprise.prestations_services_bnc
        )
        return numpy.where(cipav, taux.profession_liberale_cipav, par_categorie(taux, activite))
