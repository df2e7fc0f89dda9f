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


# The web API as users run it, shared by tests/web_api and tests/fuzz: a real gunicorn server on a
# loopback port (2 workers, as `make serve`), its log in a file that the tests read.
STARTUP_SECONDS = 90


@pytest.fixture(scope="session")
def serveur_gunicorn(tmp_path_factory):
    """(base URL, path of the server's log)."""
    import socket  # noqa: PLC0415 (only the web API tests need them)
    import subprocess  # noqa: PLC0415
    import sys  # noqa: PLC0415
    import time  # noqa: PLC0415
    import urllib.error  # noqa: PLC0415
    import urllib.request  # noqa: PLC0415

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    journal = tmp_path_factory.mktemp("gunicorn") / "gunicorn.log"
    commande = [sys.executable, "-m", "gunicorn", "--bind", f"127.0.0.1:{port}", "--workers", "2", "--timeout", "60"]
    with journal.open("w") as sortie:
        process = subprocess.Popen(
            [*commande, "openfisca_ass.web_api:create_app()"], stdout=subprocess.DEVNULL, stderr=sortie
        )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + STARTUP_SECONDS
    try:
        while True:
            try:
                with urllib.request.urlopen(base + "/spec", timeout=30) as reponse:
                    if reponse.status == 200:
                        break
            except (urllib.error.URLError, ConnectionError):
                pass
            if process.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"the server did not start: {journal.read_text()[-2000:]}")
            time.sleep(0.5)
        yield base, journal
    finally:
        process.terminate()
        process.wait(timeout=30)


@pytest.fixture(scope="session")
def server(serveur_gunicorn):
    """Base URL of the real gunicorn server."""
    return serveur_gunicorn[0]


@pytest.fixture(scope="session")
def server_log(serveur_gunicorn):
    """Path of the server's log (gunicorn's error log, where each 400 is one line)."""
    return serveur_gunicorn[1]


@pytest.fixture
def lancer(capsys):
    """Runs the command line's ``main([...])`` in-process: (exit code, stdout, stderr). Shared by
    tests/cli and tests/caf."""
    from openfisca_ass.cli import main  # noqa: PLC0415 (only the command-line tests need it)

    def executer(*arguments):
        code = main([str(a) for a in arguments])
        sortie = capsys.readouterr()
        return code, sortie.out, sortie.err

    return executer
