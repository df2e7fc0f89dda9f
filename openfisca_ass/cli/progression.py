"""A progress bar on stderr for long runs, hand-written: a dozen lines do not justify a dependency.

Shown when the run is long (``seuil`` steps or more) and stderr is a terminal, or when forced
with ``--progress``; written only to stderr, so the table on stdout stays clean for a pipe, and a
log file or a CI run never fills with carriage returns.
"""

import sys

_LARGEUR = 30


class Barre:
    def __init__(self, total: int, titre: str, afficher: bool, flux=None):
        self.total, self.titre, self.afficher = max(total, 1), titre, afficher
        self.flux = flux or sys.stderr
        self.fait = 0

    def avancer(self, pas: int = 1) -> None:
        self.fait = min(self.fait + pas, self.total)
        if self.afficher:
            plein = round(_LARGEUR * self.fait / self.total)
            barre = "#" * plein + "-" * (_LARGEUR - plein)
            self.flux.write(f"\r{self.titre} [{barre}] {self.fait}/{self.total}")
            if self.fait == self.total:
                self.flux.write("\n")
            self.flux.flush()


def afficher_barre(option: bool | None, pas: int, seuil: int, flux=None) -> bool:
    """``--progress`` forces the bar, ``--no-progress`` hides it; otherwise shown from ``seuil`` steps on a terminal."""
    if option is not None:
        return option
    flux = flux or sys.stderr
    return pas >= seuil and hasattr(flux, "isatty") and flux.isatty()
