"""The web explorer and JSON API over an event store (``newsevents serve``).

``create_app(db_path)`` builds the Starlette application; ``serve(db_path, host, port)`` runs it under
uvicorn. Modules: ``app`` (application, security headers, errors), ``api`` (JSON endpoints, OpenAPI),
``pages`` (HTML pages), ``params`` (query parameters declared once), ``data`` (read-only SQL), ``svg``
(chart, map and network geometry drawn by the templates).
"""

from __future__ import annotations

from newsevents.web.app import create_app, serve

__all__ = ["create_app", "serve"]
