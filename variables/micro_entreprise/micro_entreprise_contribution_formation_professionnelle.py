import numpy

from openfisca_ass import references
from openfisca_ass.calendrier import CENTIMES_PAR_EURO, arrondi_centime, en_centimes
from openfisca_ass.entities import Individu
from openfisca_ass.enums import TypesActiviteMicroEntreprise
from openfisca_ass.model_api import MONTH, Variable


class micro_entreprise_contribution_formation_professionnelle(Variable):
    value_type = float
    entity = Individu
    definition_period = MONTH
    label = "Contribution à la formation professionnelle due sur le chiffre d'affaires du mois, en euros"
    reference = [references.CT_L6331_48]
    unit = "currency-EUR"
    documentation = """
    Chiffre d'affaires du mois × taux, arrondi au centime : 0,3 % pour un artisan
    (micro_entreprise_artisan), sinon 0,1 % pour les ventes et l'hébergement
    (vente_marchandises, meuble_tourisme_classe) et 0,2 % pour les services et les professions
    libérales (prestations_services_bic, prestations_services_bnc, meuble_tourisme_non_classe).
    Non réduite par l'ACRE.
    Choix de modélisation : les meublés de tourisme classés prennent le taux des ventes des
    commerçants, les meublés non classés le taux des services, comme pour leur catégorie
    micro-sociale.
    Calculée à partir du 2015-01-01 (DECISIONS.md D16) : un mois antérieur donne 0.
    """

    def formula_2015_01_01(individu, period, parameters):
        taux = parameters(period).micro_entreprise.formation_professionnelle
        chiffre_affaires = en_centimes(individu("micro_entreprise_chiffre_affaires", period)) / CENTIMES_PAR_EURO
        activite = individu("micro_entreprise_activite", period)
        artisan = individu("micro_entreprise_artisan", period)
        commerce = (activite == TypesActiviteMicroEntreprise.vente_marchandises) + (
            activite == TypesActiviteMicroEntreprise.meuble_tourisme_classe
        )
        taux_applicable = numpy.select(
            [artisan, commerce > 0],
            [taux.artisan, taux.commercant],
            taux.prestations_services,
        )
        return arrondi_centime(chiffre_affaires * taux_applicable)
