"""Calendar and rounding helpers shared by the formulas (variable files cannot import each other).

Only unit conversions live here: no number of the law.
"""

import numpy

MOIS_PAR_AN = 12
# Days of a non-leap year: turns a monthly amount into a daily one (× 12 ÷ 365).
JOURS_PAR_AN = 365
# Float error allowed on an amount that is a whole number of cents.
_TOLERANCE = 1e-7
# Float error allowed when comparing two amounts in euros.
TOLERANCE_MONTANT = 1e-9
DATE_NON_RENSEIGNEE = numpy.datetime64("1970-01-01", "D")


def rang_mois(period) -> int:
    """Months since 1970-01 of the month a period starts in."""
    return (period.start.year - 1970) * MOIS_PAR_AN + period.start.month - 1


# Day → month tables for 1900-01-01 to 2199-12-31: numpy's calendar conversion
# (astype("datetime64[M]")) costs about 10 ns a date, an indexing about 1 ns.
_PREMIER_JOUR = numpy.datetime64("1900-01-01", "D")
_JOURS = numpy.arange(_PREMIER_JOUR, numpy.datetime64("2200-01-01", "D"))
_RANG_MOIS_DU_JOUR = _JOURS.astype("datetime64[M]").astype(numpy.int64)
_JOUR_DANS_MOIS = (_JOURS - _JOURS.astype("datetime64[M]").astype("datetime64[D]")).astype(numpy.int64)


def _index_jours(dates: numpy.ndarray):
    """Index of each date in the tables, or None when a date is outside them (or not in days)."""
    dates = numpy.asarray(dates)
    if dates.dtype != numpy.dtype("datetime64[D]") or dates.size == 0:
        return None
    index = dates.view(numpy.int64) - _PREMIER_JOUR.astype(numpy.int64)
    if index.min() < 0 or index.max() >= len(_JOURS):
        return None
    return index


def rang_mois_dates(dates: numpy.ndarray) -> numpy.ndarray:
    """Months since 1970-01 of each date of an array."""
    index = _index_jours(dates)
    if index is None:
        return numpy.asarray(dates).astype("datetime64[M]").astype(numpy.int64)
    return _RANG_MOIS_DU_JOUR[index]


def jour_dans_mois(dates: numpy.ndarray) -> numpy.ndarray:
    """Days since the first of the month of each date (0 on the 1st)."""
    index = _index_jours(dates)
    if index is None:
        dates = numpy.asarray(dates)
        return (dates - dates.astype("datetime64[M]").astype("datetime64[D]")).astype(numpy.int64)
    return _JOUR_DANS_MOIS[index]


def date_renseignee(dates: numpy.ndarray) -> numpy.ndarray:
    """True where a date input was given (1970-01-01, the default, means not given)."""
    return dates != DATE_NON_RENSEIGNEE


def age_en_mois(dates_naissance: numpy.ndarray, period) -> numpy.ndarray:
    """Age in whole months on the first day of the period."""
    mois_complets = rang_mois(period) - rang_mois_dates(dates_naissance)
    jour_naissance = jour_dans_mois(dates_naissance)
    # Born after the 1st of a month: the last month is not complete on the 1st of the period.
    return mois_complets - (jour_naissance > 0)


