import numpy

from openfisca_ass import references
from openfisca_ass.calendrier import partie_entiere
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import ETERNITY, Variable
from openfisca_ass.parametres_aux_dates import ParametresAuxDates

# Float error allowed on a quotient that should be a whole number of days.


class are_differe_specifique(Variable):
    value_type = int
    entity = Individu
    definition_period = ETERNITY
    label = "Différé d'indemnisation spécifique de l'ARE (indemnités supra-légales), en jours"
    reference = [references.ARE_DECRET_2019_797, references.UNEDIC_DIFFERES]
    unit = "day"
    documentation = """
    Partie entière des indemnités supra-légales ÷ le diviseur de l'année de fin du contrat
    (107,9 en 2024, 109,6 en 2025, 111,8 en 2026), 150 jours au plus, 75 jours après un
    licenciement pour motif économique.
    Non modélisée : l'exclusion du CSP (contrat de sécurisation professionnelle).
    """

    def formula(individu, period, parameters):
        loi = ParametresAuxDates(individu, parameters, individu("are_date_fin_contrat", period))
        indemnites = individu("are_indemnites_supra_legales", period)
        economique = individu("are_licenciement_economique", period)
        diviseur, _ = loi("are.differes.specifique_diviseur")
        maximum, _ = loi("are.differes.specifique_maximum_jours")
        maximum_economique, _ = loi("are.differes.specifique_maximum_jours_licenciement_economique")
        jours = partie_entiere(indemnites / diviseur)
        return numpy.minimum(jours, numpy.where(economique, maximum_economique, maximum)).astype(numpy.int32)
