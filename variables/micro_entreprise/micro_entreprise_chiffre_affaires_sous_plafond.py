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
    The year's turnover of each category (months summed by their category) is at most the
    threshold of that category in force that year (parameter plafond_chiffre_affaires); the
    total micro-BIC turnover (sales, services, tourist lets) is also at most the sales threshold,
    as for a mixed activity (CGI art. 50-0, 1). A turnover equal to the threshold stays under it.
    Simplification: the law decides the regime of year N from the turnover of N-1 and N-2 and
    keeps the regime the first year of excess; this variable only tells whether one year stays
    under the threshold in force that year.
    Thresholds are stored from 2015 (DECISIONS.md D16): an earlier year gives the default, false.
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
