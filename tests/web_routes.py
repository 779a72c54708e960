"""Every address of the web app with its methods, read from the app itself, so a test that covers
"every endpoint" covers a route added tomorrow without being touched."""

from __future__ import annotations

from typing import Any


def app_routes(app: Any) -> list[tuple[str, frozenset[str]]]:
    """``(path, methods)`` for each route, looking inside included routers (newer FastAPI wraps an
    included router in an object holding the original one and the prefix it was included with)."""
    found: list[tuple[str, frozenset[str]]] = []

    def walk(routes: Any, prefix: str) -> None:
        for route in routes:
            inner = getattr(route, "original_router", None)
            if inner is not None:
                walk(inner.routes, prefix + getattr(route.include_context, "prefix", ""))
            elif getattr(route, "methods", None):
                found.append((prefix + route.path, frozenset(route.methods)))

    walk(app.routes, "")
    return sorted(found)
