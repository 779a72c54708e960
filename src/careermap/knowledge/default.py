"""The knowledge base a process uses when it is given none: the bundled one, or ``$CAREERMAP_KB``.

Loaded once per process, on first use; every layer that needs "the" knowledge base reads it here
(``careermap.default_knowledge`` is this function).
"""

from __future__ import annotations

from careermap.knowledge.loader import Knowledge, load

_DEFAULT: Knowledge | None = None


def default_knowledge() -> Knowledge:
    """The bundled (or ``$CAREERMAP_KB``) knowledge base, loaded once per process."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = load()
    return _DEFAULT
