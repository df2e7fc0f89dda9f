"""The openfisca-core version the patches were written for and tested on."""

import importlib.metadata
import warnings

VERSION_TESTEE = "46.0.1"


class CoreNonTesteWarning(UserWarning):
    """openfisca-core is not the version the patches were tested on."""


def verifier_version(version: str | None = None) -> str:
    """Refuse another major version of core, warn on another 46.x; return the version found."""
    version = version or importlib.metadata.version("openfisca-core")
    if version.split(".", 1)[0] != VERSION_TESTEE.split(".", 1)[0]:
        raise ImportError(
            f"openfisca-ass patches openfisca-core {VERSION_TESTEE} (openfisca_ass/correctifs_core); "
            f"openfisca-core {version} is installed. Install openfisca-core {VERSION_TESTEE}."
        )
    if version != VERSION_TESTEE:
        warnings.warn(
            f"openfisca-ass patches openfisca-core {VERSION_TESTEE} and was not tested on {version}: run "
            "`pytest tests/correctifs_core` — a canary that fails means core fixed that bug and the patch "
            "must go; a patch that no longer applies must be revised.",
            CoreNonTesteWarning,
            stacklevel=2,
        )
    return version
