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
    Turnover of the month × rate, rounded to the cent: 0.3 % for an artisan (micro_entreprise_artisan),
    otherwise 0.1 % for sales and lodging (vente_marchandises, meuble_tourisme_classe) and 0.2 % for
    services and liberal professions (prestations_services_bic, prestations_services_bnc,
    meuble_tourisme_non_classe). Not reduced by the ACRE.
    Modelling choice: classified tourist lets take the traders' sales rate, non-classified lets the
    services rate, as for their micro-social category.
    Computed from 2015-01-01 (DECISIONS.md D16): an earlier month gives 0.
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
