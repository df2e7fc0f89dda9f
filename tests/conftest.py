"""Makes plain ``pytest`` run the YAML tests, exactly once.

``openfisca test`` registers its own plugin that collects the YAML files; plain ``pytest`` does
not. This conftest registers the same plugin only when no such plugin is registered yet, so that
both commands run every YAML test once and only once.
"""

import pytest
from openfisca_core.tools.test_runner import OpenFiscaPlugin

from openfisca_ass import CountryTaxBenefitSystem


@pytest.fixture(scope="session")
def tax_benefit_system():
    return _tax_benefit_system()


_SYSTEM = []


def _tax_benefit_system():
    if not _SYSTEM:
        _SYSTEM.append(CountryTaxBenefitSystem())
    return _SYSTEM[0]


def pytest_configure(config):
    registered = [plugin for plugin in config.pluginmanager.get_plugins() if isinstance(plugin, OpenFiscaPlugin)]
    if not registered:
        config.pluginmanager.register(OpenFiscaPlugin(_tax_benefit_system(), {}), "openfisca-yaml-tests")
