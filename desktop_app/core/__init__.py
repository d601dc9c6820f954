"""The domain layer: plain Python over SQLite. No PySide6 import anywhere in this package."""
