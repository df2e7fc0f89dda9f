"""The household month by month: our benefits, the CAF's (from openfisca-france), the total.

``tableau_caf(situation, mois)`` computes our model over the months asked and the months before
them that the CAF benefits look back on, sends our amounts to openfisca-france (see
``correspondance``), and returns one row per family and month asked.
"""

import copy
from functools import cache

import numpy
from openfisca_core import periods
from openfisca_core.simulation_builder import SimulationBuilder

from openfisca_ass import CountryTaxBenefitSystem
from openfisca_ass.caf import correspondance, serveur

# Months sent before the first month asked. The RSA and the prime d'activité average the three
# previous months (four in the departments of the 2024 experiment, which shift them by one); the
# housing aid counts the twelve months ending two months before (M-13 to M-2, CCH R822-4 as
# applied by openfisca-france since 2021).
MOIS_ANTERIEURS = 13
# The parent role and its sub-roles (core gives a parent the sub-role it was declared with).
ROLES_PARENT = ("parent", "demandeur", "conjoint")
# Joins a situation's key to its families' and persons' names in a request of several situations.
SEPARATEUR = "|"
# Our benefits shown next to the CAF's.
PRESTATIONS = ("ass", "are", "arce", "ati")
COLONNES = (
    ("ass", "ASS"),
    ("are", "ARE"),
    ("arce", "ARCE"),
    ("ati", "ATI"),
    ("revenus_activite", "Revenus d'activité"),
    ("revenu_avant_caf", "Revenu avant CAF"),
    ("rsa", "RSA"),
    ("ppa", "Prime d'activité"),
    ("aide_logement", "Aide au logement"),
    ("revenu_total", "Revenu total"),
)


@cache
def systeme_par_defaut():
    return CountryTaxBenefitSystem()


def mois_avec_anteriorite(mois_demandes: list) -> list:
    """The months asked and the MOIS_ANTERIEURS months before the first, in order."""
    premier = periods.period(mois_demandes[0])
    dernier = periods.period(mois_demandes[-1])
    courant, liste = premier.offset(-MOIS_ANTERIEURS), []
    while courant.start <= dernier.start:
        liste.append(str(courant))
        courant = courant.offset(1)
    return liste


def _composition(simu) -> list:
    """[(family, parents, children)], each person as (name, index, birth date)."""
    individus = simu.populations["individu"]
    familles = simu.populations["famille"]
    naissances = simu.calculate("date_naissance", periods.period("ETERNITY"))
    composition = []
    for indice_famille, nom_famille in enumerate(familles.ids):
        parents, enfants = [], []
        for indice, nom in enumerate(individus.ids):
            if familles.members_entity_id[indice] != indice_famille:
                continue
            personne = (str(nom), indice, str(naissances[indice]))
            role = familles.members_role[indice].key
            (parents if role in ROLES_PARENT else enfants).append(personne)
        composition.append((str(nom_famille), parents, enfants))
    return composition


def _valeurs(simu, variable: str, mois: str):
    valeurs = simu.calculate(variable, mois)
    if hasattr(valeurs, "decode_to_str"):
        return valeurs.decode_to_str()
    return numpy.asarray(valeurs, dtype=numpy.float64)


def montants_du_modele(simu, systeme, mois_envoyes: list) -> tuple:
    """Our amounts by person and month, and the housing of each family, months in order."""
    noms = [*correspondance.MONTANTS, *correspondance.ETATS]
    noms += [nom for nom in correspondance.MONTANTS_NETS if nom in systeme.variables]
    if "salaire_net" in systeme.variables:
        noms.append("salaire_imposable")
    montants = {nom: {} for nom in noms}
    logement = {nom: {} for nom in correspondance.LOGEMENT}
    for mois in mois_envoyes:  # in order: the ARE walk goes forward
        for nom in noms:
            montants[nom][mois] = _valeurs(simu, nom, mois)
        for nom in correspondance.LOGEMENT:
            logement[nom][mois] = _valeurs(simu, nom, mois)
    return montants, logement


def _revenu_avant_caf(simu, systeme, montants: dict, composition: list, mois: str) -> tuple:
    """Per family: ``revenu_disponible`` when the model has it, else the gross total of the members."""
    if "revenu_disponible" in systeme.variables:
        return _valeurs(simu, "revenu_disponible", mois), "revenu_disponible"
    par_personne = (
        montants["salaire_brut"][mois]
        + montants["micro_entreprise_chiffre_affaires"][mois]
        - montants["micro_entreprise_cotisations_sociales"][mois]
        + sum(montants[nom][mois] for nom in PRESTATIONS)
    )
    totaux = [sum(par_personne[i] for _, i, _ in (*parents, *enfants)) for _, parents, enfants in composition]
    return numpy.asarray(totaux), "brut"


