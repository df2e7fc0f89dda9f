"""``explain``: why a variable has its value, in plain French, from OpenFisca's tracer.

The tracer records every variable computed (name, period, value for every person) and every
parameter read (path, date, value). This module keeps the values of the person asked, then writes:
the rule (label, first paragraph of the documentation, references), the law's parameters used
with the legal text in force on the date read (the parameter's ``reference`` metadata), the
situation's inputs, and the intermediate results.
"""

import datetime
import textwrap

import numpy
from openfisca_core import periods

from openfisca_ass import references
from openfisca_ass.calendrier import date_renseignee, decaler_mois, rang_mois
from openfisca_ass.cli import explication_net
from openfisca_ass.mecanique_are import MEMOIRE_AVANCE_BLOQUEE, valeurs_retenues

_LARGEUR = 100
_PERIODES_AFFICHEES = 4


def nom_reference(url: str) -> str:
    """The title of a reference URL of ``openfisca_ass.references`` ("Code du travail, art. R5423-1")."""
    return references.titre(url)


def _valeur(valeur) -> str:
    if isinstance(valeur, numpy.generic):
        valeur = valeur.item()
    if isinstance(valeur, bool):
        return "oui" if valeur else "non"
    if isinstance(valeur, float):
        return f"{valeur:.2f}" if abs(valeur) >= 0.01 or valeur == 0 else f"{valeur:.4g}"
    if hasattr(valeur, "name"):
        return valeur.name
    return str(valeur)


def _valeur_loi(valeur) -> str:
    """A parameter's value as the law writes it: not rounded to the cent (0.404, 0.7, 19.33)."""
    if isinstance(valeur, numpy.generic):
        valeur = valeur.item()
    if isinstance(valeur, float):
        return format(valeur, ".6g")
    return _valeur(valeur)


def _pour_personne(simu, variable: str, tableau, indice: int):
    entite = simu.tax_benefit_system.variables[variable].entity
    if tableau is None or numpy.ndim(tableau) == 0:
        return tableau
    if entite.is_person:
        position = indice
    else:
        position = simu.populations[entite.key].members_entity_id[indice]
    valeur = tableau[position]
    variable_ = simu.tax_benefit_system.variables[variable]
    if variable_.value_type.__name__ == "Enum" or hasattr(variable_, "possible_values") and variable_.possible_values:
        possibles = variable_.possible_values
        if possibles is not None and isinstance(valeur, numpy.integer | int):
            return list(possibles)[int(valeur)]
    return valeur


def _parametre(systeme_, chemin: str):
    noeud = systeme_.parameters
    for morceau in chemin.split("."):
        noeud = getattr(noeud, morceau, None)
        if noeud is None:
            return None
    return noeud


def _reference_a_la_date(metadata: dict, date: datetime.date) -> list:
    """The references of the latest date on or before ``date`` (the text in force then)."""
    reference = (metadata or {}).get("reference")
    if isinstance(reference, dict):
        dates = sorted((datetime.date.fromisoformat(str(cle)), liste) for cle, liste in reference.items())
        avant = [liste for jour, liste in dates if jour <= date]
        choisies = avant[-1] if avant else dates[0][1]
        return choisies if isinstance(choisies, list) else [choisies]
    if isinstance(reference, list):
        return reference
    return [reference] if reference else []


def _noeuds(arbre):
    """Breadth first: the variables the result depends on directly come first."""
    file = [arbre]
    while file:
        noeud = file.pop(0)
        yield noeud
        file.extend(noeud.children)


def _regle(definition, variable: str) -> list:
    lignes = ["1. Règle appliquée", f"   {definition.label} (variable {variable})."]
    documentation = (definition.documentation or "").strip().split("\n\n")[0]
    if documentation:
        texte = "Note de modélisation : " + " ".join(documentation.split())
        lignes += textwrap.wrap(texte, _LARGEUR, initial_indent="   ", subsequent_indent="   ")
    refs = definition.reference if isinstance(definition.reference, list) else [definition.reference]
    for url in filter(None, refs):
        nom = nom_reference(url)
        lignes.append(f"   - {nom + ' : ' if nom else ''}{url}")
    return lignes


