import numpy

from openfisca_ass import references
from openfisca_ass.calendrier import (
    CENTIMES_PAR_EURO,
    MOIS_PAR_AN,
    TOLERANCE_MONTANT,
    arrondi_centime,
    arrondi_entier,
    date_renseignee,
    en_centimes,
    jour_dans_mois,
    partie_entiere,
    rang_mois,
    rang_mois_dates,
)
from openfisca_ass.entities import Individu
from openfisca_ass.model_api import MONTH, Variable

# Unit conversion: the shortest month, to bound in months the longest right in days.
_JOURS_DU_MOIS_LE_PLUS_COURT = 28
# Attribute of the population (individu) keeping the state at the end of the last month walked.
# On the population, not on the simulation: Simulation.clone copies the simulation's attributes
# (the copy would share the state) but builds a new population.
_DERNIER_ETAT = "_are_jours_restants_dernier_etat"
# No month: a rank far after any month computed.
_JAMAIS = numpy.iinfo(numpy.int64).max // 2
# No degressivity day within reach: more days than any month can pay at the first AJ.
_SANS_LIMITE = numpy.iinfo(numpy.int32).max


def _arrondi_jour(jours):
    """Half-up rounding to the whole day (DECISIONS.md D9, D13)."""
    return arrondi_entier(jours).astype(numpy.int64)


def _jour_du_mois(dates):
    return jour_dans_mois(dates) + 1


class _Droit:
    """What the loop reads once: the right opened by the contract history and the business."""

    def __init__(self, individu, period, parameters):
        p_mois = parameters(period)
        fin = individu("are_date_fin_contrat", period)
        ouverts = individu("are_droits_ouverts", period)
        debut = individu("are_date_debut_indemnisation", period)
        self.duree = individu("are_duree_droits", period).astype(numpy.int64)
        self.jour_degressivite = individu("are_degressivite_jour_application", period)
        creation = individu("micro_entreprise_date_creation", period)
        self.conservee = date_renseignee(creation) * date_renseignee(fin) * (creation <= fin)
        self.arce_eligible = individu("arce_eligible_creation", period)
        self.arce_taux = individu("arce_taux", period)
        self.part_plafond = individu("are_part_reliquat_plafond_non_salarie", period)

        self.rang_ouverture = numpy.where(ouverts, rang_mois_dates(debut), _JAMAIS)
        self.jour_ouverture = _jour_du_mois(debut)
        self.delai_decheance = int(p_mois.are.duree.delai_decheance_annees) * MOIS_PAR_AN
        fin_droit = rang_mois_dates(debut + self.duree.astype("timedelta64[D]"))
        self.rang_decheance = numpy.where(ouverts, fin_droit + self.delai_decheance, _JAMAIS)
        self.rang_creation = numpy.where(date_renseignee(creation), rang_mois_dates(creation), _JAMAIS)
        self.delai_second = int(p_mois.arce.delai_second_versement_mois)
        self.nombre_versements = p_mois.arce.nombre_versements


class _Etat:
    """The state carried from month to month."""

    def __init__(self, nombre):
        self.restants = numpy.zeros(nombre, dtype=numpy.int64)
        self.en_attente = numpy.zeros(nombre, dtype=numpy.int64)
        self.plafond_restant = numpy.zeros(nombre, dtype=numpy.int64)
        self.reliquat_creation = numpy.zeros(nombre, dtype=numpy.int64)
        self.allocation_creation = numpy.ones(nombre)
        self.arce_total = numpy.zeros(nombre)


class _Mois:
    """The month walked: its period, its rank, the first month of the walk and the law of the month.

    ``parametres`` is the formula's ``parameters``: read through it, the parameters of each month
    show in the trace (``/trace``, ``openfisca-ass explain``).
    """

    def __init__(self, individu, periode, rang, depart, parametres):
        self.individu = individu
        self.periode = periode
        self.rang = rang
        self.depart = depart
        self.parametres = parametres

    def __call__(self, variable):
        return self.individu(variable, self.periode)

    def connu(self, variable):
        return self.individu.simulation.get_holder(variable).get_array(self.periode)


def _droit_possible(individu, period):
    """Cheap test: a right opened from the contract history, or days left known for somebody."""
    if individu("are_droits_ouverts", period).any():
        return True
    holder = individu.simulation.get_holder("are_jours_restants")
    mois = rang_mois(period)
    return any(rang_mois(connu) <= mois and holder.get_array(connu).any() for connu in holder.get_known_periods())


