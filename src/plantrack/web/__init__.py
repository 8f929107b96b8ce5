"""The web app and JSON API: `create_app(workspace_or_db, config=...)`; see docs/web.md."""

from plantrack.web.app import create_app

__all__ = ["create_app"]