def _source(reference) -> str:
    if isinstance(reference, dict):
        return f"{reference.get('title', '')} — {reference.get('href', '')}"
    return str(reference)


def _dates(dates: list) -> str:
    if len(dates) == 1:
        return f"au {dates[0]}"
    return f"du {min(dates)} au {max(dates)} ({len(dates)} dates lues)"


def _parametres(systeme_, racine) -> list:
    """Each parameter read below the variable, one line per (path, value), its text in force."""
    groupes = {}
    for noeud in _noeuds(racine):
        for acces in noeud.parameters:
            valeur = acces.value
            if isinstance(valeur, numpy.ndarray):
                valeur = valeur.flat[0] if valeur.size == 1 else valeur
            texte = str(valeur.tolist()) if isinstance(valeur, numpy.ndarray) else _valeur_loi(valeur)
            metadata = getattr(_parametre(systeme_, acces.name), "metadata", {}) or {}
            date = datetime.date.fromisoformat(str(acces.period))
            sources = tuple(_source(reference) for reference in _reference_a_la_date(metadata, date))
            groupes.setdefault((acces.name, texte, sources), set()).add(str(acces.period))
    lignes = ["2. Valeurs de la loi utilisées (paramètres, avec le texte en vigueur à la date lue)"]
    if not groupes:
        lignes.append("   aucune")
    for (nom, valeur, sources), dates in groupes.items():
        parametre = _parametre(systeme_, nom)
        metadata = getattr(parametre, "metadata", {}) or {}
        libelle = metadata.get("label") or getattr(parametre, "description", None) or nom
        lignes.append(f"   - {libelle} ({nom}) : {valeur} {_dates(sorted(dates))}")
        lignes += [f"       source : {source}" for source in sources]
    return lignes


def _variables(simu, situation: dict, racine, indice: int) -> list:
    systeme_ = simu.tax_benefit_system
    par_variable = {}
    for noeud in _noeuds(racine):
        if noeud is racine or noeud.name not in systeme_.variables:
            continue
        valeur = _pour_personne(simu, noeud.name, noeud.value, indice)
        par_variable.setdefault(noeud.name, {})[str(noeud.period)] = valeur
    saisies, defaut, intermediaires = [], [], []
    for nom, valeurs in par_variable.items():
        if _est_saisie(situation, nom):
            saisies.append(f"   - {systeme_.variables[nom].label} ({nom}) : {_periodes(valeurs)}")
        elif not systeme_.variables[nom].formulas:
            defaut.append(nom)
        else:
            intermediaires.append(f"   - {systeme_.variables[nom].label} ({nom}) : {_periodes(valeurs)}")
    lignes = ["3. Données de la situation utilisées", *(saisies or ["   aucune"])]
    if defaut:
        texte = "Non renseignées, valeur par défaut (0, non, aucune date) : " + ", ".join(defaut)
        lignes += textwrap.wrap(texte, _LARGEUR, initial_indent="   ", subsequent_indent="     ")
    lignes += ["", "4. Calculs intermédiaires (d'abord ceux dont le résultat dépend directement)", *intermediaires]
    return lignes, par_variable


# The inputs of a suspension (are_jours_suspendus, ass_jours_suspendus) as explain names them.
_MOTIFS_SUSPENSION = {
    "jours_indemnites_journalieres": "indemnités journalières",
    "jours_residence_etranger": "résidence à l'étranger",
    "jours_formation_remuneree": "formation rémunérée",
    "jours_ajpp": "AJPP",
    "jours_allocation_fin_de_vie": "allocation de fin de vie",
    "jours_prepare_taux_plein": "PreParE à taux plein",
}


def _motifs_suspension(lu) -> str:
    """The reasons given for the month, with their days ("indemnités journalières : 10 jours")."""
    motifs = [f"{texte} : {lu(nom):.0f} jours" for nom, texte in _MOTIFS_SUSPENSION.items() if lu(nom)]
    return ", ".join(motifs)


