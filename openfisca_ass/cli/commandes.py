"""The four commands. Each reads its arguments, prints to stdout, and raises UsageError on a problem."""

import sys

import numpy

from openfisca_ass.caf import commandes as caf
from openfisca_ass.cli import balayage, explication, graphiques
from openfisca_ass.cli.progression import Barre, afficher_barre
from openfisca_ass.cli.resultats import COLONNES, LIBELLES, PRESTATIONS, mois_par_mois, salaire_net_manquant
from openfisca_ass.cli.situation import (
    UsageError,
    calculer,
    familles,
    intervalle_mois,
    lire,
    mois_demandes,
    mois_valide,
    noms_personnes,
    simulation,
    systeme,
)
from openfisca_ass.cli.sorties import ecrire_csv, ecrire_json, format_demande, nombre
from openfisca_ass.cli.tableaux import tableau

# Long runs: a progress bar from this many months (simulate, compare) or sweep points.
SEUIL_MOIS = 24
SEUIL_POINTS = 200
# What the amounts are: gross, except the columns that say net and the disposable income.
_UNITE = "euros ; bruts sauf « nette(s) » et revenu disponible (après retenues et cotisations)"
# The columns compared by ``compare`` (when not all zero): gross and net side by side.
_COMPAREES = ("ass", "are", "arce", "ati", "revenu_total", "are_net", "allocations_nettes", "revenu_disponible")


def _avertir(situation, flux) -> None:
    for ligne in salaire_net_manquant(situation):
        print(ligne + "\n", file=flux)


# The turnover sweep drawn by ``compare --chart``.
BALAYAGE_COMPARE = ("micro_entreprise_chiffre_affaires", 0.0, 3000.0, 50.0)


def _mois(arguments, situation) -> list:
    if arguments.debut or arguments.fin:
        fichier = mois_demandes(situation) if not (arguments.debut and arguments.fin) else None
        return intervalle_mois(arguments.debut or fichier[0], arguments.fin or fichier[-1])
    return mois_demandes(situation)


def _dernier_mois(arguments, situation) -> str:
    if arguments.mois:
        return str(mois_valide(arguments.mois, "--period"))
    return mois_demandes(situation)[-1]


def _calcul_mensuel(arguments, situation, nom_reforme, titre, facteur=1):
    mois = _mois(arguments, situation)
    barre = Barre(len(mois) * facteur, titre, afficher_barre(arguments.progression, len(mois) * facteur, SEUIL_MOIS))
    simu = simulation(systeme(nom_reforme), situation, arguments.fichier)
    return mois, mois_par_mois(simu, mois, barre, arguments.fichier), barre


def simuler(arguments) -> None:
    if caf.demandee(arguments):
        return caf.simuler(arguments)
    situation = lire(arguments.fichier)
    mois, resultats, _ = _calcul_mensuel(arguments, situation, arguments.reform, "simulate")
    noms = noms_personnes(situation)
    par_personne = {
        personne: [{"mois": m, **{c.cle: float(resultats[m][c.cle][i]) for c in COLONNES}} for m in mois]
        for i, personne in enumerate(noms)
    }
    foyers = {}
    for famille, membres in familles(situation).items():
        indices = [noms.index(membre) for membre in membres]
        lignes = [
            {"mois": m, **{c.cle: float(resultats[m][c.cle][indices].sum()) for c in COLONNES if c.foyer}} for m in mois
        ]
        foyers[famille] = {"membres": membres, "mois": lignes}
    format_ = format_demande(arguments)
    if format_ == "json":
        ecrire_json(
            {
                "commande": "simulate",
                "fichier": arguments.fichier,
                "reforme": arguments.reform,
                "unite": _UNITE + " (jours pour are_jours_restants)",
                "colonnes": {c.cle: c.libelle for c in COLONNES},
                "individus": par_personne,
                "familles": foyers,
                "avertissements": salaire_net_manquant(situation),
            }
        )
        return
    if format_ == "csv":
        cles = [c.cle for c in COLONNES]
        lignes = [
            ["individu", nom, ligne["mois"], *(ligne[c] for c in cles)] for nom in noms for ligne in par_personne[nom]
        ]
        lignes += [
            ["famille", nom, ligne["mois"], *(ligne.get(c, "") for c in cles)]
            for nom, foyer in foyers.items()
            for ligne in foyer["mois"]
        ]
        ecrire_csv(["entite", "nom", "mois", *cles], lignes)
        _avertir(situation, sys.stderr)
        return
    sorties = []
    for personne in noms:
        colonnes = COLONNES
        entetes = ["Mois", *(c.libelle for c in colonnes)]
        lignes = [[ligne["mois"], *(ligne[c.cle] for c in colonnes)] for ligne in par_personne[personne]]
        sorties.append(f"{personne}\n{tableau(entetes, lignes)}")
    for famille, foyer in foyers.items():
        colonnes = [c for c in COLONNES if c.foyer]
        entetes = ["Mois", *(c.libelle for c in colonnes)]
        lignes = [[ligne["mois"], *(ligne[c.cle] for c in colonnes)] for ligne in foyer["mois"]]
        sorties.append(f"Foyer {famille} ({', '.join(foyer['membres'])})\n{tableau(entetes, lignes)}")
    reforme = f", réforme {arguments.reform}" if arguments.reform else ""
    print(f"{arguments.fichier} : {_UNITE}{reforme}\n")
    _avertir(situation, sys.stdout)
    print("\n\n".join(sorties))


