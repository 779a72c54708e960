"""HTML to the text a reader sees, with the standard library's parser.

Nothing inside ``<head>``, ``<script>``, ``<style>``, ``<noscript>``, ``<template>``,
``<svg>`` or an element marked ``hidden`` / ``aria-hidden="true"`` / ``display:none`` is read.
Block elements (paragraphs, headings, list items, table rows…) start a new line, table
cells are separated by tabs, whitespace collapses as a browser collapses it (``<pre>``
keeps its own), and empty lines go, as in text taken from a PDF or DOCX. Entities are
decoded. The page is never fetched from anywhere and no link is followed.

:func:`html_page` also gives the page's ``<title>`` (a job posting saved as a page is titled so);
:func:`is_markup` tells a text field holding HTML ("<p>…</p><ul><li>…") from plain text.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

from careermap.errors import CorruptFile
from careermap.ingest.limits import Deadline
from careermap.ingest.sniff import HTML, text_kind

_INVISIBLE = frozenset({"head", "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "canvas"})
_BLOCK = frozenset(
    {
        "address", "article", "aside", "blockquote", "body", "dd", "details", "div", "dl", "dt", "fieldset",
        "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "html",
        "legend", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "thead",
        "tfoot", "tr", "ul", "caption",
    }
)  # fmt: skip
_CELL = frozenset({"td", "th"})
_VOID = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"}
)
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_SPACES = re.compile(r"[ \t\r\n\f\v]+")
_CHUNK = 65536


class _Visible(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.stack: list[tuple[str, bool]] = []  # open elements: (tag, hides its content)
        self.hidden = 0
        self.pre = 0
        self.title: list[str] = []

    def _hides(self, tag: str, attrs: list[tuple[str, str | None]]) -> bool:
        if tag in _INVISIBLE:
            return True
        a = dict(attrs)
        return "hidden" in a or a.get("aria-hidden") == "true" or bool(_HIDDEN_STYLE.search(a.get("style") or ""))

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _VOID:
            if tag == "br" and not self.hidden:
                self.out.append("\n")
            return
        hides = self._hides(tag, attrs)
        self.stack.append((tag, hides))
        self.hidden += hides
        if self.hidden:
            return
        if tag in _BLOCK:
            self.out.append("\n")
        elif tag in _CELL:
            self.out.append("\t")
        if tag == "pre":
            self.pre += 1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br" and not self.hidden:
            self.out.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _VOID or not any(t == tag for t, _ in self.stack):
            return
        while self.stack:  # close everything left open inside it, as a browser does
            open_tag, hides = self.stack.pop()
            if not self.hidden:
                if open_tag == "pre":
                    self.pre -= 1
                if open_tag in _BLOCK:
                    self.out.append("\n")
            self.hidden -= hides
            if open_tag == tag:
                break

    def handle_data(self, data: str) -> None:
        if self.stack and self.stack[-1][0] == "title":
            self.title.append(data)
        if not self.hidden:
            self.out.append(data if self.pre else _SPACES.sub(" ", data))


def _tidy(raw: str) -> str:
    lines = []
    for line in raw.split("\n"):
        cells = [c.strip(" ") for c in line.split("\t")]
        line = "\t".join(c for c in cells if c)
        if line:
            lines.append(line)
    return "\n".join(lines)


def html_text(html: str, name: str, *, deadline: Deadline) -> str:
    """The visible text of an HTML page."""
    return html_page(html, name, deadline=deadline)[1]


def html_page(html: str, name: str, *, deadline: Deadline) -> tuple[str, str]:
    """The title and the visible text of an HTML page (or of a fragment of one)."""
    parser = _Visible()
    try:
        for i in range(0, len(html), _CHUNK):
            deadline.check()
            parser.feed(html[i : i + _CHUNK])
        parser.close()
    except (AssertionError, ValueError) as exc:  # html.parser's rare complaints about malformed markup
        raise CorruptFile(
            f"{name} is HTML that cannot be parsed",
            f"{name} 是无法解析的 HTML",
            hint_en="save the page again from the browser, or paste its text",
            hint_zh="请在浏览器中重新保存网页，或直接粘贴文字",
        ) from exc
    return _SPACES.sub(" ", "".join(parser.title)).strip(), _tidy("".join(parser.out))


# an element that is part of a page's body, opened or closed: "<p>", "</li>", "<br/>", "<div class=…>"
_TAG = re.compile(
    r"</?(?:p|div|br|li|ul|ol|h[1-6]|span|strong|em|b|i|table|tr|td|th|section|article|a|img|hr)\b[^<>]{0,500}>", re.I
)


def is_markup(text: str) -> bool:
    """Whether a text field holds HTML rather than plain text: a whole page, or at least two
    tags of body elements with one of them closing ("<p>…</p>"). A lone "<div>" in prose is text."""
    head = text[:65536]
    if text_kind(head, "") == HTML:
        return True
    tags = [m.group() for _, m in zip(range(8), _TAG.finditer(head), strict=False)]
    return len(tags) >= 2 and any(t.startswith("</") or t.lower().startswith("<br") for t in tags)
