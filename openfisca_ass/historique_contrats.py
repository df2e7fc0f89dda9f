"""The ARE reference period read from a monthly pay history: pure array functions.

The unemployment-insurance rules (règlement d'assurance chômage, art. 3, 9, 11 and 13) count
days and pay between the first day of the first employment period of the reference period and
the end of the last contract. A person knows their pay month by month, not day by day, so each
month's days under contract are laid out as one block of consecutive days (modelling choice,
written in the variables' documentation):

- in the month of the end of the contract, the block ends on the end date;
- in the first month of a run of months with contract days (the month before has none), the
  block ends on the last day of the month (a contract that starts during the month);
- in any other month, the block starts on the 1st (a contract that goes on, or ends, during
  the month).

From the blocks: the calendar days under contract, the first day of employment, the days worked
as art. 3 § 2 counts them (five per civil week at most, a day worked under two contracts counted
once), the hours, and the pay of the months (prorated to the part of a month inside the period).

Everything here is numpy in, numpy out, one row per person and one column per month, so the
variables and the unit tests call the same code.
"""

import numpy
from openfisca_core import periods

from openfisca_ass.calendrier import DATE_NON_RENSEIGNEE, MOIS_PAR_AN, date_renseignee, rang_mois_dates
from openfisca_ass.mecanique_are import age_a_la_date
from openfisca_ass.parametres_aux_dates import ParametresAuxDates

# Civil weeks run from Monday to Sunday; day 0 of numpy's calendar (1970-01-01) is a Thursday,
# so day n is in civil week (n + 3) // 7 and week w starts on day 7 w - 3.
_DECALAGE_LUNDI = 3
JOURS_PAR_SEMAINE = 7


def semaine_civile(jours: numpy.ndarray) -> numpy.ndarray:
    """Index of the civil week (Monday to Sunday) of each day number (days since 1970-01-01)."""
    return (jours + _DECALAGE_LUNDI) // JOURS_PAR_SEMAINE


def premier_jour_semaine(semaines: numpy.ndarray) -> numpy.ndarray:
    """Day number of the Monday of each civil week."""
    return semaines * JOURS_PAR_SEMAINE - _DECALAGE_LUNDI


def blocs_du_mois(debut_mois, jours_mois, jours_contrat, continue_un_contrat, fin):
    """First and last day numbers of each person's block of contract days in one month.

    ``debut_mois``: day number of the 1st of the month; ``jours_mois``: its calendar days;
    ``jours_contrat``: days under contract given for the month; ``continue_un_contrat``: the
    month before has contract days; ``fin``: (holds the end of the contract, day number of the
    end). Days are clipped to the month, and in the month of the end to the days up to the end
    date. Returns (first, last, days); days is 0 where there is no block.
    """
    est_mois_fin, jour_fin = fin
    fin_mois = debut_mois + jours_mois - 1
    limite = numpy.where(est_mois_fin, jour_fin - debut_mois + 1, jours_mois)
    jours = numpy.clip(jours_contrat, 0, limite)
    dernier = numpy.where(
        est_mois_fin,
        jour_fin,
        numpy.where(continue_un_contrat, debut_mois + jours - 1, fin_mois),
    )
    premier = dernier - jours + 1
    return premier, dernier, jours


