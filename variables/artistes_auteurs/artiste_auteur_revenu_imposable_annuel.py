import numpy

from openfisca_ass import references
from openfisca_ass.calendrier import arrondi_centime
from openfisca_ass.entities import Individu
from openfisca_ass.enums import RegimesFiscauxArtisteAuteur
from openfisca_ass.model_api import MONTH, YEAR, Variable


class artiste_auteur_revenu_imposable_annuel(Variable):
    value_type = float
    entity = Individu
    definition_period = YEAR
    label = "Revenus artistiques imposables de l'année, après l'abattement minimal de 305 €, en euros"
    reference = [references.CGI_102_TER, references.SECU_ARTISTES_AUTEURS_TAUX]
    unit = "currency-EUR"
    documentation = """
    Sum of the months' artiste_auteur_revenu_imposable, except for the receipts of the months
    under the special BNC regime, whose abatement is taken on the year: 34 % of them, at least
    305 € and at most the receipts (CGI art. 102 ter, 1; the same minimum as
    micro_entreprise_revenu_imposable_annuel). Rounded to the cent.
    Not modelled: one minimum shared with a micro-BNC turnover of the same person (each gets its
    own here), the 10 % deduction of traitements et salaires.
    """

    def formula(individu, period, parameters):
        p = parameters(period).micro_entreprise
        recettes_bnc_special = numpy.zeros(individu.count)
        autres = numpy.zeros(individu.count)
        for mois in period.get_subperiods(MONTH):
            bnc_special = individu("artiste_auteur_regime_fiscal", mois) == RegimesFiscauxArtisteAuteur.bnc_special
            recettes = numpy.asarray(individu("artiste_auteur_revenus_artistiques", mois), dtype=numpy.float64)
            recettes_bnc_special += numpy.where(bnc_special, recettes, 0)
            autres += numpy.where(bnc_special, 0, individu("artiste_auteur_revenu_imposable", mois))
        abattement = recettes_bnc_special * p.abattement.prestations_services_bnc
        abattement = numpy.minimum(numpy.maximum(abattement, p.abattement_minimum), recettes_bnc_special)
        return arrondi_centime(recettes_bnc_special - abattement + autres)
