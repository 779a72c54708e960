"""The routes: ``api`` (JSON under /api) and ``pages`` (the page, the docs page)."""
