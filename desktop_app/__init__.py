"""Contact Book: an offline lead book built around the naming tag and periodic follow-up."""

__version__ = "0.1.0"
APP_NAME = "Contact Book"
APP_ID = "contact-book"
