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
    Chiffre d'affaires du mois × taux payé, arrondi au centime (les demis à l'unité supérieure).
    Sans l'ACRE, le taux payé est le taux de la catégorie
    (micro_entreprise_taux_cotisations_sociales) ; avec l'ACRE, c'est ce taux × la part payée
    (micro_entreprise_acre_part_taux_paye) arrondi AU DIXIÈME DE POINT SUPÉRIEUR (CSS D131-6-3 I,
    paramètre acre.arrondi_taux_reduit, à partir du 2020-05-25) : ventes 12,3 % × 50 % = 6,15 %
    → 6,2 %, × 75 % = 9,225 % → 9,3 %.
    Exception, à partir du 2020-01-01 : une profession libérale relevant de la CIPAV (activité
    BNC avec micro_entreprise_profession_liberale_cipav vrai) dont la date de début rend
    acre.cipav.taux_reduit_publie_applicable vrai (débuts du 2020-01-01 au 2026-06-30) paie,
    pendant la période de l'ACRE, le taux publié par l'Urssaf (acre.cipav.taux_reduit_publie,
    daté par le mois : 12,1 %, 13,9 % à partir de 2024-07, 13,4 % à partir de 2026) au lieu de
    23,2 % × 50 % = 11,6 % : l'ACRE n'exonère pas de la retraite complémentaire de la CIPAV. Les
    débuts en 2019 et à partir du 2026-07-01 conservent le produit (début en 2026-07 : 23,2 % ×
    75 % = 17,4 %, le barème de l'Urssaf).
    Couvre l'ensemble des cotisations sociales et la CSG-CRDS (régime micro-social) ; la
    contribution à la formation professionnelle et le versement libératoire sont des variables
    distinctes.
    Choix de modélisation : calculé mois par mois sur le chiffre d'affaires encaissé dans le mois
    (un déclarant trimestriel paie le même total sur le trimestre, à l'arrondi près).
    Non modélisée : la taxe pour frais de chambre consulaire.
    Calculé à partir du 2015-01-01 (DECISIONS.md D16) : un mois antérieur donne 0.
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
