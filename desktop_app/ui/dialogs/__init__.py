"""Dialogs: small editors opened from the window and its views."""