def _bords_are(simu, indice: int, mois: str) -> list:
    """The edges of the ARE right that applied in the month (issue 15), one line each: computed
    here, not read from the trace, since some (the recovered advance, the kept business) are not
    steps of ``are``'s own formula."""

    def valeur(nom, periode=mois):
        return simu.calculate(nom, periode)[indice]

    lignes = []
    if valeur("are_droit_recharge"):
        lignes.append(
            "   Droit rechargé à l'épuisement du premier droit : AJ, plafond et durée du droit rechargé "
            "(règlement d'assurance chômage, art. 28)."
        )
    reduction = float(valeur("are_reduction_avantage_vieillesse"))
    if reduction:
        lignes.append(
            f"   Pension de retraite : AJ diminuée de {reduction:.2f} € par jour, sans descendre sous "
            "l'allocation minimale (règlement d'assurance chômage, art. 18)."
        )
    revenu_micro = float(valeur("micro_entreprise_revenu"))
    if revenu_micro and valeur("are_activite_non_salariee_conservee", "ETERNITY"):
        lignes.append(
            "   Activité conservée d'avant la perte d'emploi : le chiffre d'affaires n'est pas déduit (cumul intégral)."
        )
    elif revenu_micro and not valeur("micro_entreprise_chiffre_affaires_justifie"):
        lignes.append(_ligne_avance(simu, indice, mois))
    return lignes + _lignes_recuperation(valeur)


def _ligne_avance(simu, indice: int, mois: str) -> str:
    """An unjustified turnover: paid as an advance, or not at all while an earlier one is to recover."""
    simu.calculate("are_jours_restants_fin_mois", mois)  # the walk up to the month keeps the refusals
    rang = rang_mois(periods.period(mois))
    if valeurs_retenues(simu.populations["individu"], MEMOIRE_AVANCE_BLOQUEE, rang, bool)[indice]:
        return (
            "   Chiffre d'affaires non justifié avant le paiement, et une avance d'un mois antérieur reste à "
            "récupérer : aucune nouvelle avance, les jours du mois restent dus jusqu'à la justification "
            "(règlement d'assurance chômage, art. 32 bis § 2 1°)."
        )
    return (
        "   Chiffre d'affaires non justifié avant le paiement : jours versés à titre d'avance "
        "(0,8 × les jours), le reste à sa justification (règlement d'assurance chômage, art. 32 bis)."
    )


def _lignes_recuperation(valeur) -> list:
    """The days of an unjustified advance recovered from the month's payment, if any."""
    recuperes = int(valeur("are_jours_avance_recuperes"))
    if not recuperes:
        return []
    return [
        f"   Avance non justifiée dans le délai : {recuperes} jours récupérés sur ce paiement, dus de "
        "nouveau et versés lorsque le chiffre d'affaires sera justifié (art. 32 bis § 2 1°)."
    ]


def _ati_en_clair(simu, indice: int, mois: str, resultat) -> list:
    """The ATI of the month and the edge of the R5424-73 deadline that applied (D25): counted from
    the day before the registration or from the first day of the month of the claim, or taken as
    met without a claim date; the months run from the end of the activity (CPC 641)."""

    def valeur(nom, periode="ETERNITY"):
        return simu.calculate(nom, periode)[indice]

    jours, montant = int(valeur("ati_jours_indemnisables", mois)), float(valeur("ati_montant_journalier"))
    lignes = [f"En clair : {jours} jours indemnisés × {montant:.2f} € par jour = {_valeur(resultat)} €."]
    fin, inscription = valeur("ati_date_fait_generateur"), valeur("ati_date_inscription")
    delai = simu.tax_benefit_system.parameters.ati.conditions.delai_fin_activite_inscription_mois(str(fin))
    if not (date_renseignee(fin) and date_renseignee(inscription)) or delai is None:
        return lignes
    reference = valeur("ati_date_reference_delai_fin_activite")
    if not date_renseignee(reference):
        lignes.append(
            "   Délai de R5424-73 : inscrite le jour de la fin d'activité ou avant, sans date de demande "
            "d'ATI : délai tenu pour respecté (demande supposée faite à temps)."
        )
        return lignes
    origine = "la veille de l'inscription" if inscription > fin else "le premier jour du mois de la demande"
    expiration = decaler_mois(numpy.array([fin]), delai)[0]
    if valeur("ati_delai_inscription_respecte"):
        lignes.append(
            f"   Délai de R5424-73 respecté : {origine} ({reference}) est antérieur au {expiration}, "
            f"terme des {delai} mois courant depuis la fin d'activité ({fin})."
        )
    else:
        lignes.append(
            f"   Délai de R5424-73 dépassé : {origine} ({reference}) n'est pas antérieur au {expiration}, "
            f"terme des {delai} mois courant depuis la fin d'activité ({fin}) : pas d'ATI."
        )
    return lignes


