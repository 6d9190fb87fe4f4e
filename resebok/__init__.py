"""Resebok – log business trips, claim mileage allowance and cut own-car kilometres."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("resebok")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+source"

APP_NAME = "Resebok"