def _notre_modele(situation: dict, mois_demandes: list, mois_envoyes: list, systeme, prefixe: str) -> tuple:
    """Our model over the months sent: (composition, amounts, housing, income before CAF by month)."""
    simu = SimulationBuilder().build_from_entities(systeme, copy.deepcopy(situation))
    composition = _composition(simu)
    montants, logement = montants_du_modele(simu, systeme, mois_envoyes)
    avant_caf = {mois: _revenu_avant_caf(simu, systeme, montants, composition, mois) for mois in mois_demandes}
    renommee = [
        (
            prefixe + nom,
            [(prefixe + p, i, n) for p, i, n in parents],
            [(prefixe + e, i, n) for e, i, n in enfants],
        )
        for nom, parents, enfants in composition
    ]
    return renommee, montants, logement, avant_caf


def _lignes(modele: tuple, caf: dict, mois_demandes: list, prefixe: str) -> list:
    composition, montants, _, avant_caf = modele
    lignes = []
    for mois in mois_demandes:
        revenu_avant_caf, base = avant_caf[mois]
        for indice_famille, (nom, parents, enfants) in enumerate(composition):
            membres = [i for _, i, _ in (*parents, *enfants)]
            ligne = {"famille": nom[len(prefixe) :], "mois": mois}
            ligne["membres"] = [personne[len(prefixe) :] for personne, _, _ in (*parents, *enfants)]
            for prestation in PRESTATIONS:
                ligne[prestation] = round(float(montants[prestation][mois][membres].sum()), 2)
            activite = montants["salaire_brut"][mois] + montants["micro_entreprise_chiffre_affaires"][mois]
            ligne["revenus_activite"] = round(float(activite[membres].sum()), 2)
            ligne["revenu_avant_caf"] = round(float(revenu_avant_caf[indice_famille]), 2)
            ligne["base_revenu"] = base
            for prestation in correspondance.PRESTATIONS_CAF:
                ligne[prestation] = caf[nom][prestation][mois]
            ligne["revenu_total"] = round(
                ligne["revenu_avant_caf"] + sum(ligne[p] for p in correspondance.PRESTATIONS_CAF), 2
            )
            lignes.append(ligne)
    return lignes


def tableaux_caf(situations: dict, mois: list, url: str | None = None, systeme=None) -> dict:
    """``tableau_caf`` of several situations {key: situation}, with one openfisca-france request.

    Our model runs on each situation apart; their families go to openfisca-france together (named
    ``key|family``, persons ``key|person``), which computes them as one vector.
    """
    systeme = systeme or systeme_par_defaut()
    mois_demandes = sorted(mois)
    mois_envoyes = mois_avec_anteriorite(mois_demandes)
    modeles = {
        cle: _notre_modele(situation, mois_demandes, mois_envoyes, systeme, f"{cle}{SEPARATEUR}")
        for cle, situation in situations.items()
    }
    envoi = {"individus": {}, "familles": {}, "foyers_fiscaux": {}, "menages": {}}
    for composition, montants, logement, _ in modeles.values():
        partie = correspondance.situation_france(composition, montants, logement, mois_envoyes, mois_demandes)
        for pluriel, membres in partie.items():
            envoi[pluriel].update(membres)
    reponse = serveur.calculer(serveur.url_openfisca_france(url), envoi)
    resultat = {}
    for cle, modele in modeles.items():
        caf = correspondance.lire_prestations(reponse, modele[0], mois_demandes)
        resultat[cle] = _lignes(modele, caf, mois_demandes, f"{cle}{SEPARATEUR}")
    return resultat


def tableau_caf(situation: dict, mois: list, url: str | None = None, systeme=None) -> list:
    """One row per family and month asked: our benefits, the CAF's, the total.

    Each row is a dict: ``famille``, ``mois``, ``membres`` (the persons' names), ``ass``, ``are``, ``arce``, ``ati``,
    ``revenus_activite`` (gross pay and turnover), ``revenu_avant_caf`` (``revenu_disponible``
    when the model has it, else gross income after micro contributions, as ``base_revenu`` says),
    ``rsa``, ``ppa``, ``aide_logement`` (openfisca-france) and ``revenu_total`` (the sum).
    Raises ``OpenfiscaFranceError`` when openfisca-france cannot answer: no CAF benefit is
    ever shown as zero when it was not computed. ``pandas.DataFrame(tableau_caf(...))`` for a
    notebook.
    """
    return tableaux_caf({"": situation}, mois, url, systeme)[""]
