"""Page words, not command-line words: an error shown on the page in the terms of the page.

The core's errors speak to whoever called it, and their hints often name what only the command
line has: a flag (``--max-pages``), a command (`careermap quiz --template`), the answers file's
syntax (``'math_not_mine: 1-5'``), a request's shape (a multipart form, ``Content-Type``). On the
page none of that can be acted on. :func:`page_line` keeps the error's code and what went wrong,
and gives a hint the page's user can follow: one chosen by the kind of error, else none at all
when the core's hint speaks command-line words. Questionnaire answers are named by their
statement, never by an internal item id.
"""

from __future__ import annotations

import copy
import re

from careermap import errors as E
from careermap.i18n import t
from careermap.knowledge.loader import Knowledge

# what only the command line, an answers file or a hand-made request has
CLI_WORDS = re.compile(
    r"--[a-z]"  # a flag
    r"|`"  # a command to run
    r"|\bcareermap [a-z]"  # a command named without backticks
    r"|\bmultipart\b|content-type|\{\s*\"text\""  # a request's shape
    r"|\.ya?ml\b|\banswers\.|答案\.|'[a-z_]+:\s"  # the answers file and its syntax
    r"|\bstdin\b|\bls -l\b|'-'",  # paths and shells
    re.I,
)

# the page's hint for each kind of error (the first kind that matches), as i18n keys
PAGE_HINTS: tuple[tuple[type[E.CareermapError], str], ...] = (
    (E.NoTextLayer, "web_hint_no_text"),
    (E.InputTooLarge, "web_hint_smaller"),
    (E.LimitExceeded, "web_hint_smaller"),
    (E.AnswersError, "web_hint_answers"),
)


def speaks_cli(text: str) -> bool:
    """Whether ``text`` names a flag, a command, the answers file's syntax or a request's shape."""
    return bool(CLI_WORDS.search(text))


def page_error(exc: E.CareermapError, kb: Knowledge | None = None) -> E.CareermapError:
    """``exc`` as the page shows it (a copy: the same code, the page's hint and words)."""
    out = copy.copy(exc)
    key = next((k for kind, k in PAGE_HINTS if isinstance(exc, kind)), None)
    if key is not None:
        out.hint_en, out.hint_zh = t(key, "en"), t(key, "zh")
    elif speaks_cli(exc.hint_en) or speaks_cli(exc.hint_zh):
        out.hint_en = out.hint_zh = ""
    if isinstance(exc, E.UnknownAnswer):  # a form from an older page, or not from this page at all
        out.en, out.zh = t("web_answer_unknown", "en"), t("web_answer_unknown", "zh")
        out.hint_en, out.hint_zh = t("web_hint_reload", "en"), t("web_hint_reload", "zh")
    elif isinstance(exc, E.AnswersError) and kb is not None:
        statement = _statement(kb, exc.item)
        if statement is not None:
            out.en = t("web_answer_bad", "en").format(question=statement[0])
            out.zh = t("web_answer_bad", "zh").format(question=statement[1])
    return out


def page_line(exc: E.CareermapError, lang: str, kb: Knowledge | None = None) -> str:
    """The one line the page shows for ``exc``: code, what went wrong, and a hint in page terms."""
    return page_error(exc, kb).line(lang)


def _statement(kb: Knowledge, item: str | None) -> tuple[str, str] | None:
    """An item's statement in English and Chinese, as the page shows it (None: no such item)."""
    q = kb.questionnaire
    for i in q.items:
        if i.id == item:
            return i.text.en, i.text.zh
    for c in q.constraints:
        if c.id == item:
            return c.text.en, c.text.zh
    return None
