"""``python -m openfisca_ass.cli``: the same as the ``openfisca-ass`` command."""

import sys

from openfisca_ass.cli import main

sys.exit(main())