def comparer(arguments) -> None:
    if caf.demandee(arguments):
        if arguments.chart:
            raise UsageError("--chart avec --caf : utilisez sweep --caf --chart")
        return caf.comparer(arguments)
    situation = lire(arguments.fichier)
    sortie = graphiques.verifier_sortie(arguments.chart) if arguments.chart else None
    systeme(arguments.reform)  # an unknown reform is reported before any computation
    mois, base, barre = _calcul_mensuel(arguments, situation, None, "compare", facteur=2)
    simu = simulation(systeme(arguments.reform), situation, arguments.fichier)
    reforme = mois_par_mois(simu, mois, barre, arguments.fichier)
    colonnes = [
        nom for nom in _COMPAREES if any((base[m][nom] != reforme[m][nom]).any() or base[m][nom].any() for m in mois)
    ]
    personnes = {}
    for indice, personne in enumerate(noms_personnes(situation)):
        lignes = []
        for m in mois:
            ligne = {"mois": m}
            for nom in colonnes:
                avant, apres = float(base[m][nom][indice]), float(reforme[m][nom][indice])
                ligne[nom] = {"actuel": avant, "reforme": apres, "ecart": round(apres - avant, 2)}
            lignes.append(ligne)
        ecarts = {
            cle: round(sum(float(reforme[m][cle][indice] - base[m][cle][indice]) for m in mois), 2)
            for cle in ("revenu_total", "revenu_disponible")
        }
        personnes[personne] = {
            "mois": lignes,
            "ecart_revenu_total": ecarts["revenu_total"],
            "ecart_revenu_disponible": ecarts["revenu_disponible"],
        }
    format_ = format_demande(arguments)
    if format_ == "json":
        ecrire_json(
            {
                "commande": "compare",
                "fichier": arguments.fichier,
                "reforme": arguments.reform,
                "unite": _UNITE,
                "colonnes": {nom: LIBELLES[nom] for nom in colonnes},
                "individus": personnes,
                "avertissements": salaire_net_manquant(situation),
            }
        )
    elif format_ == "csv":
        lignes = [
            [personne, ligne["mois"], nom, ligne[nom]["actuel"], ligne[nom]["reforme"], ligne[nom]["ecart"]]
            for personne, donnees in personnes.items()
            for ligne in donnees["mois"]
            for nom in colonnes
        ]
        ecrire_csv(["individu", "mois", "variable", "actuel", "reforme", "ecart"], lignes)
    else:
        entetes = ["Mois"]
        for nom in colonnes:
            entetes += [f"{LIBELLES[nom]} actuel", f"{LIBELLES[nom]} réforme", "écart"]
        print(f"{arguments.fichier} : droit actuel et réforme {arguments.reform}, {_UNITE}\n")
        _avertir(situation, sys.stdout)
        blocs = []
        for personne, donnees in personnes.items():
            lignes = [
                [ligne["mois"], *(v for nom in colonnes for v in ligne[nom].values())] for ligne in donnees["mois"]
            ]
            blocs.append(
                f"{personne}\n{tableau(entetes, lignes)}\n"
                f"Écart de revenu total sur {mois[0]} – {mois[-1]} : {donnees['ecart_revenu_total']:+.2f} € ; "
                f"de revenu disponible : {donnees['ecart_revenu_disponible']:+.2f} €"
            )
        print("\n\n".join(blocs))
    if sortie is not None:
        traces = (*PRESTATIONS, "revenu_total", "revenu_disponible")
        foyer_base = {nom: numpy.array([base[m][nom].sum() for m in mois]) for nom in traces}
        foyer_reforme = {nom: numpy.array([reforme[m][nom].sum() for m in mois]) for nom in foyer_base}
        variable, debut, fin, pas = BALAYAGE_COMPARE
        definition = balayage.Balayage(
            variable, balayage.valeurs_axe(debut, fin, pas), mois[-1], noms_personnes(situation)[0]
        )
        courbes = [balayage.balayer(systeme(nom), situation, definition) for nom in (None, arguments.reform)]
        graphique = graphiques.Graphique(
            sortie,
            f"{arguments.fichier} : droit actuel et réforme {arguments.reform}",
            arguments.reform,
            systeme().variables[variable].label,
        )
        graphiques.courbe_mois(graphique, mois, foyer_base, foyer_reforme, (definition, *courbes))
        print(f"\nGraphique écrit : {sortie}", file=sys.stderr if format_ != "texte" else sys.stdout)


