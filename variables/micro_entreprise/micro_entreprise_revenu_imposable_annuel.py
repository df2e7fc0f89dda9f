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
    Revenu imposable d'une micro-entreprise pour une année de revenus (CGI art. 50-0 micro-BIC,
    102 ter micro-BNC) :
    - le chiffre d'affaires de chaque mois est abattu au taux de la catégorie de ce mois pour
      l'année de revenus ;
    - les abattements des catégories micro-BIC (ventes, services, meublés de tourisme)
      s'additionnent et ne peuvent être inférieurs à 305 € (abattement_minimum), ni supérieurs
      au chiffre d'affaires BIC ; de même pour le micro-BNC ;
    - revenu imposable = chiffre d'affaires − abattements, jamais négatif ; arrondi au centime.
    Le minimum de 305 € est une règle annuelle : le revenu mensuel utilisé par l'ARE et l'ASS
    (micro_entreprise_revenu) ne l'applique jamais (DECISIONS.md D11).
    Une année sans chiffre d'affaires donne 0 (aucun abattement minimal à appliquer).
    Taux enregistrés à partir de l'année de revenus 2006 : une année antérieure donne 0.
    Non modélisés : le micro-BA, les plus-values, le prorata des seuils la première année.
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