def jours_travailles_semaines(bloc, semaine_en_cours, plafond):
    """Days worked that a block adds under the five-days-a-civil-week rule (art. 3 § 2).

    ``bloc`` is (first day, last day, days); ``plafond`` the most days worked a civil week
    counts (five). Blocks come in date order; ``semaine_en_cours`` is (last civil week already
    counted, days counted in it), so that two blocks in one week never count more than five
    days together. Returns (days added, (new week, new count)).
    """
    premier, dernier, jours = bloc
    semaine_en_cours, jours_semaine_en_cours = semaine_en_cours
    vide = jours <= 0
    semaine_premier = semaine_civile(premier)
    semaine_dernier = semaine_civile(dernier)
    fin_premiere_semaine = premier_jour_semaine(semaine_premier) + JOURS_PAR_SEMAINE - 1
    jours_premiere = numpy.minimum(dernier, fin_premiere_semaine) - premier + 1
    deja = numpy.where(semaine_premier == semaine_en_cours, jours_semaine_en_cours, 0)
    ajout_premiere = numpy.clip(numpy.minimum(jours_premiere, plafond - deja), 0, None)

    meme_semaine = semaine_dernier == semaine_premier
    semaines_pleines = numpy.maximum(semaine_dernier - semaine_premier - 1, 0)
    jours_derniere = dernier - premier_jour_semaine(semaine_dernier) + 1
    ajout_derniere = numpy.minimum(jours_derniere, plafond)
    ajout = numpy.where(meme_semaine, ajout_premiere, ajout_premiere + plafond * semaines_pleines + ajout_derniere)

    nouvelle_semaine = numpy.where(vide, semaine_en_cours, semaine_dernier)
    nouveau_compte = numpy.where(
        vide,
        jours_semaine_en_cours,
        numpy.where(meme_semaine, deja + ajout_premiere, ajout_derniere),
    )
    return numpy.where(vide, 0, ajout), (nouvelle_semaine, nouveau_compte)