def _premier_mois_formule(individu):
    """Rank of the first month of the formula (2019-11, DECISIONS.md D16): nothing is carried before."""
    variable = individu.simulation.tax_benefit_system.get_variable("are_jours_restants_fin_mois")
    return int(rang_mois_dates(numpy.array([min(variable.formulas)], dtype="datetime64[D]"))[0])


def _depart(individu, period, droit):
    """First month to walk, or None when nobody has a right up to the month computed.

    Months where days left are known (given, or already computed) are never cut by the horizon: a
    given right has no known opening, hence no délai de déchéance, and cutting the walk would lose
    it (a month computed directly would differ from the same month computed after the previous
    ones). The opening months of the rights from the contract history are cut: such a right has
    lapsed (délai de déchéance) more than the horizon after its opening.
    """
    mois = rang_mois(period)
    holder = individu.simulation.get_holder("are_jours_restants")
    # Months where days left are known for somebody (an all-zero month starts nothing).
    connus = [
        rang_mois(connu)
        for connu in holder.get_known_periods()
        if rang_mois(connu) <= mois and holder.get_array(connu).any()
    ]
    ouvertures = droit.rang_ouverture[droit.rang_ouverture <= mois]
    departs = list(connus)
    if ouvertures.size:
        p = individu.simulation.tax_benefit_system.parameters
        duree_la_plus_longue = max(item.value for item in p.are.duree.maximum_jours_second_palier.values_list)
        horizon = droit.delai_decheance + int(numpy.ceil(duree_la_plus_longue / _JOURS_DU_MOIS_LE_PLUS_COURT))
        departs.append(max(int(ouvertures.min()), mois - horizon))
    if not departs:
        return None
    # Days left given before the first month of the formula are not carried (are_jours_restants
    # of that month is the default 0 of are_jours_restants_fin_mois of the month before).
    return max(min(departs), _premier_mois_formule(individu))


def _debut_de_mois(mois, droit, etat):
    """1. Days left at the start of the month."""
    restants = numpy.where(droit.rang_ouverture == mois.rang, droit.duree, etat.restants)
    connus = mois.connu("are_jours_restants")
    if connus is not None:
        restants = connus.astype(numpy.int64)
    etat.restants = numpy.where(mois.rang > droit.rang_decheance, 0, restants)


def _allocations(mois, droit, etat):
    """2. Full AJ (for the cumul formula), AJ of the month's first day, degressive AJ, and the days
    payable at the first AJ before the degressivity day is reached within the month (as in `are`)."""
    plein = arrondi_centime(mois("are_allocation_journaliere_taux_plein"))
    degressive = arrondi_centime(mois("are_allocation_journaliere_degressive"))
    deja_payes = droit.duree - etat.restants
    concerne = droit.jour_degressivite > 0
    atteint = concerne * (deja_payes + 1 >= droit.jour_degressivite)
    allocation = numpy.where(atteint, degressive, plein)
    connue = mois.connu("are_allocation_journaliere")
    if connue is not None:
        allocation = arrondi_centime(connue)
    franchit = concerne * (allocation == plein) * (degressive < plein)
    avant = numpy.where(franchit, numpy.maximum(droit.jour_degressivite - 1 - deja_payes, 0), _SANS_LIMITE)
    return numpy.where(plein > 0, plein, allocation), allocation, degressive, avant


def _arce(mois, droit, etat, allocation):
    """3. Days consumed by the ARCE instalments of the month (DECISIONS.md D13)."""
    creation_ce_mois = droit.arce_eligible * (droit.rang_creation == mois.rang) * (etat.restants > 0) * (allocation > 0)
    creation_ce_mois = creation_ce_mois * ~mois("demandeur_emploi")
    etat.reliquat_creation = numpy.where(creation_ce_mois, etat.restants, etat.reliquat_creation)
    etat.allocation_creation = numpy.where(creation_ce_mois, allocation, etat.allocation_creation)
    total = arrondi_centime(droit.arce_taux * etat.restants * allocation)
    etat.arce_total = numpy.where(creation_ce_mois, total, etat.arce_total)
    versement = etat.arce_total / droit.nombre_versements
    apres_premier = _arrondi_jour(etat.reliquat_creation - versement / etat.allocation_creation)
    apres_second = _arrondi_jour(etat.reliquat_creation - etat.arce_total / etat.allocation_creation)
    etat.restants = numpy.where(creation_ce_mois, apres_premier, etat.restants)
    second = (etat.arce_total > 0) * (droit.rang_creation + droit.delai_second == mois.rang)
    if second.any():
        second = second * mois("arce_second_versement_autorise")
        consommes = apres_premier - apres_second
        etat.restants = numpy.where(second, numpy.maximum(etat.restants - consommes, 0), etat.restants)


