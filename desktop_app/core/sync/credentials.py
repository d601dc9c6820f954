"""The sync password: in the OS keyring (``keyring``) when there is one, else never stored:
the CLI reads ``$CONTACT_BOOK_SYNC_PASSWORD`` or ``--password-stdin`` each time, the window
asks and keeps it in memory. The password never goes into the database, a log or a message."""
from __future__ import annotations

import os

ENV_VAR = "CONTACT_BOOK_SYNC_PASSWORD"
SERVICE = "contact-book-sync"


def _key(url: str, user: str) -> str:
    return f"{user}@{url}"


def _keyring():
    try:
        import keyring
        from keyring.backends import fail, null
    except ImportError:
        return None
    backend = keyring.get_keyring()
    if isinstance(backend, (fail.Keyring, null.Keyring)):
        return None
    return keyring


def has_keyring() -> bool:
    """Whether this computer has a keyring to keep the password in."""
    return _keyring() is not None


def store(url: str, user: str, password: str) -> bool:
    """Keep the password in the keyring; False when there is none (it is then not kept)."""
    kr = _keyring()
    if kr is None:
        return False
    from keyring.errors import KeyringError

    try:
        kr.set_password(SERVICE, _key(url, user), password)
    except (KeyringError, OSError, RuntimeError):  # a locked or absent Secret Service
        return False
    return True


def lookup(url: str, user: str) -> str:
    """``$CONTACT_BOOK_SYNC_PASSWORD``, else the keyring's, else "" (no password)."""
    if os.environ.get(ENV_VAR):
        return os.environ[ENV_VAR]
    kr = _keyring()
    if kr is None:
        return ""
    from keyring.errors import KeyringError

    try:
        return kr.get_password(SERVICE, _key(url, user)) or ""
    except (KeyringError, OSError, RuntimeError):
        return ""
