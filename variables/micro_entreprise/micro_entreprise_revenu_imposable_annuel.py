import numpy

from openfisca_ass import references
from openfisca_ass.calendrier import arrondi_centime
from openfisca_ass.entities import Individu
from openfisca_ass.enums import TypesActiviteMicroEntreprise, par_categorie
from openfisca_ass.model_api import MONTH, YEAR, Variable


class micro_entreprise_revenu_imposable_annuel(Variable):
    value_type = float
    entity = Individu
    definition_period = YEAR
    label = "Revenu imposable annuel de la micro-entreprise, après abattements et minimum de 305 €, en euros"
    reference = [references.CGI_50_0, references.CGI_102_TER]
    unit = "currency-EUR"
    documentation = """
    Taxable income of a micro-enterprise for an income year (CGI art. 50-0 micro-BIC, 102 ter
    micro-BNC):
    - each month's turnover is abated at the rate of that month's category for the income year;
    - the abatements of the micro-BIC categories (sales, services, tourist lets) are added and
      cannot be lower than 305 € (abattement_minimum), nor higher than the BIC turnover; the same
      for the micro-BNC;
    - taxable income = turnover − abatements, never negative; rounded to the cent.
    The 305 € minimum is an annual rule: the monthly income used by the ARE and the ASS
    (micro_entreprise_revenu) never applies it (DECISIONS.md D11).
    A year without turnover gives 0 (no minimum abatement to apply).
    Rates stored from the 2006 income year: an earlier year gives 0.
    Not modelled: micro-BA, capital gains, the pro rata of the thresholds in the first year.
    """

    def formula_2006_01_01(individu, period, parameters):
        p = parameters(period).micro_entreprise
        chiffre_affaires_bic = 0
        abattement_bic = 0
        chiffre_affaires_bnc = 0
        abattement_bnc = 0
        for mois in period.get_subperiods(MONTH):
            # Summed in float64: float32 sums of 12 months drift by more than a cent.
            chiffre_affaires = numpy.asarray(individu("micro_entreprise_chiffre_affaires", mois), dtype=numpy.float64)
            activite = individu("micro_entreprise_activite", mois)
            abattement = chiffre_affaires * par_categorie(p.abattement, activite)
            bnc = activite == TypesActiviteMicroEntreprise.prestations_services_bnc
            chiffre_affaires_bnc = chiffre_affaires_bnc + numpy.where(bnc, chiffre_affaires, 0)
            abattement_bnc = abattement_bnc + numpy.where(bnc, abattement, 0)
            chiffre_affaires_bic = chiffre_affaires_bic + numpy.where(bnc, 0, chiffre_affaires)
            abattement_bic = abattement_bic + numpy.where(bnc, 0, abattement)

        minimum = p.abattement_minimum
        abattement_bic = numpy.minimum(numpy.maximum(abattement_bic, minimum), chiffre_affaires_bic)
        abattement_bnc = numpy.minimum(numpy.maximum(abattement_bnc, minimum), chiffre_affaires_bnc)
        return arrondi_centime(chiffre_affaires_bic - abattement_bic + chiffre_affaires_bnc - abattement_bnc)
