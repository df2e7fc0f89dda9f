import functools

import numpy
from openfisca_core import periods

from openfisca_ass import references
from openfisca_ass.calendrier import MOIS_PAR_AN, date_renseignee, jour_dans_mois, rang_mois, rang_mois_dates
from openfisca_ass.entities import Individu
from openfisca_ass.mecanique_are import (
    JAMAIS,
    Droit,
    Etat,
    Loi,
    mois_suivant,
    rang_decheance,
    rang_ouverture,
)
from openfisca_ass.model_api import MONTH, Variable
from openfisca_ass.parametres_aux_dates import ParametresAuxDates

# Attributes of the population (individu) keeping the walk's memory. On the population, not on
# the simulation: Simulation.clone copies the simulation's attributes (the copy would share them)
# but builds new populations.
# (rank of the month, Etat, Droit) at the end of the last month walked:
_DERNIER_ETAT = "_are_jours_restants_dernier_etat"
# Rank of the latest month walked: values up to it can no longer change (see _garder).
_DERNIER_MOIS_PARCOURU = "_are_jours_restants_dernier_mois_parcouru"
# Attribute of a holder marking the guard installed on it (see _garder).
_GARDE = "_are_jours_restants_garde"


class _Mois:
    """The variables of the month walked, read from the simulation (see mecanique_are.EntreesFixes)."""

    def __init__(self, individu, periode):
        self.individu = individu
        self.periode = periode

    def __call__(self, variable):
        return self.individu(variable, self.periode)

    def connu(self, variable):
        return self.individu.simulation.get_holder(variable).get_array(self.periode)


def _droit(individu, period, parameters):
    """What the walk reads once: the right opened by the contract history and the business."""
    fin = individu("are_date_fin_contrat", period)
    ouverts = individu("are_droits_ouverts", period)
    debut = individu("are_date_debut_indemnisation", period)
    duree = individu("are_duree_droits", period).astype(numpy.int64)
    creation = individu("micro_entreprise_date_creation", period)
    # The délai de déchéance of the law in force at the opening (read through parameters: traced).
    delai_annees, _ = ParametresAuxDates(individu, parameters, debut)("are.duree.delai_decheance_annees")
    delai_decheance = delai_annees.astype(numpy.int64) * MOIS_PAR_AN
    return Droit(
        duree=duree,
        jour_degressivite=individu("are_degressivite_jour_application", period),
        rang_ouverture=rang_ouverture(ouverts, debut),
        jour_ouverture=jour_dans_mois(debut) + 1,
        rang_decheance=rang_decheance(ouverts, debut, duree, delai_decheance),
        rang_creation=numpy.where(date_renseignee(creation), rang_mois_dates(creation), JAMAIS),
        conservee=date_renseignee(creation) * date_renseignee(fin) * (creation <= fin),
        arce_eligible=individu("arce_eligible_creation", period),
        arce_taux=individu("arce_taux", period),
        part_plafond=individu("are_part_reliquat_plafond_non_salarie", period),
    )


def _loi(parameters, periode):
    """The law of the month walked, read through the formula's parameters (traced)."""
    p = parameters(periode)
    if p.are.versement.mensualisation:
        jours_mois = int(p.are.versement.nombre_jours_mois_forfaitaire)
    else:
        jours_mois = periode.size_in_days
    return Loi(
        jours_mois=jours_mois,
        taux_remuneration_deduite=p.are.cumul.taux_remuneration_deduite,
        coefficient_plafond_salaire_reference=p.are.cumul.coefficient_plafond_salaire_reference,
        coefficient_avance_non_salarie=p.are.cumul.coefficient_avance_non_salarie,
        nombre_versements_arce=p.arce.nombre_versements,
        delai_second_versement_arce=int(p.arce.delai_second_versement_mois),
    )


def _mois_connus(individu, mois):
    """Months up to ``mois`` where days left are known for somebody (an all-zero month starts nothing)."""
    holder = individu.simulation.get_holder("are_jours_restants")
    return [
        rang_mois(connu)
        for connu in holder.get_known_periods()
        if rang_mois(connu) <= mois and holder.get_array(connu).any()
    ]


