"""What the commands print and draw: benefits, activity income, contributions, total income.

Total income of a person for a month = activity income (``salaire_brut`` +
``micro_entreprise_chiffre_affaires``) − micro-entrepreneur contributions
(``micro_entreprise_cotisations_sociales``) + ASS + ARE + ARCE + ATI. Gross amounts: the CSG, the
CRDS and income tax are not modelled.
"""

import numpy

from openfisca_ass.cli.situation import calculer

PRESTATIONS = ("ass", "are", "arce", "ati")
COLONNES = (
    ("ass", "ASS"),
    ("are", "ARE"),
    ("arce", "ARCE"),
    ("ati", "ATI"),
    ("revenus_activite", "Revenus d'activité"),
    ("cotisations", "Cotisations micro"),
    ("revenu_total", "Revenu total"),
    ("are_jours_restants", "Jours ARE restants"),
)
LIBELLES = dict(COLONNES)


def mois_par_mois(simu, mois: list, barre=None, chemin: str = "") -> dict:
    """{month: {column: array over the persons}}, months computed in order (the ARE walk goes forward)."""
    resultats = {}
    for un_mois in mois:
        valeurs = {nom: calculer(simu, nom, un_mois, chemin).astype(numpy.float64) for nom in PRESTATIONS}
        activite = calculer(simu, "salaire_brut", un_mois, chemin) + calculer(
            simu, "micro_entreprise_chiffre_affaires", un_mois, chemin
        )
        valeurs["revenus_activite"] = activite.astype(numpy.float64)
        valeurs["cotisations"] = calculer(simu, "micro_entreprise_cotisations_sociales", un_mois, chemin).astype(
            numpy.float64
        )
        valeurs["revenu_total"] = (
            valeurs["revenus_activite"] - valeurs["cotisations"] + sum(valeurs[nom] for nom in PRESTATIONS)
        )
        valeurs["are_jours_restants"] = calculer(simu, "are_jours_restants", un_mois, chemin).astype(numpy.float64)
        resultats[un_mois] = {nom: numpy.round(tableau, 2) for nom, tableau in valeurs.items()}
        if barre is not None:
            barre.avancer()
    return resultats
