"""Any source to a :class:`~careermap.ingest.document.Document`; file formats live here and nowhere else.

- :mod:`~careermap.ingest.source` — ``read_source`` (a path or ``-``) and ``read_document`` (bytes): the pipeline
- :mod:`~careermap.ingest.sniff` — the type from the first bytes
- :mod:`~careermap.ingest.encoding` — bytes to text, naming the encoding
- :mod:`~careermap.ingest.pdf`, :mod:`~careermap.ingest.office`, :mod:`~careermap.ingest.markup` — PDF, DOCX, HTML
- :mod:`~careermap.ingest.redact` — phone numbers, e-mails, ID numbers and addresses masked in place
- :mod:`~careermap.ingest.document` — the ``Document``, its sections and language
- :mod:`~careermap.ingest.limits` — size, pages, unpacked size, time

Nothing is imported here, so ``import careermap.ingest.document`` stays light; pypdf, python-docx
and charset-normalizer are imported when a file of their kind arrives.
"""
