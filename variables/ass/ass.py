import numpy

from openfisca_ass import references
from openfisca_ass.calendrier import CENTIMES_PAR_EURO, arrondi_entier, en_centimes
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import MONTH, Variable


class ass(Variable):
    value_type = float
    entity = Individu
    definition_period = MONTH
    label = "Montant mensuel de l'ASS versé pour le mois, en euros"
    reference = [
        references.CT_R5423,
        references.CT_R5423_1,
        references.CT_R5423_2,
        references.CT_R5423_13,
        references.CT_R5425_1,
        references.CT_R5425_2,
        references.CT_R5425_6,
        references.SERVICE_PUBLIC_ASS,
    ]
    unit = "currency-EUR"
    documentation = """
    Rules in force from 2017-09-01 (DECISIONS.md D16: the earlier cumul scheme is not modelled,
    so a month before 2017-09-01 gives 0).

    - Full daily rate d (ass_montant_journalier), monthly resources R (ass_ressources_mensuelles,
      frozen for each six-month period), ceiling P (70 d single, 110 d couple).
    - Daily rate paid = min(d, (P − R) ÷ 30), at least 0 (DECISIONS.md D1: the ASS counts in its
      own resources, R5423-2, so it is reduced to keep R + ASS under the ceiling; the monthly
      amount is turned into a daily one over 30 days).
    - Amount = daily rate paid × calendar days of the month, rounded to the cent, halves up (the
      reduced daily rate itself is not rounded: Modelling choice, D1 is silent).
    - Not paid when that amount is below one full daily rate (R5423-13).
    - Cumul with an activity (R5425-2, R5425-6): paid in full during 3 months of activity,
      consecutive or not; not paid in a month of activity beyond those 3 (ass_rang_mois_activite).
      The activity income counts in the resources only from the next six-monthly examination.
    Not modelled: the end-of-year exceptional aid (prime de Noël), the old ASS majoration.
    """

    def formula_2017_09_01(individu, period, parameters):
        p = parameters(period).ass
        # In whole cents, in float64: daily rates, ceilings and resources are amounts in cents
        # stored in float32, whose noise would otherwise shift a cent or the R5423-13 minimum.
        taux_plein = en_centimes(individu("ass_montant_journalier", period))
        plafond = en_centimes(individu("ass_plafond_ressources", period))
        ressources = en_centimes(individu("ass_ressources_mensuelles", period))

        taux_reduit = (plafond - ressources) / p.montant.nombre_jours_mois_reference
        taux_verse = numpy.clip(taux_reduit, 0, taux_plein)
        montant = arrondi_entier(taux_verse * period.size_in_days)
        au_dessus_minimum = montant >= taux_plein * p.montant.versement_minimum_en_taux_journalier

        rang = individu("ass_rang_mois_activite", period)
        dans_cumul = rang <= p.cumul_activite.nombre_mois_cumul_integral

        eligible = individu("ass_eligibilite_individu", period)
        return numpy.where(eligible * au_dessus_minimum * dans_cumul, montant / CENTIMES_PAR_EURO, 0)
