"""The month mechanics of an ARE right, as pure array functions.

numpy arrays in, numpy arrays out: no simulation, no parameter tree. The law's values are passed
in by the formulas, which read them through their ``parameters`` so that they show in ``/trace``
and ``openfisca-ass explain``. One home for the rules that several variables apply:

- the opening of a right and its lapse (délai de déchéance): are_jours_restants and the walk;
- the AJ of the month's first day and the split of the month around the degressivity day:
  are_allocation_journaliere, are and the walk;
- the days consumed by the ARCE: arce_jours_imputes and the walk;
- the days paid in a month (cumul with an activity, ceiling, advance, cap of a business): the walk;
- the duration, the SJR and the AJ of a right (art. 9, 11 to 16): are_duree_droits,
  are_salaire_journalier_reference_calcule, are_allocation_journaliere_taux_plein and the same
  figures of a recharged right (are_rechargement_*);
- the recharging of a right at its exhaustion (art. 28): the walk.

The walk (variables/are/are_jours_restants_fin_mois.py) reads each month's variables and calls
``mois_suivant`` month after month; the rules and their order are documented there.
"""

import dataclasses

import numpy

from openfisca_ass.calendrier import (
    CENTIMES_PAR_EURO,
    JOURS_PAR_AN,
    MOIS_PAR_AN,
    TOLERANCE_MONTANT,
    arrondi_centime,
    arrondi_entier,
    date_renseignee,
    en_centimes,
    entier_superieur,
    jour_dans_mois,
    partie_entiere,
    rang_mois_dates,
)

# No month: a rank far after any month computed (no right opened, no business created).
JAMAIS = numpy.iinfo(numpy.int64).max // 2
# Attribute of the population (individu) where the walk keeps, month by month (rank → array),
# whose right in payment is a recharged one: are_droit_recharge reads it.
MEMOIRE_RECHARGE = "_are_droit_recharge_par_mois"
# The same for the days of an unjustified advance recovered in the month (months with some only):
# are_jours_avance_recuperes reads it.
MEMOIRE_AVANCE_RECUPEREE = "_are_jours_avance_recuperes_par_mois"
# The same for the persons whose advance of the month was refused, a debt from an earlier month
# remaining (months with some only): explain reads it.
MEMOIRE_AVANCE_BLOQUEE = "_are_avance_bloquee_par_mois"
# Unit conversion: days of a month, to turn a recharged right's days into the months that bound
# its délai de déchéance (duration + 3 years from the recharge).
JOURS_PAR_MOIS_DECHEANCE = 30
# No degressivity day within reach: more days than any month can pay at the first AJ.
SANS_LIMITE = numpy.iinfo(numpy.int32).max


def arrondi_jour(jours):
    """Half-up rounding to the whole day (DECISIONS.md D9, D13)."""
    return arrondi_entier(jours).astype(numpy.int64)


# --------------------------------------------------------------------------------------------
# The figures of a right: duration (art. 9), SJR (art. 11 to 13), full-rate AJ (art. 14 to 16)
# --------------------------------------------------------------------------------------------


def duree_du_droit(jours_periode, jours_travailles, plafonnement, coefficient, bornes):
    """Days of a right: the calendar days of the reference period, the non-worked days capped at
    ``plafonnement`` × the days worked, × the coefficient, rounded up to the day, within
    ``bornes``: (the minimum, the maximum of the age band)."""
    minimum, maximum = bornes
    base = numpy.minimum(jours_periode, (1 + plafonnement) * jours_travailles)
    return numpy.minimum(numpy.maximum(entier_superieur(base * coefficient), minimum), maximum)


def duree_selon_residence(loi_fin_contrat, nom, outre_mer):
    """The duration parameter ``nom`` (are.duree.<nom>) read by ``loi_fin_contrat`` (a
    ParametresAuxDates at the end of the contract), its overseas value for overseas residents;
    the overseas values are read (and traced) only when someone lives overseas."""
    general, _ = loi_fin_contrat(f"are.duree.{nom}")
    if not outre_mer.any():
        return general
    exception, _ = loi_fin_contrat(f"are.duree.outre_mer.{nom}")
    return numpy.where(outre_mer, exception, general)