def _montant(jours, allocations):
    """ARE of a number of days: the days before the degressivity day at the first AJ, the rest at
    the degressive AJ."""
    _, allocation, degressive, avant = allocations
    return numpy.minimum(jours, avant) * allocation + numpy.maximum(jours - avant, 0) * degressive


def _jours_sous_plafond(budget, allocations):
    """Largest number of days whose ARE (_montant) is at most the budget."""
    _, allocation, degressive, avant = allocations
    au_premier_taux = partie_entiere(budget / numpy.where(allocation > 0, allocation, 1))
    reste = budget - numpy.minimum(avant, au_premier_taux) * allocation
    au_second_taux = avant + partie_entiere(reste / numpy.where(degressive > 0, degressive, 1))
    return numpy.where(au_premier_taux < avant, au_premier_taux, au_second_taux)


def _jours_cumul(mois, droit, etat, allocations):
    """4. Days payable in the month after the cumul with the activity pay and the ceiling."""
    plein = allocations[0]
    p = mois.parametres(mois.periode).are
    if p.versement.mensualisation:
        jours_mois = int(p.versement.nombre_jours_mois_forfaitaire)
    else:
        jours_mois = mois.periode.size_in_days
    disponibles = numpy.where(
        droit.rang_ouverture == mois.rang,
        numpy.maximum(jours_mois - (droit.jour_ouverture - 1), 0),
        numpy.where(droit.rang_ouverture < mois.rang, jours_mois, 0),
    )
    disponibles = numpy.where(droit.rang_ouverture == _JAMAIS, jours_mois, disponibles)
    disponibles = disponibles * mois("demandeur_emploi")

    revenu_micro = numpy.where(droit.conservee, 0, mois("micro_entreprise_revenu"))
    # Whole cents in float64: a float32 sum of two amounts can be off by a cent.
    remuneration = (en_centimes(mois("salaire_brut")) + en_centimes(revenu_micro)) / CENTIMES_PAR_EURO
    diviseur = numpy.where(plein > 0, plein, 1)
    jours = _arrondi_jour(disponibles - p.cumul.taux_remuneration_deduite * remuneration / diviseur)
    jours = numpy.clip(jours, 0, disponibles)

    plafond = arrondi_centime(mois("are_salaire_journalier_reference")) * p.cumul.coefficient_plafond_salaire_reference
    total = remuneration + _montant(jours, allocations)
    depasse = (remuneration > 0) * (plafond > 0) * (total > plafond + TOLERANCE_MONTANT)
    sous_plafond = _jours_sous_plafond(plafond - remuneration, allocations)
    jours = numpy.where(depasse, numpy.clip(sous_plafond, 0, None).astype(numpy.int64), jours)
    avance = (revenu_micro > 0) * ~mois("micro_entreprise_chiffre_affaires_justifie")
    return numpy.minimum(jours, etat.restants), avance, p.cumul.coefficient_avance_non_salarie


