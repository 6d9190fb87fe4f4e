"""The PySide6 user interface: thin windows and models over resebok.core."""
