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

    form_overhead_bytes: int = 64 * 1024
    """Room for multipart boundaries and the small fields beside the file."""

    max_form_fields: int = 8
    """More fields than this in one form is not a browser talking to us."""

    @property
    def max_body_bytes(self) -> int:
        return self.max_upload_bytes + self.form_overhead_bytes
