"""The Qt user interface: thin adapters over ``desktop_app.core``."""

ORGANIZATION = "ContactBook"
APPLICATION = "contact-book"


def settings():
    """The QSettings of the app (tests point QSettings at a temporary directory)."""
    from PySide6.QtCore import QSettings

    return QSettings(ORGANIZATION, APPLICATION)
