import numpy

from openfisca_ass import references
from openfisca_ass.calendrier import CENTIMES_PAR_EURO, arrondi_centime, en_centimes
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import ETERNITY, Variable
from openfisca_ass.parametres_aux_dates import ParametresAuxDates

# The ATI weighs the income of two years, given as two inputs (the last year and the year before,
# L5424-27 and R5424-71): their average is their sum divided by this count.
NOMBRE_ANNEES_REVENUS = 2


class ati_montant_journalier(Variable):
    value_type = float
    entity = Individu
    definition_period = ETERNITY
    label = "Montant journalier de l'ATI du droit ouvert par l'événement, en euros"
    reference = [references.CT_L5424_24_ATI, references.DECRET_2022_451_ATI, references.DECRET_2019_796]
    unit = "currency-EUR"
    documentation = """
    Règles en vigueur à la date du fait générateur (ati_date_fait_generateur) :
    - à partir du 2019-11-01 : forfait de 26,30 € par jour ;
    - à partir du 2022-04-01 (L5424-27 1°) : lorsque le forfait dépasse la moyenne mensuelle des
      revenus des deux années précédant le fait générateur, l'allocation est réduite à cette
      moyenne, sans pouvoir être inférieure à 19,73 € par jour. Choix de modélisation : le montant
      journalier réduit est le revenu annuel moyen des deux années
      (ati_revenu_activite_derniere_annee, ati_revenu_activite_avant_derniere_annee) ÷ 365 jours,
      arrondi au centime (26,30 € × 365 ÷ 12 ≈ 800 €, 19,73 € × 365 ÷ 12 ≈ 600 € : paramètre
      nombre_jours_annee_reference) ; la conversion exacte de France Travail est NON VÉRIFIÉ.
    0 lorsque la date du fait générateur n'est pas donnée ou est antérieure au 2019-11-01. C'est
    le taux, versé seulement lorsque ati_eligibilite est vrai (voir ati). Fixé pour tout le droit
    (ETERNITY) : règles de la date du fait générateur.
    """

    def formula(individu, period, parameters):
        loi = ParametresAuxDates(individu, parameters, individu("ati_date_fait_generateur", period))
        montant, en_vigueur = loi("ati.montant.montant_journalier")
        plancher, reduction = loi("ati.montant.montant_journalier_plancher")
        jours_annee, _ = loi("ati.montant.nombre_jours_annee_reference")

        # Whole cents in float64, so that an exact half cent rounds up.
        revenus = en_centimes(individu("ati_revenu_activite_derniere_annee", period)) + en_centimes(
            individu("ati_revenu_activite_avant_derniere_annee", period)
        )
        montant_reduit = arrondi_centime(revenus / NOMBRE_ANNEES_REVENUS / jours_annee / CENTIMES_PAR_EURO)
        journalier = numpy.where(reduction, numpy.maximum(numpy.minimum(montant, montant_reduit), plancher), montant)
        return numpy.where(en_vigueur, journalier, 0)
