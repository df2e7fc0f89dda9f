import functools

import numpy
from openfisca_core import periods

from openfisca_ass import references
from openfisca_ass.calendrier import MOIS_PAR_AN, date_renseignee, jour_dans_mois, rang_mois, rang_mois_dates
from openfisca_ass.correctifs_core.entrees_partielles import periodes_connues, valeurs_connues
from openfisca_ass.entities import Individu
from openfisca_ass.mecanique_are import (
    JAMAIS,
    MEMOIRE_AVANCE_BLOQUEE,
    MEMOIRE_AVANCE_RECUPEREE,
    MEMOIRE_RECHARGE,
    Droit,
    Etat,
    Loi,
    mois_suivant,
    rang_decheance,
    rang_ouverture,
    retenir,
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
        """Given (for everybody, or (mask, values) for some persons only) or computed, or None."""
        return valeurs_connues(self.individu.simulation.get_holder(variable), self.periode)


def _droit(individu, period, parameters):
    """What the walk reads once: the right opened by the contract history and the business."""
    ouverts = individu("are_droits_ouverts", period)
    debut = individu("are_date_debut_indemnisation", period)
    duree = individu("are_duree_droits", period).astype(numpy.int64)
    creation = individu("micro_entreprise_date_creation", period)
    # The délai de déchéance of the law in force at the opening (read through parameters: traced).
    delai_annees, _ = ParametresAuxDates(individu, parameters, debut)("are.duree.delai_decheance_annees")
    delai_decheance = delai_annees.astype(numpy.int64) * MOIS_PAR_AN
    # A recharge at the exhaustion (art. 28), read only when someone has one.
    rechargement_ouvert = individu("are_rechargement_droits_ouverts", period)
    if rechargement_ouvert.any():
        rechargement = {
            "rechargement_ouvert": rechargement_ouvert,
            "rechargement_duree": individu("are_rechargement_duree_droits", period).astype(numpy.int64),
        }
    else:
        rechargement = {}
    return Droit(
        duree=duree,
        jour_degressivite=individu("are_degressivite_jour_application", period),
        rang_ouverture=rang_ouverture(ouverts, debut),
        jour_ouverture=jour_dans_mois(debut) + 1,
        rang_decheance=rang_decheance(ouverts, debut, duree, delai_decheance),
        rang_creation=numpy.where(date_renseignee(creation), rang_mois_dates(creation), JAMAIS),
        conservee=individu("are_activite_non_salariee_conservee", period),
        arce_eligible=individu("arce_eligible_creation", period),
        arce_taux=individu("arce_taux", period),
        part_plafond=individu("are_part_reliquat_plafond_non_salarie", period),
        **rechargement,
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
        jours_calendaires=periode.size_in_days,
        taux_remuneration_deduite=p.are.cumul.taux_remuneration_deduite,
        coefficient_plafond_salaire_reference=p.are.cumul.coefficient_plafond_salaire_reference,
        coefficient_avance_non_salarie=p.are.cumul.coefficient_avance_non_salarie,
        delai_justification_avance_mois=int(p.are.cumul.delai_justification_avance_mois),
        nombre_versements_arce=p.arce.nombre_versements,
        delai_second_versement_arce=int(p.arce.delai_second_versement_mois),
        delai_decheance_mois=int(p.are.duree.delai_decheance_annees) * MOIS_PAR_AN,
    )


def _mois_connus(individu, mois):
    """Months up to ``mois`` where days left are known for somebody (an all-zero month starts nothing)."""
    holder = individu.simulation.get_holder("are_jours_restants")
    rangs = []
    for connu in periodes_connues(holder):
        if rang_mois(connu) <= mois:
            masque, valeurs = valeurs_connues(holder, connu)
            if (masque * (valeurs != 0)).any():
                rangs.append(rang_mois(connu))
    return rangs


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
    if droit.rechargement_ouvert is not None:
        # A recharged right may outlive the délai de déchéance of the first one.
        vivants = vivants + (droit.rang_ouverture <= mois) * droit.rechargement_ouvert
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
    L'état reporté du droit à l'ARE. Conception : une boucle en avant bornée dans cette seule
    formule, et non une récursion OpenFisca sur les mois précédents (environ 15 niveaux de pile
    par mois). Elle avance mois par mois à partir du premier mois nécessaire — le premier mois
    indemnisable d'un droit ouvert à partir de l'historique des contrats
    (are_date_debut_indemnisation) non déchu au mois calculé, ou le premier mois où
    are_jours_restants est connu (donné en entrée, ou déjà calculé) — jusqu'au mois calculé. Rien
    n'est reporté d'avant 2019-11 (le premier mois de la formule). Les règles d'un mois sont dans
    openfisca_ass.mecanique_are (fonctions pures sur des tableaux, partagées avec are,
    are_jours_restants, are_allocation_journaliere et arce_jours_imputes, avec leurs propres
    tests unitaires) ; les valeurs de la loi de chaque mois sont lues par les paramètres de la
    formule. Chaque mois :

    1. Début du mois : la durée du droit (are_duree_droits) le premier mois, les jours restants à
       la fin du mois précédent ensuite, 0 une fois le délai de déchéance (durée + 3 ans à
       partir du premier jour indemnisable) écoulé ; are_jours_restants lorsqu'il est connu pour
       le mois (une entrée l'emporte toujours).
    1 bis. Rechargement (règlement d'assurance chômage, art. 28) : au début du mois qui suit celui
       où le droit s'est épuisé (des jours restants à son début, aucun à sa fin), une personne
       dont le rechargement est ouvert (are_rechargement_droits_ouverts) reçoit les jours du droit
       rechargé (are_rechargement_duree_droits), indemnisés dès lors à son AJ propre
       (are_rechargement_allocation_journaliere, sans dégressivité) sous le plafond de son propre
       SJR ; son délai de déchéance court à partir de ce mois (durée en mois de 30 jours + 3 ans).
       Un seul rechargement par personne (DECISIONS.md D21).
    2. AJ du mois : are_allocation_journaliere lorsqu'elle est connue (versée pour chaque jour du
       mois), sinon l'AJ dégressive dès que les jours déjà indemnisés (durée − jours restants)
       atteignent le jour de la dégressivité moins un, l'AJ pleine avant ; lorsque le jour de la
       dégressivité tombe dans le mois, les jours indemnisés à partir de ce jour le sont à l'AJ
       dégressive (règlement d'assurance chômage, art. 17 bis : à partir du 183e jour), les
       jours antérieurs à l'AJ pleine.
    3. ARCE (DECISIONS.md D13, D14) : le mois de création d'un créateur éligible ayant des jours
       restants qui a quitté la liste des demandeurs d'emploi (demandeur_emploi faux ce mois-là),
       ARCE brute = taux × jours restants × AJ ; chaque versement effectué consomme des jours :
       jours restants = (jours restants à la création × AJ − ARCE brute versée) ÷ AJ, arrondi au
       jour le plus proche. Aucune ARE n'est versée tant que l'activité dure après une ARCE ; le
       reliquat est versé après son arrêt.
    4. Jours indemnisés (règlement d'assurance chômage, art. 30 à 32 bis ; DECISIONS.md D8 à
       D12) : jours du mois (30 à partir du 2025-04-01, jours calendaires avant ; à partir du
       premier jour indemnisable le premier mois ; moins les jours de suspension,
       are_jours_suspendus : indemnités journalières de maladie ou de maternité, résidence à
       l'étranger, AJPP, allocation de fin de vie, PreParE à taux plein — règlement d'assurance
       chômage, art. 25-26 —, au moins 0, et aucun lorsque tous les jours calendaires sont
       suspendus ; 0 sans inscription, demandeur_emploi) moins
       0,70 × rémunération d'activité ÷ AJ, soit (jours × AJ − 0,70 × rémunération) ÷ AJ,
       arrondi au jour le plus proche (les demis à l'unité supérieure), entre 0 et les jours du
       mois. L'AJ diviseur est l'AJ pleine ; une AJ donnée pour le mois
       (are_allocation_journaliere, lorsqu'elle diffère de l'AJ calculée) divise à sa place, et
       c'est l'AJ versée. La rémunération d'activité est le salaire brut plus les revenus de
       micro-entreprise après abattement (non comptés pour une entreprise conservée d'avant la
       perte d'emploi) ; lorsque rémunération + ARE des jours (à l'AJ pleine et dégressive comme
       à l'étape 2) dépasse SJR × 30,42, les jours sont ramenés au plus grand nombre entier sous
       le plafond. Tant que le chiffre d'affaires du mois n'est pas justifié, 0,8 × les jours
       (arrondi) sont versés à titre d'avance et le reste est versé le mois suivant dont le
       chiffre d'affaires est justifié ; une avance encore non justifiée au paiement du mois
       suivant (are.cumul.delai_justification_avance_mois) est récupérée sur ce paiement et, s'il
       ne suffit pas, sur les suivants (are_jours_avance_recuperes), ses jours redevenant dus, et
       aucune nouvelle avance n'est versée tant qu'une avance antérieure reste à récupérer
       (art. 32 bis § 2 1° ; DECISIONS.md D26). Pour une entreprise créée après la perte d'emploi, les
       jours indemnisés pendant qu'elle dure sont plafonnés à la part des jours restants à la
       création (60 % pour une création à partir du 2025-04-01), comptée à partir du premier
       mois depuis la création où il reste des jours (le mois de création, ou le premier mois
       d'un droit ouvert ou donné après elle). Les jours indemnisés donnés pour le mois
       (are_jours_indemnisables) remplacent les jours calculés.
    5. Jours restants à la fin du mois = jours restants − jours indemnisés (jamais moins de 0),
       ou are_jours_restants_fin_mois lorsqu'il est donné pour le mois. Les jours du mois non
       indemnisés du fait de l'activité ou d'une suspension ne sont pas consommés : ils
       reportent la fin du droit.

    Choix de modélisation : dans la formule du cumul, les jours sont divisés par l'AJ à taux
    plein même lorsque l'AJ dégressive est versée (comme openfisca-france ; NON VÉRIFIÉ : le
    texte de l'art. 31 du règlement sur l'AJ qui divise la rémunération n'a pas été trouvé) ;
    les jours régularisés sont versés à l'AJ du mois de la régularisation ; une entrée de
    are_jours_restants ou de jours indemnisés ne relance que les jours restants (les avances en
    attente et le décompte du plafond de 60 % continuent à partir de la boucle) ; le décompte du
    jour de la dégressivité après une ARCE compte les jours consommés par l'ARCE. Formule à
    partir du 2019-11-01 (DECISIONS.md D16).

    Coût : la population (individu) conserve l'état à la fin du dernier mois parcouru (un seul
    état, pas un par mois ; un clone de la simulation a sa propre population, donc son propre
    état) : des mois calculés dans l'ordre coûtent une étape chacun ; un mois calculé dans le
    désordre reparcourt depuis le début. Les entrées sont lues telles qu'elles sont lorsque le
    mois est parcouru : une fois un mois parcouru, la simulation refuse (avec une erreur nommant
    la variable et la période) de modifier une valeur de ce mois ou d'un mois antérieur, ou une
    valeur ETERNITY, par set_input ou delete_arrays : l'état reporté et le cache d'OpenFisca ne
    verraient pas la modification. Donnez toutes les entrées avant le premier calcul, ou
    construisez une nouvelle simulation.
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
            if droit.rechargement_ouvert is not None:
                retenir(individu, MEMOIRE_RECHARGE, rang, etat.recharge)
            for nom, valeurs in ((MEMOIRE_AVANCE_RECUPEREE, etat.recuperes), (MEMOIRE_AVANCE_BLOQUEE, etat.bloquee)):
                if valeurs.any():
                    retenir(individu, nom, rang, valeurs)
        setattr(individu, _DERNIER_ETAT, (mois, etat, droit))
        _garder(individu, mois)
        return etat.restants
