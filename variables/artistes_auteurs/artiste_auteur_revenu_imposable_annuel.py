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
    Somme des artiste_auteur_revenu_imposable des mois, à l'exception des recettes des mois sous
    le régime spécial BNC, dont l'abattement est calculé sur l'année : 34 % de celles-ci, au
    moins 305 € et au plus les recettes (CGI art. 102 ter, 1 ; le même minimum que
    micro_entreprise_revenu_imposable_annuel). Arrondi au centime.
    Non modélisés : un minimum unique partagé avec un chiffre d'affaires micro-BNC de la même
    personne (chacun a ici le sien), la déduction de 10 % des traitements et salaires.
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
