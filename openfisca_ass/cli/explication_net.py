"""``explain`` lines for the net amounts: each deduction with its rate, base, threshold and text.

Kept apart from explication.py so that the net arithmetic has one home; explication.py calls
:func:`en_clair` for the variables named here and :func:`note_salaire_net` for every variable.
"""

from openfisca_ass.cli.tableaux import format_nombre

VARIABLES = ("are_net", "are_imposable", "revenu_disponible")

_TEXTE_PARTICIPATION = "règlement d'assurance chômage (art. 19 du règlement de 2024)"
_TEXTE_CSG = "CSS art. L136-8 (taux, seuil SMIC) et L136-1-2 (abattement)"
_TEXTE_CRDS = "ordonnance n° 96-50, art. 14 et 19"


def _pourcentage(taux: float) -> str:
    return f"{100 * taux:.4g} %"


def _euros(montant: float) -> str:
    return f"{format_nombre(montant)} €"


def _ligne_are_net(lu, loi) -> list:
    jours, allocation, sjr = (
        lu("are_jours_indemnisables"),
        lu("are_allocation_journaliere_versee"),
        lu("are_salaire_journalier_reference"),
    )
    montants = [lu(nom) for nom in ("are", "are_participation_retraite_complementaire", "are_csg", "are_crds")]
    taux_csg, taux_crds, seuil = (
        lu("csg_remplacement_taux"),
        lu("crds_remplacement_taux"),
        lu("csg_seuil_smic_journalier"),
    )
    if None in (jours, allocation, sjr, taux_csg, taux_crds, seuil, *montants) or not jours:
        return []
    brut, participation, csg, crds = montants
    taux_participation = loi.are.retenues.participation_retraite_complementaire
    minimum = loi.are.allocation_journaliere.minimum
    abattement = loi.prelevements_sociaux.csg_remplacement.abattement_frais
    participation_jour = participation / jours
    base = allocation - participation_jour
    assiette = base * (1 - abattement)
    return [
        f"En clair : {jours:.0f} jours payés × {_euros(allocation)} brut par jour = {_euros(brut)}.",
        f"   - Participation retraite complémentaire : {_pourcentage(taux_participation)} × SJR {_euros(sjr)}, "
        f"sans descendre sous l'allocation minimale ({_euros(minimum)} hors Mayotte) = "
        f"{_euros(participation_jour)} par jour ; × {jours:.0f} = {_euros(participation)} ({_TEXTE_PARTICIPATION}).",
        f"   - Assiette CSG/CRDS : ({_euros(allocation)} − {_euros(participation_jour)}) × "
        f"{_pourcentage(1 - abattement)} = {_euros(assiette)} par jour.",
        f"   - CSG : {_pourcentage(taux_csg)} × {_euros(assiette)}, sans laisser moins de {_euros(seuil)} par jour "
        f"(seuil SMIC journalier) = {_euros(csg / jours)} par jour ; × {jours:.0f} = {_euros(csg)} ({_TEXTE_CSG}).",
        f"   - CRDS : {_pourcentage(taux_crds)} × {_euros(assiette)}, même seuil = {_euros(crds / jours)} par jour ; "
        f"× {jours:.0f} = {_euros(crds)} ({_TEXTE_CRDS}).",
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
    sans_net = [
        nom
        for nom, valeurs in situation.get("individus", {}).items()
        if any(_donne(valeurs.get(cle)) for cle in ("salaire_brut", "salaire_imposable"))
        and not _donne(valeurs.get("salaire_net"))
    ]
    if not sans_net:
        return []
    return [
        f"Attention : salaire net non renseigné pour {', '.join(sans_net)} (salaire brut ou imposable donné) : "
        "il compte pour 0 dans le revenu disponible. Donnez salaire_net (le net du bulletin de paie)."
    ]


def _donne(valeur) -> bool:
    if isinstance(valeur, dict):
        return any(v not in (None, 0) for v in valeur.values())
    return valeur not in (None, 0)
