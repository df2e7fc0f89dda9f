import numpy

from openfisca_ass import references
from openfisca_ass.calendrier import en_centimes
from openfisca_ass.entities import Individu
from openfisca_ass.enums import TypesActiviteMicroEntreprise
from openfisca_ass.model_api import MONTH, YEAR, Variable


class micro_entreprise_chiffre_affaires_sous_plafond(Variable):
    value_type = bool
    entity = Individu
    definition_period = YEAR
    label = "Le chiffre d'affaires de l'année n'excède pas le seuil du régime micro de sa catégorie"
    reference = [references.CGI_50_0, references.CGI_102_TER]
    documentation = """
    Le chiffre d'affaires de l'année de chaque catégorie (mois additionnés selon leur catégorie)
    est au plus égal au seuil de cette catégorie en vigueur cette année-là (paramètre
    plafond_chiffre_affaires) ; le chiffre d'affaires micro-BIC total (ventes, services,
    meublés de tourisme) est aussi au plus égal au seuil des ventes, comme pour une activité
    mixte (CGI art. 50-0, 1). Un chiffre d'affaires égal au seuil reste en dessous.
    Simplification : la loi détermine le régime de l'année N à partir du chiffre d'affaires de
    N-1 et N-2 et maintient le régime la première année de dépassement ; cette variable indique
    seulement si une année reste sous le seuil en vigueur cette année-là.
    Seuils enregistrés à partir de 2015 (DECISIONS.md D16) : une année antérieure donne la valeur
    par défaut, faux.
    """

    def formula_2015_01_01(individu, period, parameters):
        plafond = parameters(period).micro_entreprise.plafond_chiffre_affaires
        categories = list(TypesActiviteMicroEntreprise)
        totaux = {categorie: 0 for categorie in categories}
        for mois in period.get_subperiods(MONTH):
            # Summed in float64 and compared in whole cents: a float32 sum of 12 months misses
            # cents (a year of 83 600.01 € read as 83 600 €). Months are not rounded one by one: a
            # year given at once is spread in sub-cent months.
            chiffre_affaires = numpy.asarray(individu("micro_entreprise_chiffre_affaires", mois), dtype=numpy.float64)
            activite = individu("micro_entreprise_activite", mois)
            for categorie in categories:
                totaux[categorie] = totaux[categorie] + numpy.where(activite == categorie, chiffre_affaires, 0)

        sous_plafond = numpy.ones(individu.count, dtype=bool)
        total_bic = 0
        for categorie in categories:
            sous_plafond = sous_plafond * (en_centimes(totaux[categorie]) <= en_centimes(plafond[categorie.name]))
            if categorie != TypesActiviteMicroEntreprise.prestations_services_bnc:
                total_bic = total_bic + totaux[categorie]
        return sous_plafond * (en_centimes(total_bic) <= en_centimes(plafond.vente_marchandises))
