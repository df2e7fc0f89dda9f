"""The CAF benefits (RSA, prime d'activité, housing aid) from a real openfisca-france server.

``tableau_caf(situation, mois)`` returns the household month by month; ``serveur`` finds or starts
openfisca-france; ``correspondance`` maps our amounts to its inputs.
"""

from openfisca_ass.caf.serveur import OpenfiscaFranceError, url_openfisca_france
from openfisca_ass.caf.tableau import COLONNES, tableau_caf, tableaux_caf

__all__ = ["COLONNES", "OpenfiscaFranceError", "tableau_caf", "tableaux_caf", "url_openfisca_france"]
