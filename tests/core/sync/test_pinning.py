"""A self-signed server (a NAS) over https: refused with its fingerprint until the user pins
exactly that certificate; then it syncs; a different certificate later is refused."""
import datetime as dt
import uuid

import pytest

from desktop_app.core.contacts import records
from desktop_app.core.sync import account
from desktop_app.core.sync.dav import CertificateNotTrusted, SyncError, server_fingerprint

from .conftest import NOW, TODAY, device, free_port, start_radicale


def _self_signed(folder, name):
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
    cert = (x509.CertificateBuilder().subject_name(subject).issuer_name(subject)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(dt.datetime(2020, 1, 1, tzinfo=dt.timezone.utc))
            .not_valid_after(dt.datetime(2099, 1, 1, tzinfo=dt.timezone.utc))
            .add_extension(x509.SubjectAlternativeName([x509.DNSName("localhost")]), False)
            .sign(key, hashes.SHA256()))
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "cert.pem").write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    (folder / "key.pem").write_bytes(key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption()))
    return folder / "cert.pem", folder / "key.pem"


def _tls_radicale(folder, port, name):
    cert, key = _self_signed(folder / "tls", name)
    return start_radicale(folder, port=port, tls=(cert, key))


@pytest.fixture
def nas(tmp_path):
    port = free_port()
    server = _tls_radicale(tmp_path / "nas", port, "nas")
    yield server, port
    server.stop()


def test_a_self_signed_server_is_pinned_then_syncs_and_another_cert_is_refused(nas, tmp_path):
    server, port = nas
    url = f"https://localhost:{port}/"
    user = "u" + uuid.uuid4().hex[:8]
    with device(tmp_path / "a.sqlite3"):
        with pytest.raises(CertificateNotTrusted) as refused:
            account.connect(url, user, "")
        fingerprint = refused.value.fingerprint
        assert fingerprint == server_fingerprint(url) and len(fingerprint) == 95
        assert account.load() is None  # nothing saved
        account.connect(url, user, "", pin=fingerprint)
        records.create({"name": "叶辉"}, now=NOW)
        from tests.core.sync.conftest import run_sync

        assert run_sync().created_there == 1
    server.stop()
    other = _tls_radicale(tmp_path / "nas", port, "impostor")  # same address, new certificate
    try:
        with device(tmp_path / "a.sqlite3"):
            from desktop_app.core.sync import run

            report = run.sync(account.load(), account.client(account.load()), today=TODAY)
            assert report.outcome == "failed" and "not the one you confirmed" in report.problem
            with pytest.raises(SyncError, match="not the one you confirmed"):
                account.connect(url, user, "", pin=fingerprint)
    finally:
        other.stop()
