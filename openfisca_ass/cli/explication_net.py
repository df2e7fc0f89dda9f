"""``explain`` lines for the net amounts: each deduction with its rate, base, threshold and text.

Kept apart from explication.py so that the net arithmetic has one home; explication.py calls
:func:`en_clair` for the variables named here and :func:`note_salaire_net` for every variable.
"""

from openfisca_ass.cli.resultats import salaire_net_manquant
from openfisca_ass.cli.tableaux import format_nombre
from openfisca_ass.retenues_sociales import csg_crds_journalieres, participation_retraite_journaliere

VARIABLES = ("are_net", "are_imposable", "revenu_disponible")

_TEXTE_PARTICIPATION = "règlement d'assurance chômage (art. 19 du règlement de 2024)"
_TEXTE_CSG = "CSS art. L136-8 (taux, seuil SMIC) et L136-1-2 (abattement)"
_TEXTE_CRDS = "ordonnance n° 96-50, art. 14 et 19"


def _pourcentage(taux: float) -> str:
    return f"{100 * taux:.4g} %"


def _euros(montant: float) -> str:
    return f"{format_nombre(montant)} €"


def _ligne_are_net(lu, loi) -> list:
    noms = ("are_jours_indemnisables", "are_allocation_journaliere_versee", "are_salaire_journalier_reference")
    noms += ("are", "are_participation_retraite_complementaire", "are_csg", "are_crds")
    noms += ("csg_remplacement_taux", "crds_remplacement_taux", "csg_seuil_smic_journalier")
    valeurs = [lu(nom) for nom in noms]
    if None in valeurs or not valeurs[0]:
        return []
    jours, allocation, sjr, brut, participation, csg, crds, taux_csg, taux_crds, seuil = valeurs
    degressifs = lu("are_jours_indemnisables_degressifs") or 0
    minimum = loi.are.allocation_journaliere.minimum
    taux_participation = loi.are.retenues.participation_retraite_complementaire
    abattement = loi.prelevements_sociaux.csg_remplacement.abattement_frais
    # the daily amounts of the days at are_allocation_journaliere_versee (all of them in most months)
    participation_jour = float(participation_retraite_journaliere(allocation, sjr, taux_participation, minimum))
    csg_jour, crds_jour, assiette = (
        float(valeur)
        for valeur in csg_crds_journalieres(allocation - participation_jour, taux_csg, taux_crds, abattement, seuil)
    )
    jours_au_taux = jours - degressifs
    lignes = [f"En clair : {jours:.0f} jours payés, {_euros(brut)} brut."]
    if degressifs:
        lignes.append(
            f"   La dégressivité commence ce mois-ci : {jours_au_taux:.0f} jours à {_euros(allocation)}, "
            f"{degressifs:.0f} jours à l'allocation dégressive ; chaque jour porte les retenues de sa propre "
            "allocation (montants par jour ci-dessous : ceux des premiers jours ; totaux : tout le mois)."
        )
    return [
        *lignes,
        f"   - Participation retraite complémentaire : {_pourcentage(taux_participation)} × SJR {_euros(sjr)}, "
        f"sans descendre sous l'allocation minimale ({_euros(minimum)} hors Mayotte) = "
        f"{_euros(participation_jour)} par jour ; total du mois {_euros(participation)} ({_TEXTE_PARTICIPATION}).",
        f"   - Assiette CSG/CRDS : ({_euros(allocation)} − {_euros(participation_jour)}) × "
        f"{_pourcentage(1 - abattement)} = {_euros(assiette)} par jour.",
        f"   - CSG : {_pourcentage(taux_csg)} × {_euros(assiette)}, sans laisser moins de {_euros(seuil)} par jour "
        f"(seuil SMIC journalier) = {_euros(csg_jour)} par jour ; total du mois {_euros(csg)} ({_TEXTE_CSG}).",
        f"   - CRDS : {_pourcentage(taux_crds)} × {_euros(assiette)}, même seuil = {_euros(crds_jour)} par jour ; "
        f"total du mois {_euros(crds)} ({_TEXTE_CRDS}).",
        f"   ARE nette = {_euros(brut)} − {_euros(participation)} − {_euros(csg)} − {_euros(crds)} = "
        f"{_euros(brut - participation - csg - crds)}.",
    ]


def en_clair(variable: str, valeurs: dict, mois: str, loi, resultat) -> list:
    """The arithmetic of ``variable`` from the traced values of ``mois`` and ``loi`` (the month's parameters)."""

    def lu(nom):
        valeur = valeurs.get(nom, {}).get(mois)
        return None if valeur is None else float(valeur)

    if variable == "are_net":
        return _ligne_are_net(lu, loi)
    if variable == "are_imposable":
        brut, participation = lu("are"), lu("are_participation_retraite_complementaire")
        if None in (brut, participation):
            return []
        deductible = brut - participation - float(resultat)
        return [
            f"En clair : ARE imposable = brut {_euros(brut)} − participation retraite {_euros(participation)} − "
            f"CSG déductible {_euros(deductible)} (3,8 points de l'assiette, CGI art. 154 quinquies) = "
            f"{_euros(float(resultat))}."
        ]
    if variable == "revenu_disponible":
        return [
            "En clair : revenu disponible = somme, pour les membres du foyer, de l'ARE, l'ASS, l'ATI et l'ARCE "
            "nettes, du salaire net (donnée saisie), du revenu micro-entrepreneur après prélèvements et du revenu "
            f"d'auteur après cotisations = {_euros(float(resultat))}. Ni impôt sur le revenu, ni prestations de la "
            "CAF (RSA, prime d'activité, aides au logement)."
        ]
    return []


def note_salaire_net(situation: dict, variable: str) -> list:
    """A warning when a pay is given without its net: the net pay is an input, never invented."""
    if variable not in ("revenu_disponible", "salaire_net"):
        return []
    return salaire_net_manquant(situation)
