"""``python -m openfisca_ass.population``: an alias of ``openfisca-ass population`` (same options)."""

import sys

from openfisca_ass.cli import main

sys.exit(main(["population", *sys.argv[1:]]))