def _en_clair(variable: str, valeurs: dict, mois: str, resultat, parametres) -> list:
    """The arithmetic of the two main amounts, from the intermediate results of the month."""

    def lu(nom):
        valeur = valeurs.get(nom, {}).get(mois)
        return None if valeur is None else float(valeur)

    if variable == "ass":
        taux, plafond, ressources = (
            lu("ass_montant_journalier"),
            lu("ass_plafond_ressources"),
            lu("ass_ressources_mensuelles"),
        )
        if None in (taux, plafond, ressources):
            return []
        if not lu("ass_eligibilite_individu"):
            return ["En clair : les conditions personnelles de l'ASS ne sont pas remplies ce mois-ci : 0 €."]
        suspendus = lu("ass_jours_suspendus") or 0
        lignes_suspension = (
            [f"   Suspension : {suspendus:.0f} jours non payés ({_motifs_suspension(lu)})."] if suspendus else []
        )
        rang = lu("ass_rang_mois_activite") or 0
        # The divisor of the reduced rate, the parameter the ass formula reads (traced there).
        jours = parametres.ass.montant.nombre_jours_mois_reference
        lignes = [
            f"En clair : taux journalier plein {taux:.2f} € ; plafond {plafond:.2f} € ; ressources mensuelles "
            f"{ressources:.2f} €.",
            f"   Taux versé = min({taux:.2f}, ({plafond:.2f} − {ressources:.2f}) ÷ {jours:g}) = "
            f"{min(taux, max(plafond - ressources, 0) / jours):.4f} € par jour, × jours du mois.",
        ]
        lignes += lignes_suspension
        forclos = lu("ass_jours_forclos") or 0
        if forclos:
            lignes.append(
                f"   Demande de paiement tardive : {forclos:.0f} jours non payés, leur délai de demande étant "
                "expiré à la date de la demande (R5423-12)."
            )
        if rang:
            lignes.append(
                f"   Mois d'activité n° {rang:.0f} pour le cumul (ASS versée pendant les premiers mois seulement)."
            )
        lignes.append(f"   ASS du mois = {_valeur(resultat)} € (rien sous un taux journalier : R5423-13).")
        return lignes
    if variable == "are":
        jours, allocation = lu("are_jours_indemnisables"), lu("are_allocation_journaliere")
        if None in (jours, allocation):
            return []
        lignes = [f"En clair : {jours:.0f} jours payés × {allocation:.2f} € par jour = {_valeur(resultat)} €."]
        suspendus = lu("are_jours_suspendus") or 0
        if suspendus:
            lignes.append(
                f"   Suspension : {suspendus:.0f} jours non payés et non consommés ({_motifs_suspension(lu)}) : "
                "la fin du droit est reportée d'autant (règlement d'assurance chômage, art. 25-26)."
            )
        return lignes
    return []


