"""The web front: a FastAPI app (REST API + page) over the same core the CLI calls.

``fastapi`` is imported here and nowhere else in careermap; ``careermap serve`` runs
:func:`create_app` with uvicorn.
"""

from careermap.web.app import create_app

__all__ = ["create_app"]