def annee_mois(dates: numpy.ndarray) -> numpy.ndarray:
    """A date as the number YYYYMM (1961-09-15 → 196109), to compare with birth cohorts."""
    rang = rang_mois_dates(dates)
    return (1970 + rang // MOIS_PAR_AN) * 100 + rang % MOIS_PAR_AN + 1


# Month rank → its first day, for the months of the day tables (and the one after them).
_PREMIERS_JOURS_MOIS = numpy.arange(numpy.datetime64("1900-01"), numpy.datetime64("2200-02")).astype("datetime64[D]")
_RANG_PREMIER_MOIS = _PREMIERS_JOURS_MOIS[0].astype("datetime64[M]").astype(numpy.int64)


def _premier_jour_rang(rang: numpy.ndarray) -> numpy.ndarray:
    """First day of each month rank (months since 1970-01)."""
    index = numpy.asarray(rang, dtype=numpy.int64) - _RANG_PREMIER_MOIS
    if index.size == 0 or index.min() < 0 or index.max() >= len(_PREMIERS_JOURS_MOIS):
        return numpy.asarray(rang, dtype=numpy.int64).astype("datetime64[M]").astype("datetime64[D]")
    return _PREMIERS_JOURS_MOIS[index]


def decaler_mois(dates: numpy.ndarray, nombre_mois) -> numpy.ndarray:
    """Each date moved by ``nombre_mois`` months (negative: back), keeping its day number; where
    that day does not exist in the month reached, the last day of that month (2024-02-29 − 12 →
    2023-02-28, 2025-03-31 − 1 → 2025-02-28), as a délai in months counts (CPC 641)."""
    dates = numpy.asarray(dates, dtype="datetime64[D]")
    rang = rang_mois_dates(dates) + numpy.asarray(nombre_mois).astype(numpy.int64)
    dernier_jour = _premier_jour_rang(rang + 1) - numpy.timedelta64(1, "D")
    return numpy.minimum(_premier_jour_rang(rang) + jour_dans_mois(dates), dernier_jour)


def ajouter_annees(dates: numpy.ndarray, annees) -> numpy.ndarray:
    """The date ``annees`` years after each date (before it when negative), as the Code de procédure
    civile (art. 641) counts a délai in years: the day with the same number; where that day does not
    exist (29 February in a common year), the last day of the month (decaler_mois by whole years)."""
    return decaler_mois(dates, numpy.asarray(annees).astype(numpy.int64) * MOIS_PAR_AN)


def premier_jour_dans_le_delai(demandes: numpy.ndarray, annees) -> numpy.ndarray:
    """The first day d for which a claim presented on ``demandes`` is in time, when each day opens
    a délai of ``annees`` years (ajouter_annees): the smallest d with demande ≤ ajouter_annees(d,
    annees). ajouter_annees never goes backwards, so every later day is in time too."""
    demandes = numpy.asarray(demandes, dtype="datetime64[D]")
    candidat = ajouter_annees(demandes, -numpy.asarray(annees).astype(numpy.int64))
    # Only a claim on 29 February: the day two years before is 28 February, whose délai ends on
    # the 28th, a day too early; the first day in time is then 1 March.
    return numpy.where(ajouter_annees(candidat, annees) >= demandes, candidat, candidat + numpy.timedelta64(1, "D"))


CENTIMES_PAR_EURO = 100


def arrondi_entier(valeur: numpy.ndarray) -> numpy.ndarray:
    """Round to the nearest whole number, halves up (float64, tolerant of float error)."""
    # The same operations in the same order as floor(valeur + 0.5 + tolerance), in place.
    arrondi = numpy.add(numpy.asarray(valeur, dtype=numpy.float64), 0.5)
    if not isinstance(arrondi, numpy.ndarray):  # a single number
        return numpy.floor(arrondi + _TOLERANCE)
    numpy.add(arrondi, _TOLERANCE, out=arrondi)
    return numpy.floor(arrondi, out=arrondi)


def partie_entiere(valeur: numpy.ndarray) -> numpy.ndarray:
    """Whole part (floor), tolerant of float error: 449.99999999 is 450, not 449."""
    return numpy.floor(numpy.asarray(valeur, dtype=numpy.float64) + _TOLERANCE)


def entier_superieur(valeur: numpy.ndarray) -> numpy.ndarray:
    """Next whole number (ceil), tolerant of float error: 548.00000001 is 548, not 549."""
    return numpy.ceil(numpy.asarray(valeur, dtype=numpy.float64) - _TOLERANCE)


def en_centimes(montant: numpy.ndarray) -> numpy.ndarray:
    """An amount in euros as a whole number of cents, in float64."""
    return arrondi_entier(numpy.asarray(montant, dtype=numpy.float64) * CENTIMES_PAR_EURO)


def arrondi_centime(montant: numpy.ndarray) -> numpy.ndarray:
    """Round euros to the cent, halves up (computed in float64 to avoid float32 drift)."""
    return arrondi_entier(numpy.asarray(montant, dtype=numpy.float64) * CENTIMES_PAR_EURO) / CENTIMES_PAR_EURO


MOIS_PAR_TRIMESTRE = 3


# Float error allowed when comparing two amounts in cents (or a cent amount with a rate × cents).
_TOLERANCE_COMPARAISON = 1e-6


def au_moins(valeur: numpy.ndarray, seuil: numpy.ndarray) -> numpy.ndarray:
    """valeur >= seuil in float64, tolerant of float error (give both in cents: en_centimes)."""
    return numpy.asarray(valeur, dtype=numpy.float64) >= numpy.asarray(seuil, dtype=numpy.float64) - (
        _TOLERANCE_COMPARAISON
    )


def arrondi_superieur(valeur: numpy.ndarray, pas) -> numpy.ndarray:
    """Round up to a multiple of ``pas`` (float64, tolerant of float error); ``pas`` 0 leaves the value as is."""
    valeur = numpy.asarray(valeur, dtype=numpy.float64)
    pas = numpy.asarray(pas, dtype=numpy.float64)
    diviseur = numpy.where(pas > 0, pas, 1)
    arrondie = numpy.ceil(valeur / diviseur - _TOLERANCE) * diviseur
    return numpy.where(pas > 0, arrondie, valeur)


# Decimals a rate keeps when read back from a float32 variable (float32 keeps about 7 digits).
_DECIMALES_TAUX = 7


def taux_float64(taux: numpy.ndarray) -> numpy.ndarray:
    """A rate stored in a float32 variable (0.212 → 0.21199999…), back to its float64 value."""
    return numpy.round(numpy.asarray(taux, dtype=numpy.float64), _DECIMALES_TAUX)