def _jours_verses(mois, droit, etat, cumul):
    """4 (end). Advance and regularisation, the cap of the cumul with a business, the ARCE stop."""
    jours, avance, coefficient_avance = cumul
    justifie = mois("micro_entreprise_chiffre_affaires_justifie")
    verses = numpy.where(avance, _arrondi_jour(jours * coefficient_avance), jours)
    regularisation = numpy.where(justifie, etat.en_attente, 0)
    etat.en_attente = numpy.where(avance, etat.en_attente + jours - verses, numpy.where(justifie, 0, etat.en_attente))
    verses = verses + regularisation

    # The cap is counted from the creation month, or from the first month walked when the walk
    # starts after the creation (are_jours_restants given after it).
    en_cours = mois("are_activite_non_salariee_en_cours")
    debut = (droit.rang_creation == mois.rang) + (mois.rang == mois.depart) * (droit.rang_creation < mois.rang)
    debut_plafond = debut * ~droit.conservee
    etat.plafond_restant = numpy.where(
        debut_plafond, _arrondi_jour(droit.part_plafond * etat.restants), etat.plafond_restant
    )
    verses = numpy.where(en_cours, numpy.minimum(verses, etat.plafond_restant), verses)
    bloque = (etat.arce_total > 0) * en_cours
    verses = numpy.where(bloque, 0, numpy.minimum(verses, etat.restants))
    etat.plafond_restant = etat.plafond_restant - numpy.where(en_cours, verses, 0)
    return verses


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
    are_jours_restants is known (given as input, or already computed) — to the month computed.
    A right from the contract history is walked from at most (longest duration + délai de
    déchéance) months back (it has lapsed before); days left that are known are never skipped;
    nothing is carried from before 2019-11 (the first month of the formula). Each month:

    1. Start of the month: the duration of the right (are_duree_droits) in the first month;
       are_jours_restants where it is known for the month (an input always overrides); 0 once
       the délai de déchéance (duration + 3 years from the first indemnifiable day) is over.
    2. AJ of the month: are_allocation_journaliere when known (for every day of the month),
       otherwise the degressive AJ once the days already paid (duration − days left) reach the
       degressivity day minus one, the full AJ before; when the degressivity day falls within
       the month, the days paid from it are paid at the degressive AJ (règlement d'assurance
       chômage, art. 17 bis: from the 183rd day), the days before it at the full AJ.
    3. ARCE (DECISIONS.md D13, D14): in the creation month of an eligible creator with days
       left who has left the job-seekers' list (demandeur_emploi false that month), gross ARCE
       = rate × days left × AJ; each instalment paid consumes days: days left = (days left at
       creation × AJ − gross ARCE paid) ÷ AJ, rounded to the nearest day. No ARE is paid while
       the activity lasts after an ARCE; the rest is paid after it stops.
    4. Days paid (règlement d'assurance chômage, art. 30 to 32 bis; DECISIONS.md D8 to D12):
       days of the month (30 from 2025-04-01, calendar days before; from the first
       indemnifiable day in the first month; 0 when not registered, demandeur_emploi) minus
       0.70 × activity pay ÷ full AJ, rounded to the nearest day (halves up), within 0 and the
       days of the month; the activity pay is the gross salary plus the micro-enterprise income
       after abatement (not counted for a business kept from before the job loss); when pay +
       the ARE of the days (at the full and degressive AJ as in step 2) exceeds SJR × 30.42, the
       days are cut to the largest whole number under the cap. While the month's turnover is
       not justified, 0.8 × the days (rounded) are paid as an advance and the rest is paid in
       the next month whose turnover is justified. For a
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

    Cost: the population (individu) keeps the state at the end of the last month walked (one
    state, not one per month; a clone of the simulation has its own population, hence its own
    state), so months computed in order cost one step each; a month computed out of
    order walks again from the start. Inputs are read as they are when the month is walked:
    set them before calculating, as for any OpenFisca cache.
    """

    def formula_2019_11_01(individu, period, parameters):
        mois = rang_mois(period)
        if not _droit_possible(individu, period):
            return numpy.zeros(individu.count, dtype=numpy.int64)
        droit = _Droit(individu, period, parameters)
        # The state at the end of the previous month, when this population has just computed it:
        # months computed in order then cost one step each.
        precedent = getattr(individu, _DERNIER_ETAT, None)
        # Taken out while walking: a walk that fails leaves no half-updated state behind.
        setattr(individu, _DERNIER_ETAT, None)
        if precedent is not None and precedent[0] == mois - 1 and precedent[2].restants.size == individu.count:
            _, depart, etat = precedent
            debut = mois
        else:
            etat = _Etat(individu.count)
            depart = _depart(individu, period, droit)
            if depart is None:
                return etat.restants
            debut = depart
        for rang in range(debut, mois + 1):
            mois_parcouru = _Mois(individu, period.offset(rang - mois, "month"), rang, depart, parameters)
            _debut_de_mois(mois_parcouru, droit, etat)
            allocations = _allocations(mois_parcouru, droit, etat)
            _arce(mois_parcouru, droit, etat, allocations[1])
            cumul = _jours_cumul(mois_parcouru, droit, etat, allocations)
            # 5. End of the month.
            etat.restants = etat.restants - _jours_verses(mois_parcouru, droit, etat, cumul)
        setattr(individu, _DERNIER_ETAT, (mois, depart, etat))
        return etat.restants