def _premier_mois_formule(individu):
    """Rank of the first month of the formula (2019-11, DECISIONS.md D16): nothing is carried before."""
    variable = individu.simulation.tax_benefit_system.get_variable("are_jours_restants_fin_mois")
    return int(rang_mois_dates(numpy.array([min(variable.formulas)], dtype="datetime64[D]"))[0])


def _depart(individu, mois, droit):
    """First month to walk, or None when nobody has a right up to the month computed.

    The opening month of every right from the contract history that has not lapsed by the month
    computed (a lapsed right gives 0 whatever the walk), and every month where days left are known
    (given, or already computed): a given right has no known opening, hence no délai de déchéance.
    """
    departs = _mois_connus(individu, mois)
    vivants = (droit.rang_ouverture <= mois) * (droit.rang_decheance >= mois)
    if vivants.any():
        departs.append(int(droit.rang_ouverture[vivants].min()))
    if not departs:
        return None
    # Days left given before the first month of the formula are not carried (are_jours_restants
    # of that month is the default 0 of are_jours_restants_fin_mois of the month before).
    return max(min(departs), _premier_mois_formule(individu))


# --------------------------------------------------------------------------------------------
# The guard: no value the walk may have read changes after it
# --------------------------------------------------------------------------------------------


class ModificationApresCalculError(ValueError):
    """An input changed for a month the ARE walk has already computed."""


def _verifier_modification(holder, period):
    dernier = getattr(holder.simulation.persons, _DERNIER_MOIS_PARCOURU, None)
    if dernier is None:
        return
    if period is not None and rang_mois(periods.period(period)) > dernier:
        return
    variable = holder.variable.name
    periode = "toutes les périodes" if period is None else str(periods.period(period))
    mois = periods.period(f"{1970 + dernier // MOIS_PAR_AN}-{dernier % MOIS_PAR_AN + 1:02d}")
    message = (
        f"Impossible de modifier '{variable}' pour {periode} : les mois de l'ARE sont déjà calculés "
        f"jusqu'à {mois} dans cette simulation, et ces résultats (comme le report des jours restants "
        "d'un mois à l'autre) ont pu lire cette valeur ; ils ne seraient pas recalculés. Donnez toutes "
        "les entrées avant le premier calcul, ou construisez une nouvelle simulation."
    )
    raise ModificationApresCalculError(message)


def _set_input_garde(holder, period, array):
    _verifier_modification(holder, period)
    return type(holder).set_input(holder, period, array)


def _delete_arrays_garde(holder, period=None):
    _verifier_modification(holder, period)
    return type(holder).delete_arrays(holder, period)


