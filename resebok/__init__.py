"""Resebok – log business trips, claim mileage allowance and cut own-car kilometres."""

# The one place the version is written: pyproject.toml reads it from here (tool.hatch.version),
# and reading it costs nothing at start-up, unlike importlib.metadata (~20 ms of imports).
__version__ = "0.1.0"

APP_NAME = "Resebok"
