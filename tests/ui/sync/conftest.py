"""A real Radicale server for the window's sync tests (the same as tests/core/sync's)."""
import pytest

from tests.core.sync.conftest import start_radicale


@pytest.fixture(scope="session")
def radicale(tmp_path_factory):
    server = start_radicale(tmp_path_factory.mktemp("radicale-ui"))
    yield server
    server.stop()
