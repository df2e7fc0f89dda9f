import numpy

from openfisca_ass import references
from openfisca_ass.calendrier import MOIS_PAR_AN, rang_mois
from openfisca_ass.entities import Individu
from openfisca_ass.mecanique_are import jours_restants_debut_mois, rang_decheance, rang_ouverture
from openfisca_ass.model_api import MONTH, NombrePositif
from openfisca_ass.parametres_aux_dates import ParametresAuxDates


def _restants(individu, period, parameters, report):
    """Days left at the start of the month for the right of the contract history."""
    ouverts = individu("are_droits_ouverts", period)
    if not ouverts.any():
        return report
    debut = individu("are_date_debut_indemnisation", period)
    duree = individu("are_duree_droits", period)
    # The délai de déchéance of the law in force at the opening (read through parameters: traced).
    delai_annees, _ = ParametresAuxDates(individu, parameters, debut)("are.duree.delai_decheance_annees")
    delai_decheance = delai_annees.astype(numpy.int64) * MOIS_PAR_AN
    return jours_restants_debut_mois(
        rang_mois(period),
        rang_ouverture(ouverts, debut),
        rang_decheance(ouverts, debut, duree, delai_decheance),
        duree,
        report,
    )


class are_jours_restants(NombrePositif):
    value_type = int
    entity = Individu
    definition_period = MONTH
    label = "Nombre de jours d'ARE restant à indemniser au début du mois"
    reference = [references.ARE_DECRET_2019_797, references.UNEDIC_CUMUL, references.SERVICE_PUBLIC_ARCE]
    unit = "day"
    documentation = """
    Plus de 0 signifie qu'un droit à l'ARE est ouvert : les droits à l'assurance chômage ne sont
    pas épuisés, l'ASS ne peut donc pas être versée (L5423-1). 0 pour une personne sans donnée
    d'ARE. Ne dépend jamais de l'ASS.

    Lorsqu'ils ne sont pas donnés : la durée du droit (are_duree_droits) le mois du premier jour
    indemnisable (are_date_debut_indemnisation), puis les jours restants à la fin du mois
    précédent (are_jours_restants_fin_mois, une boucle en avant bornée : voir sa documentation),
    0 une fois le délai de déchéance (durée + 3 ans) écoulé. Une valeur donnée pour un mois
    remplace le calcul et devient la base des mois suivants.
    """

    def formula_2019_11_01(individu, period, parameters):
        report = individu("are_jours_restants_fin_mois", period.offset(-1, "month"))
        restants = _restants(individu, period, parameters, report)
        if not individu("are_rechargement_droits_ouverts", period).any():
            return restants
        # A right recharged at the exhaustion (the walk, step 1 bis): its days from the month after.
        recharge = individu("are_droit_recharge", period)
        debut = recharge * ~individu("are_droit_recharge", period.offset(-1, "month"))
        duree = individu("are_rechargement_duree_droits", period)
        return numpy.where(debut, duree, numpy.where(recharge, report, restants))