def duree_a_la_fin_du_contrat(loi_fin_contrat, age, jours, outre_mer):
    """Days of a right under the rules in force at the end of its contract (art. 9), read by
    ``loi_fin_contrat`` (a ParametresAuxDates at that date): ``jours`` is (calendar days of the
    reference period, days worked), ``age`` the age at the end of the contract. Returns (days,
    rules in force at that date)."""
    jours_periode, jours_travailles = jours
    plafonnement, en_vigueur = loi_fin_contrat("are.salaire_reference.plafonnement_jours_non_travailles")
    coefficient = duree_selon_residence(loi_fin_contrat, "coefficient", outre_mer)
    maximum = duree_selon_residence(loi_fin_contrat, "maximum_jours", outre_mer)
    maximum_1 = duree_selon_residence(loi_fin_contrat, "maximum_jours_premier_palier", outre_mer)
    maximum_2 = duree_selon_residence(loi_fin_contrat, "maximum_jours_second_palier", outre_mer)
    minimum, _ = loi_fin_contrat("are.duree.minimum_jours")
    age_1, _ = loi_fin_contrat("are.duree.age_premier_palier")
    age_2, _ = loi_fin_contrat("are.duree.age_second_palier")
    plafond = numpy.select([age >= age_2, age >= age_1], [maximum_2, maximum_1], maximum)
    duree = duree_du_droit(jours_periode, jours_travailles, plafonnement, coefficient, (minimum, plafond))
    return duree, en_vigueur


