"""The explorer: a read-only HTTP API and web pages over an event store (`eventwire serve`)."""
from .app import VendorMissing, create_app

__all__ = ["VendorMissing", "create_app"]
