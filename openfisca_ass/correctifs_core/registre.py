"""The record of the patches: which function of openfisca-core each one replaced, and by what.

Each patch is installed by ``remplacer``, which keeps core's own function object. The canary tests
(tests/correctifs_core/) run core's function through ``sans_correctifs`` to show that the bug is
still there: once upstream fixes it, the canary fails and the patch can go.
"""

import contextlib
import dataclasses


@dataclasses.dataclass(frozen=True)
class Correctif:
    cible: object  # the class or module patched
    nom: str  # the attribute replaced
    originale: object  # core's function object
    remplacante: object  # ours
    type_: type | None = None  # for a singledispatch function: the type registered (nom is then a label)


CORRECTIFS: list[Correctif] = []
_ORIGINALES: dict[tuple[int, str], object] = {}


def remplacer(cible, nom: str, remplacante) -> None:
    """Replace ``cible.nom`` (a function of core) by ``remplacante``, once.

    ``remplacante`` calls the function it replaces as ``remplacante.__wrapped__`` (set here). Two
    patches of one function stack: the second wraps the first. Identity checks, not names:
    installing a function that is already installed does nothing.
    """
    actuelle = vars(cible)[nom]  # KeyError: core no longer defines it, the patch must be revised
    if any(correctif.remplacante is remplacante for correctif in CORRECTIFS):
        return
    remplacante.__wrapped__ = actuelle
    CORRECTIFS.append(Correctif(cible, nom, actuelle, remplacante))
    _ORIGINALES.setdefault((id(cible), nom), actuelle)
    setattr(cible, nom, remplacante)


def enregistrer_pour_type(generique, type_: type, implementation) -> None:
    """Register ``implementation`` for ``type_`` on core's singledispatch function ``generique``, once.

    ``implementation`` calls what ``generique`` dispatched ``type_`` to as ``implementation.__wrapped__``.
    """
    if any(correctif.remplacante is implementation for correctif in CORRECTIFS):
        return
    actuelle = generique.dispatch(type_)
    implementation.__wrapped__ = actuelle
    nom = f"dispatch({type_.__name__})"
    CORRECTIFS.append(Correctif(generique, nom, actuelle, implementation, type_))
    _ORIGINALES.setdefault((id(generique), nom), actuelle)
    generique.register(type_, implementation)


def installee(correctif: Correctif):
    """The function core calls now for what ``correctif`` patched."""
    if correctif.type_ is not None:
        return correctif.cible.dispatch(correctif.type_)
    return vars(correctif.cible)[correctif.nom]


def _installer(correctif: Correctif, fonction) -> None:
    if correctif.type_ is not None:
        correctif.cible.register(correctif.type_, fonction)
    else:
        setattr(correctif.cible, correctif.nom, fonction)


def originale(cible, nom: str):
    """Core's own function that the first patch of ``cible.nom`` replaced."""
    return _ORIGINALES[id(cible), nom]


@contextlib.contextmanager
def sans_correctifs():
    """Core as released, for the canary tests: every patch removed, then put back."""
    for correctif in reversed(CORRECTIFS):
        _installer(correctif, correctif.originale)
    try:
        yield
    finally:
        for correctif in CORRECTIFS:
            _installer(correctif, correctif.remplacante)
