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
    Rules in force on the date of the event (ati_date_fait_generateur):
    - from 2019-11-01: flat 26.30 € a day;
    - from 2022-04-01 (L5424-27 1°): when the flat amount exceeds the average monthly income of the
      two years before the event, the allocation is reduced to that average, without going below
      19.73 € a day. Modelling choice: the reduced daily amount is the average annual income of the
      two years (ati_revenu_activite_derniere_annee, ati_revenu_activite_avant_derniere_annee)
      ÷ 365 days, rounded to the cent (26.30 € × 365 ÷ 12 ≈ 800 €, 19.73 € × 365 ÷ 12 ≈ 600 €:
      parameter nombre_jours_annee_reference); France Travail's exact conversion is UNVERIFIED.
    0 when the event date is not given or is before 2019-11-01. This is the rate, paid only when
    ati_eligibilite is true (see ati). Fixed for the whole right (ETERNITY): rules of the event date.
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