def _garder(individu, mois):
    """After a walk up to month ``mois``: refuse any later change of a value for a period starting
    on or before the latest month walked.

    The carried state and every result already computed read the values as they were: a change
    would not be seen by them (OpenFisca does not invalidate its cache), and a month computed
    afterwards would mix old and new inputs. Every holder that exists (every variable read so far,
    hence every variable the walk read) refuses set_input and delete_arrays for such a period with
    a clear error. A holder created later was never read; it is guarded after the next walk. The
    guard is an attribute of each holder of this simulation (core has no hook for it; a clone
    shares its holders' values, so it shares the guard), not a change of openfisca-core.
    """
    precedent = getattr(individu, _DERNIER_MOIS_PARCOURU, None)
    setattr(individu, _DERNIER_MOIS_PARCOURU, mois if precedent is None else max(precedent, mois))
    for population in individu.simulation.populations.values():
        for holder in population._holders.values():  # core lists a population's holders nowhere else
            garde = holder.__dict__.get(_GARDE)
            if garde is not None and garde is holder.__dict__.get("set_input"):
                continue
            holder.set_input = functools.partial(_set_input_garde, holder)
            holder.delete_arrays = functools.partial(_delete_arrays_garde, holder)
            holder.__dict__[_GARDE] = holder.set_input


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
    opened from the contract history (are_date_debut_indemnisation) that has not lapsed by the
    month computed, or the earliest month where are_jours_restants is known (given as input, or
    already computed) — to the month computed. Nothing is carried from before 2019-11 (the first
    month of the formula). The rules of a month live in openfisca_ass.mecanique_are (pure array
    functions, shared with are, are_jours_restants, are_allocation_journaliere and
    arce_jours_imputes, with their own unit tests); the law's values of each month are read
    through the formula's parameters. Each month:

    1. Start of the month: the duration of the right (are_duree_droits) in the first month, the
       days left at the end of the previous month after it, 0 once the délai de déchéance
       (duration + 3 years from the first indemnifiable day) is over; are_jours_restants where
       it is known for the month (an input always overrides).
    2. AJ of the month: are_allocation_journaliere when known (paid for every day of the month),
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
       0.70 × activity pay ÷ AJ, i.e. (days × AJ − 0.70 × pay) ÷ AJ, rounded to the nearest day
       (halves up), within 0 and the days of the month. The AJ dividing is the full AJ; an AJ
       given for the month (are_allocation_journaliere, when it differs from the AJ computed)
       divides instead, and is the AJ paid. The activity pay is the gross salary plus the
       micro-enterprise income after abatement (not counted for a business kept from before
       the job loss); when pay + the ARE of the days (at the full and degressive AJ as in step
       2) exceeds SJR × 30.42, the days are cut to the largest whole number under the cap.
       While the month's turnover is not justified, 0.8 × the days (rounded) are paid as an
       advance and the rest is paid in the next month whose turnover is justified. For a
       business created after the job loss, the days paid while it lasts are capped at the
       share of the days left at creation (60 % for a creation from 2025-04-01), counted from
       the first month from the creation where days are left (the creation month, or the first
       month of a right opened or given after it). Days paid given for the month
       (are_jours_indemnisables) replace the days computed.
    5. Days left at the end of the month = days left − days paid (never below 0), or
       are_jours_restants_fin_mois where it is given for the month. The days of the month not
       paid because of the activity are not consumed: they postpone the end of the right.

    Modelling choices: the days in the cumul formula are divided by the full-rate AJ even when
    the degressive AJ is paid (as openfisca-france; UNVERIFIED: the text of the règlement's
    art. 31 on the AJ dividing the pay was not found); the regularised days are paid at the AJ
    of the month of the regularisation; an input of are_jours_restants or of days paid restarts
    only the days left (advances pending and the 60 % cap count keep running from the loop);
    the degressivity day count after an ARCE counts the days consumed by the ARCE. Formula from
    2019-11-01 (DECISIONS.md D16).

    Cost: the population (individu) keeps the state at the end of the last month walked (one
    state, not one per month; a clone of the simulation has its own population, hence its own
    state), so months computed in order cost one step each; a month computed out of order
    walks again from the start. Inputs are read as they are when the month is walked: once a
    month has been walked, the simulation refuses (with an error naming the variable and the
    period) to change a value for that month or an earlier one, or an ETERNITY value, through
    set_input or delete_arrays: the carried state and OpenFisca's cache would not see the
    change. Set every input before the first calculation, or build a new simulation.
    """

    def formula_2019_11_01(individu, period, parameters):
        mois = rang_mois(period)
        if not individu("are_droits_ouverts", period).any() and not _mois_connus(individu, mois):
            return numpy.zeros(individu.count, dtype=numpy.int64)
        # The state at the end of the previous month, when this population has just computed it:
        # months computed in order then cost one step each. The right (ETERNITY values, which
        # cannot change after a walk) is kept with it.
        precedent = getattr(individu, _DERNIER_ETAT, None)
        # Taken out while walking: a walk that fails leaves no half-updated state behind.
        setattr(individu, _DERNIER_ETAT, None)
        if precedent is not None and precedent[0] == mois - 1 and precedent[1].restants.size == individu.count:
            _, etat, droit = precedent
            debut = mois
        else:
            droit = _droit(individu, period, parameters)
            etat = Etat.initial(individu.count)
            debut = _depart(individu, mois, droit)
            if debut is None:
                return etat.restants
        for rang in range(debut, mois + 1):
            periode = period.offset(rang - mois, "month")
            etat = mois_suivant(droit, etat, rang, _Mois(individu, periode), _loi(parameters, periode))
        setattr(individu, _DERNIER_ETAT, (mois, etat, droit))
        _garder(individu, mois)
        return etat.restants
