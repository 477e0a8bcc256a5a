"""Places: a city and region gazetteer that maps place names to countries."""

from .gazetteer import Gazetteer

__all__ = ["Gazetteer"]
