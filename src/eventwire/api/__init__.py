"""The HTTP API: ``create_app(settings, store)`` returns the ASGI app (JSON API + dashboard)."""

from .app import create_app

__all__ = ["create_app"]
