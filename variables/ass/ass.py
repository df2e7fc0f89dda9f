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
        references.CT_R5423_12,
        references.CT_R5423_13,
        references.CT_R5425_1,
        references.CT_R5425_2,
        references.CT_R5425_6,
        references.FRANCE_TRAVAIL_ARRET_MALADIE,
        references.SERVICE_PUBLIC_ASS,
    ]
    unit = "currency-EUR"
    documentation = """
    Règles en vigueur à partir du 2017-09-01 (DECISIONS.md D16 : le régime de cumul antérieur
    n'est pas modélisé, un mois antérieur au 2017-09-01 donne donc 0).

    - Montant journalier plein d (ass_montant_journalier), ressources mensuelles R
      (ass_ressources_mensuelles, figées pour chaque période de six mois), plafond P (70 d pour
      une personne seule, 110 d pour un couple).
    - Montant journalier versé = min(d, (P − R) ÷ 30), au moins 0 (DECISIONS.md D1 : l'ASS compte
      dans ses propres ressources, R5423-2, elle est donc réduite pour maintenir R + ASS sous le
      plafond ; le montant mensuel est converti en montant journalier sur 30 jours).
    - Montant = montant journalier versé × jours calendaires du mois, arrondi au centime, les
      demis à l'unité supérieure (le montant journalier réduit lui-même n'est pas arrondi : Choix
      de modélisation, D1 est muette).
    - Non versée lorsque ce montant est inférieur à un montant journalier plein (R5423-13).
    - Cumul avec une activité (R5425-2, R5425-6) : versée intégralement pendant 3 mois
      d'activité, consécutifs ou non ; non versée un mois d'activité au-delà de ces 3 mois
      (ass_rang_mois_activite). Les revenus d'activité ne comptent dans les ressources qu'à partir
      de l'examen semestriel suivant.
    - Suspensions (ass_jours_suspendus) : les jours d'indemnités journalières de maladie ou de
      maternité, de formation rémunérée, d'AJPP, d'allocation d'accompagnement d'une personne en
      fin de vie ou de PreParE à taux plein ne sont pas payés : montant = montant journalier versé
      × (jours calendaires − ces jours). Le minimum de R5423-13 s'applique à ce montant.
    - Demande de paiement tardive (R5423-12, ass_jours_forclos) : les jours de plus de deux ans
      antérieurs à la demande de paiement ne sont pas payés ; ils sont retirés comme les jours de
      suspension. Choix de modélisation (DECISIONS.md D24) : les jours de suspension, dont les
      dates ne sont pas connues, sont comptés parmi les jours non forclos (ils décrivent des
      jours où l'ASS aurait été versée) ; un jour à la fois suspendu et forclos ne compte qu'une
      fois : jours payés = jours calendaires − (suspendus + forclos), au moins 0. Le minimum de
      R5423-13 s'applique au montant des jours qui restent.
    Non modélisés : l'aide exceptionnelle de fin d'année (prime de Noël), l'ancienne majoration
    de l'ASS.
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
        # Days of the month paid: the calendar days less the days of a suspension (IJ, training...)
        # and the days lost to a late claim (R5423-12). The suspended days' dates are not known:
        # they are taken among the days in time, so a day is never taken off twice (D24).
        jours_non_payes = individu("ass_jours_suspendus", period) + individu("ass_jours_forclos", period)
        jours_payes = period.size_in_days - numpy.minimum(jours_non_payes, period.size_in_days)
        montant = arrondi_entier(taux_verse * jours_payes)
        au_dessus_minimum = montant >= taux_plein * p.montant.versement_minimum_en_taux_journalier

        rang = individu("ass_rang_mois_activite", period)
        dans_cumul = rang <= p.cumul_activite.nombre_mois_cumul_integral

        eligible = individu("ass_eligibilite_individu", period)
        return numpy.where(eligible * au_dessus_minimum * dans_cumul, montant / CENTIMES_PAR_EURO, 0)