def balayer(arguments) -> None:
    if caf.demandee(arguments):
        return caf.balayer(arguments, balayage.valeurs_axe(arguments.debut, arguments.fin, arguments.pas))
    situation = lire(arguments.fichier)
    sortie = graphiques.verifier_sortie(arguments.chart) if arguments.chart else None
    mois = _dernier_mois(arguments, situation)
    personne = arguments.personne or noms_personnes(situation)[0]
    if arguments.mois_avant < 0:
        raise UsageError("--months-before doit être positif ou nul")
    x = balayage.valeurs_axe(arguments.debut, arguments.fin, arguments.pas)
    noms = [None, arguments.reform] if arguments.reform else [None]
    for nom in noms:
        systeme(nom)
    barre = Barre(
        balayage.ETAPES * len(noms),
        f"sweep ({len(x)} points)",
        afficher_barre(arguments.progression, len(x), SEUIL_POINTS),
    )
    definition = balayage.Balayage(arguments.variable, x, mois, personne, arguments.mois_avant)
    resultats = [balayage.balayer(systeme(nom), situation, definition, barre) for nom in noms]
    portee = f" et les {arguments.mois_avant} mois précédents" if arguments.mois_avant else ""
    colonnes = balayage.COLONNES_AFFICHEES
    reforme_colonnes = ("ass", "are", "revenu_total", "revenu_disponible")
    ruptures = [
        {"scenario": nom or "droit_actuel", "libelle": libelle, "valeur": round(position, 2)}
        for resultat, nom in zip(resultats, noms, strict=True)
        for position, libelle in resultat.falaises
    ]
    lignes = []
    for i, valeur in enumerate(x):
        ligne = [float(valeur), *(float(resultats[0].foyer[n][i]) for n in colonnes)]
        if arguments.reform:
            ligne += [float(resultats[1].foyer[n][i]) for n in reforme_colonnes]
        lignes.append(ligne)
    cles = [arguments.variable, *colonnes, *(f"{n}:{arguments.reform}" for n in reforme_colonnes if arguments.reform)]
    format_ = format_demande(arguments)
    if format_ == "json":
        ecrire_json(
            {
                "commande": "sweep",
                "fichier": arguments.fichier,
                "variable": arguments.variable,
                "personne": personne,
                "mois": mois,
                "mois_avant": arguments.mois_avant,
                "reforme": arguments.reform,
                "unite": _UNITE + ", du foyer",
                "colonnes": {n: LIBELLES[n] for n in colonnes},
                "points": [dict(zip(cles, map(nombre, ligne), strict=True)) for ligne in lignes],
                "ruptures": ruptures,
                "avertissements": salaire_net_manquant(situation),
            }
        )
    elif format_ == "csv":
        ecrire_csv(cles, lignes)
    else:
        print(
            f"{arguments.fichier} : {arguments.variable} de {personne} en {mois}{portee}, de {x[0]:g} à {x[-1]:g} "
            f"par {arguments.pas:g} ({len(x)} points, une simulation à axes) ; montants du foyer en {mois}, "
            f"en {_UNITE}\n"
        )
        _avertir(situation, sys.stdout)
        entetes = [arguments.variable, *(LIBELLES[n] for n in colonnes)]
        entetes += [f"{LIBELLES[n]} réforme" for n in reforme_colonnes if arguments.reform]
        print(tableau(entetes, lignes))
        for resultat, nom in zip(resultats, noms, strict=True):
            if resultat.falaises:
                print(f"\nRuptures ({'réforme ' + nom if nom else 'droit actuel'}) :")
                for position, libelle in resultat.falaises:
                    print(f"  {libelle} : {arguments.variable} = {position:.2f}")
    if sortie is not None:
        graphique = graphiques.Graphique(
            sortie,
            f"{arguments.fichier} : {personne}, {mois}{portee}",
            arguments.reform or "",
            systeme().variables[arguments.variable].label,
        )
        graphiques.courbe_balayage(graphique, definition, *resultats)
        print(f"\nGraphique écrit : {sortie}", file=sys.stderr if format_ != "texte" else sys.stdout)


def expliquer(arguments) -> None:
    situation = lire(arguments.fichier)
    mois = _dernier_mois(arguments, situation)
    systeme_ = systeme(arguments.reform)
    if arguments.variable not in systeme_.variables:
        raise UsageError(f"--variable : variable inconnue '{arguments.variable}'")
    definition = systeme_.variables[arguments.variable]
    # A monthly variable is explained for the month; one defined for ever (the duration of a
    # right, a date) is computed once, and explained as the month's simulation computed it.
    if definition.definition_period not in {"month", "eternity"}:
        raise UsageError(f"--variable {arguments.variable} : variable non mensuelle ({definition.definition_period})")
    personnes = noms_personnes(situation)
    personne = arguments.personne or personnes[0]
    if personne not in personnes:
        raise UsageError(f"--person : personne inconnue '{personne}' (personnes : {', '.join(personnes)})")
    simu = simulation(systeme_, situation, arguments.fichier, trace=True)
    valeurs = calculer(simu, arguments.variable, mois, arguments.fichier)
    indice = personnes.index(personne)
    valeur = explication._pour_personne(simu, arguments.variable, valeurs, indice)
    cible = (personne, arguments.variable, mois)
    if arguments.json:
        ecrire_json(explication.en_json(simu, situation, cible, valeur))
    else:
        print(explication.expliquer(simu, situation, cible, valeur))