def periode_de_reference(mois, periode, jours_travailles_par_semaine):
    """What the reference period holds, from monthly columns (arrays: persons × months).

    ``mois`` holds ``debut`` (day number of the 1st of each month), ``longueur`` (its calendar
    days), ``jours_contrat``, ``heures`` and ``salaires`` (the month's pay already capped). The
    columns are consecutive months, the last one each person's month of the end of the contract;
    the first column is read only as the month before the second (its contract days tell
    whether the second continues a contract), so give one month more than the period spans.
    Months before the period count for nothing (their blocks are cut away).
    ``periode`` is (first day of the period — the day after the same date 24 or 36 months before
    the end —, day of the end); ``jours_travailles_par_semaine`` the most days worked a civil
    week counts.

    Returns a dict of arrays: ``jours_contrat`` (calendar days under contract in the period),
    ``jours_travailles`` (art. 3 § 2 count), ``heures``, ``salaire`` (pay of the period, each
    month prorated to its days inside the period) and ``premier_jour`` (day number of the first
    day under contract in the period; the end day + 1 where there is none).
    """
    debut_mois, jours_mois = mois["debut"], mois["longueur"]
    jours_contrat, heures, salaires = mois["jours_contrat"], mois["heures"], mois["salaires"]
    jour_debut_periode, jour_fin = periode
    nombre_personnes, nombre_mois = jours_contrat.shape
    total_jours = numpy.zeros(nombre_personnes, dtype=numpy.int64)
    total_travailles = numpy.zeros(nombre_personnes, dtype=numpy.int64)
    total_heures = numpy.zeros(nombre_personnes, dtype=numpy.float64)
    total_salaire = numpy.zeros(nombre_personnes, dtype=numpy.float64)
    premier_jour = jour_fin + 1
    semaine_en_cours = (
        numpy.full(nombre_personnes, numpy.iinfo(numpy.int64).min // 2, dtype=numpy.int64),
        numpy.zeros(nombre_personnes, dtype=numpy.int64),
    )
    for colonne in range(1, nombre_mois):
        premier, dernier, jours = blocs_du_mois(
            debut_mois[:, colonne],
            jours_mois[:, colonne],
            jours_contrat[:, colonne],
            jours_contrat[:, colonne - 1] > 0,
            (numpy.full(nombre_personnes, colonne == nombre_mois - 1), jour_fin),
        )
        # The part of the block inside the reference period (only the first month can be cut).
        premier_retenu = numpy.maximum(premier, jour_debut_periode)
        dernier_retenu = numpy.minimum(dernier, jour_fin)
        retenus = numpy.where(jours > 0, numpy.clip(dernier_retenu - premier_retenu + 1, 0, None), 0)
        part = numpy.where(jours > 0, retenus / numpy.maximum(jours, 1), 0.0)

        ajout, semaine_en_cours = jours_travailles_semaines(
            (premier_retenu, dernier_retenu, retenus), semaine_en_cours, jours_travailles_par_semaine
        )
        total_travailles += ajout
        total_jours += retenus
        total_heures += heures[:, colonne] * part
        total_salaire += salaires[:, colonne] * part
        premier_jour = numpy.where((retenus > 0) & (premier_retenu < premier_jour), premier_retenu, premier_jour)
    return {
        "jours_contrat": total_jours,
        "jours_travailles": total_travailles,
        "heures": total_heures,
        "salaire": total_salaire,
        "premier_jour": premier_jour,
    }


# --- Reading the monthly history of a simulation ------------------------------------------------

# Unit conversion: calendar weeks in a year, to turn weekly hours into monthly ones.
SEMAINES_PAR_AN = 52


def _periode_du_rang(rang: int):
    """The OpenFisca month of a month rank (months since 1970-01)."""
    return periods.period(f"{1970 + rang // MOIS_PAR_AN:04d}-{rang % MOIS_PAR_AN + 1:02d}")


def _longueur_a_la_date(individu, period, parameters, fin):
    """Months of the reference period of a contract ending on ``fin``: 24, 36 from the age of
    the longer period at that date (the rules of are_periode_reference_affiliation_mois)."""
    loi = ParametresAuxDates(individu, parameters, fin)
    age = age_a_la_date(individu("date_naissance", period), fin)
    age_seuil, _ = loi("are.affiliation.age_periode_reference_allongee")
    courte, _ = loi("are.affiliation.periode_reference_mois")
    longue, _ = loi("are.affiliation.periode_reference_mois_age_eleve")
    return numpy.where(age >= age_seuil, longue, courte).astype(numpy.int64)


def _periode(individu, periode_et_loi, fin, rechargement):
    """(length in months, month rank of the end, day number of the end, day number of the first
    day) of the reference period ending on ``fin`` (see lire_periode_de_reference)."""
    period, parameters = periode_et_loi
    renseignee = date_renseignee(fin)
    if rechargement:
        dates_fin = numpy.where(renseignee, fin, fin[renseignee][0])
        longueur = _longueur_a_la_date(individu, period, parameters, dates_fin)
    else:
        longueur = individu("are_periode_reference_affiliation_mois", period).astype(numpy.int64)
    rang_fin = rang_mois_dates(fin).astype(numpy.int64)
    jour_fin = fin.astype("datetime64[D]").astype(numpy.int64)

    # First day of the period: the day after the same date `longueur` months before the end
    # (the day clipped to the length of that month: 29 February 2024 → 28 February 2022).
    rang_debut = rang_fin - longueur
    debut_mois_debut = rang_debut.astype("datetime64[M]").astype("datetime64[D]")
    jours_mois_debut = ((rang_debut + 1).astype("datetime64[M]").astype("datetime64[D]") - debut_mois_debut).astype(
        numpy.int64
    )
    jour_dans_mois_fin = jour_fin - rang_fin.astype("datetime64[M]").astype("datetime64[D]").astype(numpy.int64)
    jour_debut_periode = (
        debut_mois_debut.astype(numpy.int64) + numpy.minimum(jour_dans_mois_fin, jours_mois_debut - 1) + 1
    )
    if rechargement:
        # Only the periods after the end of the contract that opened the right (art. 28 § 1).
        fin_premier = individu("are_date_fin_contrat", period)
        lendemain = fin_premier.astype("datetime64[D]").astype(numpy.int64) + 1
        jour_debut_periode = numpy.where(
            date_renseignee(fin_premier), numpy.maximum(jour_debut_periode, lendemain), jour_debut_periode
        )
    return longueur, rang_fin, jour_fin, jour_debut_periode


def lire_periode_de_reference(individu, period, parameters, rechargement=False):
    """The reference period of each person's contract end, read from their monthly history.

    Returns the dict of :func:`periode_de_reference` plus ``historique`` (True where the period
    holds at least one day under contract) and ``jour_fin``. Persons without an end date get 0.

    ``rechargement``: the period of a recharge (règlement d'assurance chômage, art. 28) instead:
    it ends on are_rechargement_date_fin_contrat, its length follows the age at that date, and
    only the days after the end of the contract that opened the right (are_date_fin_contrat, when
    given) count.
    """
    if rechargement:
        fin = individu("are_rechargement_date_fin_contrat", period)
    else:
        fin = individu("are_date_fin_contrat", period)
    nombre = len(fin)
    zeros = numpy.zeros(nombre, dtype=numpy.int64)
    vide = {
        "jours_contrat": zeros,
        "jours_travailles": zeros,
        "heures": numpy.zeros(nombre),
        "salaire": numpy.zeros(nombre),
        "premier_jour": zeros,
        "historique": numpy.zeros(nombre, dtype=bool),
        "jour_fin": zeros,
    }
    renseignee = date_renseignee(fin)
    if not renseignee.any():
        return vide
    longueur, rang_fin, jour_fin, jour_debut_periode = _periode(individu, (period, parameters), fin, rechargement)

    # Columns: from the month before the first month of the period to the month of the end.
    colonnes = int(longueur[renseignee].max()) + 2
    decalages = numpy.arange(colonnes - 1, -1, -1, dtype=numpy.int64)
    rangs = rang_fin[:, None] - decalages[None, :]
    rangs = numpy.where(renseignee[:, None], rangs, rangs[renseignee][0][None, :])
    uniques = numpy.unique(rangs)

    salaires = numpy.empty((len(uniques), nombre))
    jours = numpy.empty((len(uniques), nombre))
    heures = numpy.empty((len(uniques), nombre))
    for index, rang in enumerate(uniques):
        mois = _periode_du_rang(int(rang))
        salaires[index] = individu("salaire_brut", mois)
        jours[index] = individu("jours_sous_contrat", mois)
        heures[index] = individu("heures_travaillees", mois)

    # Monthly pay cap (art. 11 § 2, art. 49): the multiple of the PMSS in force at the end of
    # the contract, times the PMSS of the month the pay is for (no cap before the PMSS's first
    # value: such months are only read for contracts whose SJR is not computed).
    debuts_uniques = uniques.astype("datetime64[M]").astype("datetime64[D]")
    pmss, pmss_defini = ParametresAuxDates(individu, parameters, debuts_uniques)(
        "are.salaire_reference.plafond_mensuel_securite_sociale"
    )
    plafonds_pmss = numpy.where(pmss_defini, pmss, numpy.inf)
    # The rules in force at the end of the contract: the pay cap and the days-a-week count.
    loi_fin = ParametresAuxDates(individu, parameters, numpy.where(renseignee, fin, fin[renseignee][0]))
    multiple, multiple_defini = loi_fin("are.salaire_reference.plafond_mensuel_en_pmss")
    multiple = numpy.where(multiple_defini, multiple, numpy.inf)
    maximum_semaine, semaine_definie = loi_fin("are.affiliation.jours_travailles_maximum_semaine")
    maximum_semaine = numpy.where(semaine_definie, maximum_semaine, 0)

    ligne = numpy.searchsorted(uniques, rangs)
    personnes = numpy.arange(nombre)[:, None]
    salaires_mois = salaires[ligne, personnes]
    plafond = multiple[:, None] * plafonds_pmss[ligne]
    salaires_mois = numpy.minimum(salaires_mois, plafond)

    debut_mois = rangs.astype("datetime64[M]").astype("datetime64[D]").astype(numpy.int64)
    jours_mois = (rangs + 1).astype("datetime64[M]").astype("datetime64[D]").astype(numpy.int64) - debut_mois
    colonnes_mois = {
        "debut": debut_mois,
        "longueur": jours_mois,
        "jours_contrat": jours[ligne, personnes].astype(numpy.int64),
        "heures": heures[ligne, personnes],
        "salaires": salaires_mois,
    }
    resultat = periode_de_reference(colonnes_mois, (jour_debut_periode, jour_fin), maximum_semaine)
    historique = renseignee & (resultat["jours_contrat"] > 0)
    resultat = {cle: numpy.where(renseignee, valeur, 0) for cle, valeur in resultat.items()}
    resultat["historique"] = historique
    resultat["jour_fin"] = numpy.where(renseignee, jour_fin, DATE_NON_RENSEIGNEE.astype(numpy.int64))
    return resultat
