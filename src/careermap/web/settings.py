"""What one web server is started with: declared once, each with its default and a help line."""

from __future__ import annotations

from dataclasses import dataclass

from careermap.ingest.source import DEFAULT_MAX_BYTES


@dataclass(frozen=True, slots=True)
class WebSettings:
    max_upload_bytes: int = DEFAULT_MAX_BYTES
    """The largest file or text a request may carry (the body may exceed it by the form's overhead)."""

    max_text_chars: int = 200_000
    """The longest text one diagnosis reads (~100 pages; diagnosis time grows with length, ~1.5 s here)."""

    diagnose_threads: int = 2
    """Diagnoses run at once, each in a worker thread; 0 runs them on the event loop itself."""

    db: str | None = None
    """Where a user's saved assessments go (a path or SQLAlchemy URL; None: $CAREERMAP_DB, else the
    user data folder). Nothing is written unless the user ticks "save"."""

    form_overhead_bytes: int = 64 * 1024
    """Room for multipart boundaries and the small fields beside the file."""

    semantic: bool = False
    """Every diagnosis and posting classification adds the optional sentence-encoder signal
    (``careermap[semantic]``), as ``--semantic`` does on the command line; the encoder loads at start."""

    workers: int = 1
    """Server processes answering on the same port (``serve --workers``; default there: the cores). Each
    holds its own knowledge base and its own pool of database connections."""

    max_form_fields: int = 64
    """More fields than this in one form is not the page talking to us (its questionnaire sends ~30)."""

    allow_hosts: tuple[str, ...] = ()
    """Host names (or addresses) served besides localhost, 127.0.0.1, [::1] and the address a
    connection arrives at: the public name of a deployment behind a proxy (``--allow-host``).
    Without a port, any port; with one (``example.com:8443``), only that one."""

    max_json_depth: int = 32
    """The deepest nesting of lists and objects a JSON body may have, checked before it is parsed
    (the API's bodies are two levels deep; ``[`` × 5000 exhausted the parser)."""

    max_json_values: int = 10_000
    """The most lists, objects, members and items a JSON body may hold outside its strings, checked
    before it is parsed (the questionnaire sends ~30; a 10 MB body of ``[]`` would build 5 million lists)."""

    @property
    def max_body_bytes(self) -> int:
        return self.max_upload_bytes + self.form_overhead_bytes
