import numpy

from openfisca_ass import references
from openfisca_ass.calendrier import MOIS_PAR_AN, arrondi_centime, date_renseignee, rang_mois, rang_mois_dates
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import MONTH, Variable

# Half-up rounding to the whole day (DECISIONS.md D9, D13), with the float error of a product
# that should be exact.
_DEMI_JOUR = 0.5
_TOLERANCE = 1e-9
# Unit conversion: the shortest month, to bound in months the longest right in days.
_JOURS_DU_MOIS_LE_PLUS_COURT = 28
# No month: a rank far after any month computed.
_JAMAIS = numpy.iinfo(numpy.int64).max // 2


def _arrondi_jour(jours):
    return numpy.floor(jours + _DEMI_JOUR + _TOLERANCE).astype(numpy.int64)


def _jour_du_mois(dates):
    return (dates - dates.astype("datetime64[M]").astype("datetime64[D]")).astype(numpy.int64) + 1


class are_jours_restants_fin_mois(Variable):
    value_type = int
    entity = Individu
    definition_period = MONTH
    label = "Nombre de jours d'ARE restant à indemniser à la fin du mois"
    reference = [
        references.ARE_DECRET_2019_797,
        references.RAC_2024_ART_32_BIS,
        references.UNEDIC_CUMUL,
        references.SERVICE_PUBLIC_ARCE,
    ]
    unit = "day"
    documentation = """
    The carried state of the ARE right. Design: a bounded forward loop inside this one formula,
    not an OpenFisca recursion over previous months (about 15 stack frames a month). It walks
    month by month from the earliest month needed — the first indemnifiable month of a right
    opened from the contract history (are_date_debut_indemnisation), or the earliest month where
    are_jours_restants is known (given as input, or already computed) — to the month computed,
    at most (longest duration + délai de déchéance) months back. Each month:

    1. Start of the month: the duration of the right (are_duree_droits) in the first month;
       are_jours_restants where it is known for the month (an input always overrides); 0 once
       the délai de déchéance (duration + 3 years from the first indemnifiable day) is over.
    2. AJ of the month: are_allocation_journaliere when known, otherwise the degressive AJ once
       the days already paid (duration − days left) reach the degressivity day minus one, the
       full AJ before (the whole month at the AJ of its first day).
    3. ARCE (DECISIONS.md D13, D14): in the creation month of an eligible creator with days
       left, gross ARCE = rate × days left × AJ; each instalment paid consumes days: days left
       = (days left at creation × AJ − gross ARCE paid) ÷ AJ, rounded to the nearest day. No
       ARE is paid while the activity lasts after an ARCE; the rest is paid after it stops.
    4. Days paid (règlement d'assurance chômage, art. 30 to 32 bis; DECISIONS.md D8 to D12):
       days of the month (30 from 2025-04-01, calendar days before; from the first
       indemnifiable day in the first month; 0 when not registered, demandeur_emploi) minus
       0.70 × activity pay ÷ full AJ, rounded to the nearest day (halves up), within 0 and the
       days of the month; the activity pay is the gross salary plus the micro-enterprise income
       after abatement (not counted for a business kept from before the job loss); when pay +
       days × AJ exceeds SJR × 30.42, the days are cut to the largest whole number under the
       cap. While the month's turnover is not justified, 0.8 × the days (rounded) are paid as an
       advance and the rest is paid in the next month whose turnover is justified. For a
       business created after the job loss, the days paid while it lasts are capped at the
       share of the days left at creation (60 % for a creation from 2025-04-01).
    5. Days left at the end of the month = days left − days paid. The days of the month not paid
       because of the activity are not consumed: they postpone the end of the right.

    Modelling choices: the days in the cumul formula are divided by the full-rate AJ even when
    the degressive AJ is paid (as openfisca-france; UNVERIFIED); the regularised days are paid
    at the AJ of the month of the regularisation; an input of are_jours_restants restarts only
    the days left (advances pending and the 60 % cap count keep running from the loop); the
    degressivity day count after an ARCE counts the days consumed by the ARCE. Formula from
    2019-11-01 (DECISIONS.md D16).
    """

    def formula_2019_11_01(individu, period, parameters):
        simulation = individu.simulation
        p = simulation.tax_benefit_system.parameters
        p_mois = parameters(period)
        mois = rang_mois(period)
        nombre = individu.count

        fin = individu("are_date_fin_contrat", period)
        ouverts = individu("are_droits_ouverts", period)
        debut = individu("are_date_debut_indemnisation", period)
        duree = individu("are_duree_droits", period).astype(numpy.int64)
        jour_degressivite = individu("are_degressivite_jour_application", period)
        creation = individu("micro_entreprise_date_creation", period)
        conservee = date_renseignee(creation) * date_renseignee(fin) * (creation <= fin)
        arce_eligible = individu("arce_eligible_creation", period)
        arce_taux = individu("arce_taux", period)
        part_plafond = individu("are_part_reliquat_plafond_non_salarie", period)

        rang_ouverture = numpy.where(ouverts, rang_mois_dates(debut), _JAMAIS)
        jour_ouverture = _jour_du_mois(debut)
        delai_decheance = int(p_mois.are.duree.delai_decheance_annees) * MOIS_PAR_AN
        rang_decheance = numpy.where(
            ouverts, rang_mois_dates(debut + duree.astype("timedelta64[D]")) + delai_decheance, _JAMAIS
        )
        rang_creation = numpy.where(date_renseignee(creation), rang_mois_dates(creation), _JAMAIS)
        delai_second = int(p_mois.arce.delai_second_versement_mois)
        nombre_versements = p_mois.arce.nombre_versements

        duree_la_plus_longue = max(item.value for item in p.are.duree.maximum_jours_second_palier.values_list)
        horizon = delai_decheance + int(numpy.ceil(duree_la_plus_longue / _JOURS_DU_MOIS_LE_PLUS_COURT))

        holder_restants = simulation.get_holder("are_jours_restants")
        holder_allocation = simulation.get_holder("are_allocation_journaliere")
        mois_connus = [rang_mois(connu) for connu in holder_restants.get_known_periods() if rang_mois(connu) <= mois]
        ouvertures = rang_ouverture[rang_ouverture <= mois]
        departs = mois_connus + ([int(ouvertures.min())] if ouvertures.size else [])
        restants = numpy.zeros(nombre, dtype=numpy.int64)
        if not departs:
            return restants
        depart = max(min(departs), mois - horizon)

        en_attente = numpy.zeros(nombre, dtype=numpy.int64)
        plafond_restant = numpy.zeros(nombre, dtype=numpy.int64)
        reliquat_creation = numpy.zeros(nombre, dtype=numpy.int64)
        allocation_creation = numpy.ones(nombre)
        arce_total = numpy.zeros(nombre)

        for rang in range(depart, mois + 1):
            periode = period.offset(rang - mois, "month")
            p_periode = parameters(periode).are

            # 1. Start of the month.
            restants = numpy.where(rang_ouverture == rang, duree, restants)
            connus = holder_restants.get_array(periode)
            if connus is not None:
                restants = connus.astype(numpy.int64)
            restants = numpy.where(rang > rang_decheance, 0, restants)

            # 2. AJ of the month.
            plein = individu("are_allocation_journaliere_taux_plein", periode)
            degressive = individu("are_allocation_journaliere_degressive", periode)
            deja_payes = duree - restants
            atteint = (jour_degressivite > 0) * (deja_payes + 1 >= jour_degressivite)
            allocation = numpy.where(atteint, degressive, plein)
            connue = holder_allocation.get_array(periode)
            if connue is not None:
                allocation = connue
            plein = numpy.where(plein > 0, plein, allocation)

            # 3. ARCE.
            creation_ce_mois = arce_eligible * (rang_creation == rang) * (restants > 0) * (allocation > 0)
            reliquat_creation = numpy.where(creation_ce_mois, restants, reliquat_creation)
            allocation_creation = numpy.where(creation_ce_mois, allocation, allocation_creation)
            arce_total = numpy.where(creation_ce_mois, arrondi_centime(arce_taux * restants * allocation), arce_total)
            versement = arce_total / nombre_versements
            apres_premier = _arrondi_jour(reliquat_creation - versement / allocation_creation)
            apres_second = _arrondi_jour(reliquat_creation - arce_total / allocation_creation)
            restants = numpy.where(creation_ce_mois, apres_premier, restants)
            second = (arce_total > 0) * (rang_creation + delai_second == rang)
            if second.any():
                second = second * individu("arce_second_versement_autorise", periode)
                restants = numpy.where(second, numpy.maximum(restants - (apres_premier - apres_second), 0), restants)
            en_cours = individu("are_activite_non_salariee_en_cours", periode)
            bloque = (arce_total > 0) * en_cours

            # 4. Days paid.
            if p_periode.versement.mensualisation:
                jours_mois = int(p_periode.versement.nombre_jours_mois_forfaitaire)
            else:
                jours_mois = periode.size_in_days
            disponibles = numpy.where(
                rang_ouverture == rang,
                numpy.maximum(jours_mois - (jour_ouverture - 1), 0),
                numpy.where(rang_ouverture < rang, jours_mois, 0),
            )
            sans_historique = rang_ouverture == _JAMAIS
            disponibles = numpy.where(sans_historique, jours_mois, disponibles)
            disponibles = disponibles * individu("demandeur_emploi", periode)

            salaire = individu("salaire_brut", periode)
            revenu_micro = numpy.where(conservee, 0, individu("micro_entreprise_revenu", periode))
            remuneration = salaire + revenu_micro
            diviseur = numpy.where(plein > 0, plein, 1)
            jours = _arrondi_jour(disponibles - p_periode.cumul.taux_remuneration_deduite * remuneration / diviseur)
            jours = numpy.clip(jours, 0, disponibles)
            sjr = individu("are_salaire_journalier_reference", periode)
            plafond = sjr * p_periode.cumul.coefficient_plafond_salaire_reference
            depasse = (remuneration > 0) * (sjr > 0) * (remuneration + jours * allocation > plafond + _TOLERANCE)
            sous_plafond = numpy.floor(
                (plafond - remuneration) / numpy.where(allocation > 0, allocation, 1) + _TOLERANCE
            )
            jours = numpy.where(depasse, numpy.clip(sous_plafond, 0, None).astype(numpy.int64), jours)
            jours = numpy.minimum(jours, restants)

            justifie = individu("micro_entreprise_chiffre_affaires_justifie", periode)
            avance = (revenu_micro > 0) * ~justifie
            verses = numpy.where(avance, _arrondi_jour(jours * p_periode.cumul.coefficient_avance_non_salarie), jours)
            regularisation = numpy.where(justifie, en_attente, 0)
            en_attente = numpy.where(avance, en_attente + jours - verses, numpy.where(justifie, 0, en_attente))
            verses = verses + regularisation

            # The cap is counted from the creation month, or from the first month walked when the
            # walk starts after the creation (are_jours_restants given after it).
            debut_plafond = (rang_creation == rang) + (rang == depart) * (rang_creation < rang)
            plafond_restant = numpy.where(
                debut_plafond * ~conservee, _arrondi_jour(part_plafond * restants), plafond_restant
            )
            verses = numpy.where(en_cours, numpy.minimum(verses, plafond_restant), verses)
            verses = numpy.where(bloque, 0, numpy.minimum(verses, restants))
            plafond_restant = plafond_restant - numpy.where(en_cours, verses, 0)

            # 5. End of the month.
            restants = restants - verses

        return restants
