"""Sync with the phone: File › Sync… (the account, Sync now, the report) and the 15-minute timer."""