def age_a_la_date(naissance, dates):
    """Age in whole years on ``dates``; 0 where the birth date is not given (the package's
    modelling choice for the ARE: see are_age_fin_contrat)."""
    mois = rang_mois_dates(dates) - rang_mois_dates(naissance) - (jour_dans_mois(dates) < jour_dans_mois(naissance))
    return numpy.where(date_renseignee(naissance), numpy.maximum(mois, 0) // MOIS_PAR_AN, 0)


def salaire_journalier(salaire, jours_periode, jours_travailles, plafonnement, plafond_par_jour_travaille):
    """SJR: the reference pay (capped at ``plafond_par_jour_travaille`` × days worked) ÷ the
    calendar days of the period, at most (1 + ``plafonnement``) × the days worked, to the cent;
    0 without a divisor."""
    diviseur = numpy.minimum(jours_periode, (1 + plafonnement) * jours_travailles)
    salaire_retenu = numpy.minimum(salaire, plafond_par_jour_travaille * jours_travailles)
    sjr = arrondi_centime(salaire_retenu / numpy.maximum(diviseur, 1))
    return numpy.where(diviseur > 0, sjr, 0)


def salaire_journalier_a_la_fin(loi, salaire, jours_periode, jours_travailles):
    """SJR under the rules in force at the end of the contract (``loi``: a ParametresAuxDates
    at that date): the non-worked-days cap and the pay cap of 4 × PMSS a month, read through
    the formula's parameters. Returns (SJR, rules in force); the SJR is 0 where they are not."""
    plafonnement, en_vigueur = loi("are.salaire_reference.plafonnement_jours_non_travailles")
    pmss, _ = loi("are.salaire_reference.plafond_mensuel_securite_sociale")
    plafond_mensuel, _ = loi("are.salaire_reference.plafond_mensuel_en_pmss")
    plafond_par_jour = plafond_mensuel * pmss * MOIS_PAR_AN / JOURS_PAR_AN
    sjr = salaire_journalier(arrondi_centime(salaire), jours_periode, jours_travailles, plafonnement, plafond_par_jour)
    return numpy.where(en_vigueur, sjr, 0), en_vigueur


def allocation_taux_plein(sjr, p, minimum):
    """Full-rate AJ: max(proportional rate × SJR + fixed part, minimal rate × SJR), to the cent,
    at least ``minimum``, at most the maximal rate × SJR (the cap prevails). ``p`` is the node
    are.allocation_journaliere of the month."""
    formule = arrondi_centime(numpy.maximum(p.taux_proportionnel * sjr + p.partie_fixe, p.taux_minimal_sjr * sjr))
    plafond = arrondi_centime(p.taux_maximal_sjr * sjr)
    return numpy.minimum(numpy.maximum(formule, minimum), plafond)


# --------------------------------------------------------------------------------------------
# Opening and lapse of a right
# --------------------------------------------------------------------------------------------


def rang_ouverture(ouverts, debut):
    """Month (rank since 1970-01) of the first indemnifiable day; JAMAIS where no right is opened."""
    return numpy.where(ouverts, rang_mois_dates(debut), JAMAIS)


def rang_decheance(ouverts, debut, duree, delai_decheance_mois):
    """Last month (rank) of the délai de déchéance: the month where the right would end if paid
    every day (first day + duration), plus the délai (3 years); JAMAIS where no right is opened."""
    fin_droit = rang_mois_dates(debut + numpy.asarray(duree).astype("timedelta64[D]"))
    return numpy.where(ouverts, fin_droit + delai_decheance_mois, JAMAIS)


def jours_restants_debut_mois(rang, rang_ouverture, rang_decheance, duree, report):
    """Days left at the start of month ``rang``: the duration in the opening month, the days left
    at the end of the previous month (``report``) after it, 0 once the délai de déchéance is over."""
    restants = numpy.where(rang_ouverture == rang, duree, report)
    return numpy.where(rang > rang_decheance, 0, restants)


# --------------------------------------------------------------------------------------------
# Degressivity: AJ of the month's first day, split of the month around the degressivity day
# --------------------------------------------------------------------------------------------


def allocation_premier_jour(jour_degressivite, deja_payes, plein, degressive):
    """AJ of the first day paid in the month: the degressive AJ once the days already paid reach
    the degressivity day minus one (the first day paid is the degressivity day or later), the full
    AJ before. ``jour_degressivite`` 0: never degressive."""
    atteint = (jour_degressivite > 0) * (deja_payes + 1 >= jour_degressivite)
    return numpy.where(atteint, degressive, plein)


def jours_au_premier_taux(jour_degressivite, deja_payes, allocation, plein, degressive):
    """Days of the month payable at ``allocation`` (the AJ of its first day) before the
    degressivity day; SANS_LIMITE when the month does not cross it (already degressive, never
    degressive, or an AJ given for the month, which is paid for every day)."""
    franchit = (jour_degressivite > 0) * (allocation == plein) * (degressive < plein)
    return numpy.where(franchit, numpy.maximum(jour_degressivite - 1 - deja_payes, 0), SANS_LIMITE)


@dataclasses.dataclass
class Taux:
    """The AJ of a month: ``avant`` days at ``allocation`` (the AJ of its first day), the next ones
    at the degressive AJ."""

    allocation: numpy.ndarray
    degressive: numpy.ndarray
    avant: numpy.ndarray


def montant(jours, taux: Taux):
    """ARE of ``jours`` days of the month (not rounded)."""
    return numpy.minimum(jours, taux.avant) * taux.allocation + numpy.maximum(jours - taux.avant, 0) * taux.degressive


def jours_sous_plafond(budget, taux: Taux):
    """Largest number of days whose ARE (``montant``) is at most ``budget``."""
    allocation, degressive, avant = taux.allocation, taux.degressive, taux.avant
    au_premier_taux = partie_entiere(budget / numpy.where(allocation > 0, allocation, 1))
    reste = budget - numpy.minimum(avant, au_premier_taux) * allocation
    au_second_taux = avant + partie_entiere(reste / numpy.where(degressive > 0, degressive, 1))
    return numpy.where(au_premier_taux < avant, au_premier_taux, au_second_taux)


def allocation_reduite(allocation, reduction, minimum):
    """AJ less a daily reduction (an old-age benefit: règlement d'assurance chômage, art. 18),
    never below the minimum allowance, nor above the AJ itself (an AJ already under the minimum
    is not raised). No reduction: the AJ unchanged."""
    plancher = numpy.minimum(allocation, minimum)
    return numpy.where(reduction > 0, numpy.maximum(allocation - reduction, plancher), allocation)


# --------------------------------------------------------------------------------------------
# Days paid in a month of activity (règlement d'assurance chômage, art. 30 to 32 bis)
# --------------------------------------------------------------------------------------------


def jours_disponibles(jours_mois, rang, rang_ouverture, jour_ouverture):
    """Days of the month that can be paid: from the first indemnifiable day in the opening
    month, none before it, every day of the month after it or for a right with no known opening
    (given through are_jours_restants)."""
    premier_mois = numpy.maximum(jours_mois - (jour_ouverture - 1), 0)
    disponibles = numpy.where(rang_ouverture == rang, premier_mois, numpy.where(rang_ouverture < rang, jours_mois, 0))
    return numpy.where(rang_ouverture == JAMAIS, jours_mois, disponibles)


def jours_hors_suspension(disponibles, suspendus, jours_calendaires):
    """Days of the month payable after a suspension (sickness, abroad, AJPP...: règlement
    d'assurance chômage, art. 25-26): the days suspended are taken off the days payable (off the
    30-day month from 2025-04-01), within 0; none when every calendar day is suspended (a
    February of sickness pays no day, not 30 − 28 = 2: DECISIONS.md D23). Not consumed: the
    walk takes off the right only the days paid."""
    restants = numpy.maximum(disponibles - suspendus, 0)
    return numpy.where(suspendus >= jours_calendaires, 0, restants)


def diviseur_cumul(allocation, allocation_calculee, plein):
    """AJ dividing the activity pay in the cumul: the full AJ (also once the degressive AJ is
    paid: modelling choice, see the walk), or the AJ of the month where it was given (it differs
    from the AJ computed), or where the full AJ is unknown (no SJR)."""
    donnee = allocation != allocation_calculee
    return numpy.where(donnee + (plein <= 0), allocation, plein)


def jours_cumul(disponibles, remuneration, diviseur, taux_remuneration_deduite):
    """Days paid in a month of activity: days of the month − rate × pay ÷ AJ, rounded to the
    nearest day (halves up), within 0 and the days of the month."""
    diviseur = numpy.where(diviseur > 0, diviseur, 1)
    jours = arrondi_jour(disponibles - taux_remuneration_deduite * remuneration / diviseur)
    return numpy.clip(jours, 0, disponibles)


def jours_plafonnes(jours, remuneration, plafond, taux: Taux):
    """The days cut to the largest whole number whose ARE keeps pay + ARE at most the ceiling,
    when there is pay and the ceiling is exceeded."""
    total = remuneration + montant(jours, taux)
    depasse = (remuneration > 0) * (plafond > 0) * (total > plafond + TOLERANCE_MONTANT)
    sous_plafond = numpy.clip(jours_sous_plafond(plafond - remuneration, taux), 0, None)
    return numpy.where(depasse, sous_plafond.astype(numpy.int64), jours)


def jours_apres_arce(restants, montant_arce, allocation):
    """Days left after an ARCE amount (DECISIONS.md D13): (days left × AJ − amount) ÷ AJ,
    rounded to the nearest day."""
    return arrondi_jour(restants - montant_arce / allocation)


# --------------------------------------------------------------------------------------------
# The month step of the walk
# --------------------------------------------------------------------------------------------


@dataclasses.dataclass
class Droit:
    """What the walk reads once per person: the right and the business (arrays)."""

    duree: numpy.ndarray  # are_duree_droits
    jour_degressivite: numpy.ndarray  # are_degressivite_jour_application
    rang_ouverture: numpy.ndarray  # rang_ouverture(): JAMAIS without a right from the history
    jour_ouverture: numpy.ndarray  # day of the month of the first indemnifiable day (1 to 31)
    rang_decheance: numpy.ndarray  # rang_decheance()
    rang_creation: numpy.ndarray  # month of micro_entreprise_date_creation, JAMAIS if none
    conservee: numpy.ndarray  # are_activite_non_salariee_conservee: kept from before the job loss (D12)
    arce_eligible: numpy.ndarray  # arce_eligible_creation
    arce_taux: numpy.ndarray  # arce_taux
    part_plafond: numpy.ndarray  # are_part_reliquat_plafond_non_salarie
    # A right recharged at the exhaustion (art. 28): are_rechargement_droits_ouverts and
    # are_rechargement_duree_droits; None: nobody has one.
    rechargement_ouvert: numpy.ndarray | None = None
    rechargement_duree: numpy.ndarray | None = None


@dataclasses.dataclass
class Loi:
    """The law of the month walked, read by the formula through its ``parameters``."""

    jours_mois: int  # days of the month paid without activity (calendar days, 30 from 2025-04)
    jours_calendaires: int  # calendar days of the month (28 to 31)
    taux_remuneration_deduite: float  # 0.70
    coefficient_plafond_salaire_reference: float  # 30.42
    coefficient_avance_non_salarie: float  # 0.8
    nombre_versements_arce: float  # 2
    delai_second_versement_arce: int  # 6 months
    delai_decheance_mois: int = 0  # délai de déchéance of a right recharged this month (3 years)
    # Months after the month of an advance by which its turnover must be justified (1: before the
    # next month's payment); the default never recovers (unit tests of other rules).
    delai_justification_avance_mois: int = SANS_LIMITE


@dataclasses.dataclass
class Etat:
    """The state carried from month to month (one value per person)."""

    restants: numpy.ndarray
    en_attente: numpy.ndarray  # days owed for months whose turnover is not justified yet
    avance: numpy.ndarray  # days paid as an advance for those months, not recovered yet
    rang_avance: numpy.ndarray  # month of the oldest of those advances, JAMAIS if none
    dette: numpy.ndarray  # days of an unjustified advance still to recover from later payments
    recuperes: numpy.ndarray  # days recovered from the month's payment (are_jours_avance_recuperes)
    bloquee: numpy.ndarray  # the month's advance was refused: a debt from an earlier month remained
    plafond_restant: numpy.ndarray  # days payable while the business lasts (cap of art. 32 bis)
    plafond_compte: numpy.ndarray  # the cap count has started
    reliquat_creation: numpy.ndarray  # days left at the creation (ARCE)
    allocation_creation: numpy.ndarray  # AJ of the creation month (ARCE)
    arce_total: numpy.ndarray  # gross ARCE granted
    recharge: numpy.ndarray  # the right in payment is the recharged one (art. 28)
    epuise: numpy.ndarray  # the right was exhausted in the month walked (days left at its start, none at its end)
    rang_decheance_recharge: numpy.ndarray  # last month of the délai de déchéance of the recharged right

    @classmethod
    def initial(cls, nombre):
        return cls(
            restants=numpy.zeros(nombre, dtype=numpy.int64),
            en_attente=numpy.zeros(nombre, dtype=numpy.int64),
            avance=numpy.zeros(nombre, dtype=numpy.int64),
            rang_avance=numpy.full(nombre, JAMAIS, dtype=numpy.int64),
            dette=numpy.zeros(nombre, dtype=numpy.int64),
            recuperes=numpy.zeros(nombre, dtype=numpy.int64),
            bloquee=numpy.zeros(nombre, dtype=bool),
            plafond_restant=numpy.zeros(nombre, dtype=numpy.int64),
            plafond_compte=numpy.zeros(nombre, dtype=bool),
            reliquat_creation=numpy.zeros(nombre, dtype=numpy.int64),
            allocation_creation=numpy.ones(nombre),
            arce_total=numpy.zeros(nombre),
            recharge=numpy.zeros(nombre, dtype=bool),
            epuise=numpy.zeros(nombre, dtype=bool),
            rang_decheance_recharge=numpy.full(nombre, JAMAIS, dtype=numpy.int64),
        )


def remplacer_connus(connu, calcule, conversion=None):
    """``calcule`` with the known values put in. ``connu`` (what ``entrees.connu`` returns) is None
    (nothing known), an array (known for everybody) or (mask, values): known for the persons of
    the mask only, an input given for some persons (openfisca_ass/correctifs_core/entrees_partielles.py)."""
    if connu is None:
        return calcule
    masque, valeurs = connu if isinstance(connu, tuple) else (True, connu)
    if conversion is not None:
        valeurs = conversion(valeurs)
    return numpy.where(masque, valeurs, calcule)


class EntreesFixes:
    """The variables of a month given as arrays: ``entrees(nom)`` is the value of the month,
    ``entrees.connu(nom)`` the value given (or already computed) or None (see remplacer_connus).
    The walk passes an object with the same two methods reading the simulation; the unit tests
    pass this one."""

    def __init__(self, valeurs, connues=None):
        self.valeurs = valeurs
        self.connues = connues or {}

    def __call__(self, nom):
        return self.valeurs[nom]

    def connu(self, nom):
        return self.connues.get(nom)


@dataclasses.dataclass
class _Pas:
    """One month of the walk: the right, the state being updated, the month and its law."""

    droit: Droit
    etat: Etat
    rang: int
    entrees: object
    loi: Loi


def mois_suivant(droit: Droit, etat: Etat, rang: int, entrees, loi: Loi) -> Etat:
    """The state at the end of month ``rang`` from the state at the end of the previous month.

    ``entrees`` gives the variables of the month (see EntreesFixes). Returns a new state; the
    days paid in the month are the days left at its start (after the ARCE) minus its
    ``restants``. Steps as documented in are_jours_restants_fin_mois.
    """
    pas = _Pas(droit, dataclasses.replace(etat), rang, entrees, loi)
    _debut_de_mois(pas)
    debut = pas.etat.restants
    taux, diviseur = _allocations(pas)
    _arce(pas, taux.allocation)
    jours, avance = _jours_cumul(pas, taux, diviseur)
    pas.etat.restants = pas.etat.restants - _jours_verses(pas, jours, avance)
    fin_connue = entrees.connu("are_jours_restants_fin_mois")
    pas.etat.restants = remplacer_connus(fin_connue, pas.etat.restants).astype(numpy.int64)
    pas.etat.epuise = (debut > 0) * (pas.etat.restants == 0)
    return pas.etat


def _debut_de_mois(pas):
    """1. Days left at the start of the month; the recharge of a right exhausted the month before;
    days left given for the month override."""
    droit, etat = pas.droit, pas.etat
    decheance = numpy.where(etat.recharge, etat.rang_decheance_recharge, droit.rang_decheance)
    etat.restants = jours_restants_debut_mois(pas.rang, droit.rang_ouverture, decheance, droit.duree, etat.restants)
    if droit.rechargement_ouvert is not None:
        recharge = rechargement(etat, droit.rechargement_ouvert)
        etat.restants = numpy.where(recharge, droit.rechargement_duree, etat.restants)
        fin_recharge = pas.rang + mois_entames(droit.rechargement_duree) + pas.loi.delai_decheance_mois
        etat.rang_decheance_recharge = numpy.where(recharge, fin_recharge, etat.rang_decheance_recharge)
        etat.recharge = etat.recharge + recharge
    connus = pas.entrees.connu("are_jours_restants")
    etat.restants = remplacer_connus(connus, etat.restants).astype(numpy.int64)


def rechargement(etat, ouvert):
    """Persons whose right is recharged at the start of the month (art. 28): their right was
    exhausted in the month before (``etat.epuise``), no day is left, a recharge is open
    (are_rechargement_droits_ouverts) and none was made yet (one recharge modelled)."""
    return etat.epuise * (etat.restants == 0) * ouvert * ~etat.recharge


def mois_entames(jours):
    """Months a number of days spans, counted as whole months of 30 days rounded up (bounds the
    délai de déchéance of a recharged right: modelling choice)."""
    return entier_superieur(numpy.asarray(jours) / JOURS_PAR_MOIS_DECHEANCE).astype(numpy.int64)


def _allocations(pas):
    """2. The AJ of the month (AJ of its first day, given or computed; degressive AJ; days at the
    first AJ) and the AJ dividing the pay in the cumul."""
    plein = arrondi_centime(pas.entrees("are_allocation_journaliere_taux_plein"))
    degressive = arrondi_centime(pas.entrees("are_allocation_journaliere_degressive"))
    if pas.etat.recharge.any():
        # The recharged right is paid at its own AJ, without degressivity (modelling choice).
        recharge = arrondi_centime(pas.entrees("are_rechargement_allocation_journaliere"))
        plein = numpy.where(pas.etat.recharge, recharge, plein)
        degressive = numpy.where(pas.etat.recharge, recharge, degressive)
    jour = pas.droit.jour_degressivite
    deja_payes = pas.droit.duree - pas.etat.restants
    calculee = allocation_premier_jour(jour, deja_payes, plein, degressive)
    connue = pas.entrees.connu("are_allocation_journaliere")
    allocation = remplacer_connus(connue, calculee, arrondi_centime)
    avant = jours_au_premier_taux(jour, deja_payes, allocation, plein, degressive)
    return Taux(allocation, degressive, avant), diviseur_cumul(allocation, calculee, plein)


def _arce(pas, allocation):
    """3. Days consumed by the ARCE instalments of the month (DECISIONS.md D13)."""
    droit, etat, rang = pas.droit, pas.etat, pas.rang
    creation_ce_mois = droit.arce_eligible * (droit.rang_creation == rang) * (etat.restants > 0) * (allocation > 0)
    creation_ce_mois = creation_ce_mois * ~pas.entrees("demandeur_emploi")
    etat.reliquat_creation = numpy.where(creation_ce_mois, etat.restants, etat.reliquat_creation)
    etat.allocation_creation = numpy.where(creation_ce_mois, allocation, etat.allocation_creation)
    total = arrondi_centime(droit.arce_taux * etat.restants * allocation)
    etat.arce_total = numpy.where(creation_ce_mois, total, etat.arce_total)
    versement = etat.arce_total / pas.loi.nombre_versements_arce
    apres_premier = jours_apres_arce(etat.reliquat_creation, versement, etat.allocation_creation)
    apres_second = jours_apres_arce(etat.reliquat_creation, etat.arce_total, etat.allocation_creation)
    etat.restants = numpy.where(creation_ce_mois, apres_premier, etat.restants)
    second = (etat.arce_total > 0) * (droit.rang_creation + pas.loi.delai_second_versement_arce == rang)
    if second.any():
        second = second * pas.entrees("arce_second_versement_autorise")
        consommes = apres_premier - apres_second
        etat.restants = numpy.where(second, numpy.maximum(etat.restants - consommes, 0), etat.restants)


def _jours_cumul(pas, taux, diviseur):
    """4. Days payable in the month after the cumul with the activity pay and the ceiling."""
    droit, entrees, loi = pas.droit, pas.entrees, pas.loi
    disponibles = jours_disponibles(loi.jours_mois, pas.rang, droit.rang_ouverture, droit.jour_ouverture)
    disponibles = jours_hors_suspension(disponibles, entrees("are_jours_suspendus"), loi.jours_calendaires)
    disponibles = disponibles * entrees("demandeur_emploi")
    revenu_micro = numpy.where(droit.conservee, 0, entrees("micro_entreprise_revenu"))
    # Whole cents in float64: a float32 sum of two amounts can be off by a cent.
    remuneration = (en_centimes(entrees("salaire_brut")) + en_centimes(revenu_micro)) / CENTIMES_PAR_EURO
    jours = jours_cumul(disponibles, remuneration, diviseur, loi.taux_remuneration_deduite)
    sjr = entrees("are_salaire_journalier_reference")
    if pas.etat.recharge.any():
        sjr = numpy.where(pas.etat.recharge, entrees("are_rechargement_salaire_journalier_reference"), sjr)
    plafond = arrondi_centime(sjr) * loi.coefficient_plafond_salaire_reference
    jours = jours_plafonnes(jours, remuneration, plafond, taux)
    avance = (revenu_micro > 0) * ~entrees("micro_entreprise_chiffre_affaires_justifie")
    return numpy.minimum(jours, pas.etat.restants), avance


def _avance_et_regularisation(pas, jours, avance):
    """4 (advance). Days paid for the month before the caps (RAC art. 32 bis § 2 1°; DECISIONS.md
    D11, D26).

    Justified this month (``micro_entreprise_chiffre_affaires_justifie``: the month's turnover and
    the advances still awaiting their justification): the month's days, plus the days still owed
    for earlier months less the days of an advance not recovered yet. Not justified: an advance
    whose deadline has passed (the month of the advance + ``delai_justification_avance_mois``) is
    to be recovered — its days become owed again and a debt; the month's own turnover is paid as
    an advance (0.8 × the days), none while a debt from an earlier month is still there. The
    debt is taken off the month's payment by _recuperation."""
    etat, loi = pas.etat, pas.loi
    justifie = pas.entrees("micro_entreprise_chiffre_affaires_justifie")
    verses = numpy.where(justifie, jours + etat.en_attente - etat.dette, jours)

    echue = ~justifie * (etat.avance > 0) * (pas.rang >= etat.rang_avance + loi.delai_justification_avance_mois)
    bloquee = avance * (etat.dette > 0)
    etat.bloquee = bloquee
    etat.dette = numpy.where(echue, etat.dette + etat.avance, etat.dette)
    etat.en_attente = numpy.where(echue, etat.en_attente + etat.avance, etat.en_attente)
    etat.avance = numpy.where(echue, 0, etat.avance)
    etat.rang_avance = numpy.where(echue, JAMAIS, etat.rang_avance)

    avancees = numpy.where(bloquee, 0, arrondi_jour(jours * loi.coefficient_avance_non_salarie))
    verses = numpy.where(avance, avancees, verses)
    etat.en_attente = numpy.where(avance, etat.en_attente + jours - avancees, etat.en_attente)
    etat.rang_avance = numpy.where(avance * (etat.avance == 0) * (avancees > 0), pas.rang, etat.rang_avance)
    etat.avance = numpy.where(avance, etat.avance + avancees, etat.avance)

    # Justified: nothing is owed or to recover any more.
    for nom in ("en_attente", "avance", "dette"):
        setattr(etat, nom, numpy.where(justifie, 0, getattr(etat, nom)))
    etat.rang_avance = numpy.where(justifie, JAMAIS, etat.rang_avance)
    return verses


def _recuperation(etat, verses):
    """4 (recovery). The days of an unjustified advance taken off the month's payment, the rest of
    the debt off the next payments (RAC art. 32 bis § 2 1°)."""
    etat.recuperes = numpy.minimum(verses, etat.dette)
    etat.dette = etat.dette - etat.recuperes
    return verses - etat.recuperes


def retenir(individu, memoire: str, rang: int, valeurs: numpy.ndarray) -> None:
    """Keeps the walk's values of month ``rang`` in the population's attribute ``memoire`` (one of
    the MEMOIRE_* names), for the variables that show them."""
    if getattr(individu, memoire, None) is None:
        setattr(individu, memoire, {})
    getattr(individu, memoire)[rang] = valeurs.copy()


def valeurs_retenues(individu, memoire: str, rang: int, dtype) -> numpy.ndarray:
    """The values the walk kept for month ``rang`` (see retenir), zeros for a month it did not keep;
    read once the walk has reached the month."""
    return (getattr(individu, memoire, None) or {}).get(rang, numpy.zeros(individu.count, dtype=dtype))


def _jours_verses(pas, jours, avance):
    """4 (end). Advance and regularisation, the cap of the cumul with a business, the ARCE stop,
    the recovery of an unjustified advance; days paid given for the month override."""
    droit, etat, entrees = pas.droit, pas.etat, pas.entrees
    verses = _avance_et_regularisation(pas, jours, avance)

    # The cap counts from the first month from the creation where days are left: the creation
    # month, or the first month of a right opened or given after it.
    en_cours = entrees("are_activite_non_salariee_en_cours")
    debut_plafond = ~etat.plafond_compte * ~droit.conservee * (droit.rang_creation <= pas.rang) * (etat.restants > 0)
    etat.plafond_restant = numpy.where(
        debut_plafond, arrondi_jour(droit.part_plafond * etat.restants), etat.plafond_restant
    )
    etat.plafond_compte = etat.plafond_compte + debut_plafond
    verses = numpy.where(en_cours, numpy.minimum(verses, etat.plafond_restant), verses)
    bloque = (etat.arce_total > 0) * en_cours
    verses = numpy.where(bloque, 0, numpy.minimum(verses, etat.restants))
    avant_recuperation, dette = verses, etat.dette
    verses = _recuperation(etat, verses)
    recuperes = entrees.connu("are_jours_avance_recuperes")
    if recuperes is not None:
        # Days recovered given for the month: taken off the payment (within it), the debt reduced
        # by as much (never below 0).
        etat.recuperes = remplacer_connus(
            recuperes, etat.recuperes, lambda jours: numpy.clip(jours.astype(numpy.int64), 0, avant_recuperation)
        )
        etat.dette = numpy.maximum(dette - etat.recuperes, 0)
        verses = avant_recuperation - etat.recuperes
    payes = entrees.connu("are_jours_indemnisables")
    verses = remplacer_connus(payes, verses, lambda jours: numpy.minimum(jours.astype(numpy.int64), etat.restants))
    if payes is not None:
        # Days paid given: the days recovered are what the payment lacks against the days computed,
        # within the debt (30 given of 30 computed: nothing recovered, the debt stays).
        etat.recuperes = numpy.clip(avant_recuperation - verses, 0, dette)
        etat.dette = dette - etat.recuperes
    etat.plafond_restant = etat.plafond_restant - numpy.where(en_cours, verses, 0)
    return verses