def expliquer(simu, situation: dict, cible: tuple, valeur) -> str:
    """``cible`` = (person, variable, month)."""
    personne, variable, mois = cible
    systeme_ = simu.tax_benefit_system
    indice = list(situation["individus"]).index(personne)
    racine = _racine(simu, variable, mois)
    definition = systeme_.variables[variable]
    unite = " €" if (definition.unit or "").startswith("currency") else ""
    variables, valeurs = _variables(simu, situation, racine, indice)
    if variable in explication_net.VARIABLES:
        clair = explication_net.en_clair(variable, valeurs, mois, systeme_.parameters(mois), valeur)
    else:
        clair = _en_clair(variable, valeurs, mois, valeur, systeme_.parameters(mois))
        if variable == "are" and clair:
            clair += _bords_are(simu, indice, mois)
        if variable == "ati":
            clair = _ati_en_clair(simu, indice, mois, valeur)
    clair += explication_net.note_salaire_net(situation, variable)
    return "\n".join(
        [
            f"Pourquoi « {definition.label} » vaut {_valeur(valeur)}{unite} pour {personne} en {mois} ?",
            *([""] + clair if clair else []),
            "",
            *_regle(definition, variable),
            "",
            *_parametres(systeme_, racine),
            "",
            *variables,
            "",
            f"Résultat : {variable} = {_valeur(valeur)}{unite} ({mois}, {personne}).",
        ]
    )


def _est_saisie(situation, nom) -> bool:
    for cle in ("individus", "familles"):
        for valeurs in situation.get(cle, {}).values():
            valeur = valeurs.get(nom)
            if isinstance(valeur, dict) and any(v is not None for v in valeur.values()):
                return True
            if valeur is not None and not isinstance(valeur, dict):
                return True
    return False


def _periodes(valeurs: dict) -> str:
    periodes = sorted(valeurs)
    if len(periodes) <= _PERIODES_AFFICHEES:
        return ", ".join(f"{p} = {_valeur(valeurs[p])}" for p in periodes)
    differentes = {_valeur(valeurs[p]) for p in periodes}
    if len(differentes) == 1:
        return f"{len(periodes)} périodes de {periodes[0]} à {periodes[-1]}, toutes = {differentes.pop()}"
    debut = ", ".join(f"{p} = {_valeur(valeurs[p])}" for p in periodes[:3])
    fin = f"{periodes[-1]} = {_valeur(valeurs[periodes[-1]])}"
    return f"{len(periodes)} périodes de {periodes[0]} à {periodes[-1]} : {debut}, … {fin}"


def _racine(simu, variable: str, mois: str):
    """The tracer's tree of the variable explained: for the month, or for ever."""
    return next(a for a in simu.tracer.trees if a.name == variable and str(a.period) in {mois, "ETERNITY"})


def _json(valeur):
    """A traced value as JSON: numbers, booleans, category names, dates as text, arrays as lists."""
    if isinstance(valeur, numpy.ndarray):
        return [_json(v) for v in valeur.tolist()] if valeur.size > 1 else _json(valeur.flat[0])
    if isinstance(valeur, numpy.generic):
        valeur = valeur.item()
    if isinstance(valeur, float):
        return round(valeur, 6)
    if hasattr(valeur, "name"):
        return valeur.name
    if isinstance(valeur, datetime.date):
        return valeur.isoformat()
    return valeur


def en_json(simu, situation: dict, cible: tuple, valeur) -> dict:
    """``explain --json``: the value, every parameter read (path, date, value) and every variable used."""
    personne, variable, mois = cible
    systeme_ = simu.tax_benefit_system
    indice = list(situation["individus"]).index(personne)
    racine = _racine(simu, variable, mois)
    parametres = {}
    for noeud in _noeuds(racine):
        for acces in noeud.parameters:
            parametres.setdefault(acces.name, {})[str(acces.period)] = _json(acces.value)
    _, par_variable = _variables(simu, situation, racine, indice)
    definition = systeme_.variables[variable]
    return {
        "commande": "explain",
        "variable": variable,
        "libelle": definition.label,
        "personne": personne,
        "mois": mois,
        "valeur": _json(valeur),
        "unite": definition.unit,
        "parametres": parametres,
        "variables": {nom: {p: _json(v) for p, v in valeurs.items()} for nom, valeurs in par_variable.items()},
        "explication": expliquer(simu, situation, cible, valeur),
    }
