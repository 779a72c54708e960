"""Parse what a request carries — JSON ``{"text", "lang"}`` or a form with ``file``/``text``/``lang`` —
into a :class:`Given`, and that into a document. Nothing here scores anything.

Nothing a client sends reaches a parser unchecked: a JSON body is measured before it is parsed
(nesting depth and the number of values outside its strings, :func:`check_json_shape`), and a
number in a form is ASCII digits only (``str.isdigit`` also takes ``²`` and ``٣``, which ``int``
then refuses or reads as another number).
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass, replace
from itertools import accumulate
from typing import TypeVar, cast, get_args

from fastapi import Request
from pydantic import BaseModel, ValidationError
from starlette.datastructures import UploadFile
from starlette.exceptions import HTTPException

from careermap.errors import EmptyInput, MalformedRequest, UnsupportedFormat
from careermap.ingest.document import Document
from careermap.knowledge.loader import Knowledge
from careermap.web.models import DiagnoseRequest, Lang, PlanRequest, TextRequest
from careermap.web.settings import WebSettings
from careermap.web.uploads import ACCEPTED, document_from_text, document_from_upload

FORM_TYPES = ("multipart/form-data", "application/x-www-form-urlencoded")
M = TypeVar("M", bound=BaseModel)


@dataclass(frozen=True, slots=True)
class Given:
    """A background as sent: pasted text, or an uploaded file's bytes and name.

    When a form carries both, the file is read and the pasted ``text`` is kept as it was (the page
    gives it back in its box and says which of the two was read)."""

    text: str = ""
    data: bytes | None = None
    filename: str = ""
    lang: Lang | None = None
    role: str | None = None
    hours_per_week: int | None = None
    store: bool = False
    answers: dict[str, int | str] | None = None  # questionnaire answers from the page (item id -> answer)

    def with_lang(self, lang: Lang | None) -> Given:
        return replace(self, lang=lang)

    def without_answers(self) -> Given:
        return replace(self, answers=None)

    def document(self, kb: Knowledge, settings: WebSettings) -> Document:
        if self.data is not None:
            return document_from_upload(self.data, self.filename, kb, max_bytes=settings.max_upload_bytes)
        if self.text.strip():
            return document_from_text(self.text, kb, max_bytes=settings.max_upload_bytes)
        raise EmptyInput(
            "the input is empty",
            "输入为空",
            hint_en="paste a few sentences about your background or choose a résumé file",
            hint_zh="请写几句你的背景，或选择一个简历文件",
        )


def _lang(value: object) -> Lang | None:
    if value in (None, ""):
        return None
    if value in get_args(Lang):
        return cast(Lang, value)
    raise MalformedRequest(
        f"lang must be 'zh' or 'en', not {str(value)[:20]!r}",
        f"lang 只能是 'zh' 或 'en'，而不是 {str(value)[:20]!r}",
        hint_en="leave it out to answer in the language of the text",
        hint_zh="不填则按文本的语言作答",
    )


def _str(value: object) -> str:
    return value.strip() if isinstance(value, str) else ""


def ascii_int(text: str) -> int | None:
    """A whole number written in ASCII digits (``"12"``), else None (``"²"``, ``"１２"``, ``"-1"``, ``"1e3"``)."""
    return int(text) if text.isascii() and text.isdigit() else None


def _hours(value: object) -> int | None:
    text = _str(value)
    if not text:
        return None
    hours = ascii_int(text[:6])
    if hours is None or len(text) > 6 or not 1 <= hours <= 168:
        raise MalformedRequest(
            f"hours_per_week must be a whole number from 1 to 168, not {text[:20]!r}",
            f"每周小时数须为 1 到 168 的整数，而不是 {text[:20]!r}",
            hint_en="leave it out for the default of 10",
            hint_zh="不填则按每周 10 小时",
        )
    return hours


def _answers(items: Sequence[tuple[str, object]]) -> dict[str, int | str] | None:
    """``q.<item>`` fields of the page's questionnaire; None when none was answered."""
    out: dict[str, int | str] = {}
    for key, value in items:
        text = _str(value)
        if key.startswith("q.") and text:
            number = ascii_int(text[:6])
            out[key[2:]] = number if number is not None and len(text) <= 6 else text
    return out or None


def _bad_json(detail: str) -> MalformedRequest:
    return MalformedRequest(
        f"the request body is not valid JSON ({detail})",
        f"请求体不是合法的 JSON（{detail}）",
        hint_en='send {"text": "..."} with Content-Type: application/json',
        hint_zh='请发送 {"text": "..."}，并设置 Content-Type: application/json',
    )


# a JSON string, possessive so an unterminated one costs one pass; then every byte but the structure goes
_JSON_STRING = re.compile(rb'"[^"\\]*+(?:\\.[^"\\]*+)*+"', re.S)
_NOT_STRUCTURE = bytes(b for b in range(256) if b not in b"[]{},:")
_STEP = [0] * 256
_STEP[ord("[")] = _STEP[ord("{")] = 1
_STEP[ord("]")] = _STEP[ord("}")] = -1


def check_json_shape(raw: bytes, *, max_depth: int, max_values: int) -> None:
    """Refuse a JSON body nested deeper than ``max_depth`` or holding more than ``max_values`` lists,
    objects, members and items, from its bytes alone, before any parser sees it (the standard
    parser recurses once per level and builds every value). Strings are skipped, so brackets in a
    pasted résumé count for nothing. Linear in the body, in C (a regex and ``bytes.translate``)."""
    if raw.count(b"[") + raw.count(b"{") <= max_depth and raw.count(b",") + raw.count(b":") <= max_values:
        return  # the common case: a few keys around one long text
    skeleton = _JSON_STRING.sub(b"", raw).translate(None, _NOT_STRUCTURE)
    if len(skeleton) > 2 * max_values:
        raise _too_big(f"more than {max_values:,} values", f"超过 {max_values:,} 个值")
    depth = max(accumulate(_STEP[b] for b in skeleton), default=0)
    if depth > max_depth:
        raise _too_big(f"nested more than {max_depth} levels deep", f"嵌套超过 {max_depth} 层")


def _too_big(en: str, zh: str) -> MalformedRequest:
    return MalformedRequest(
        f"the JSON body is {en}",
        f"JSON 请求体{zh}",
        hint_en='send {"text": "..."}: the request schema is at /docs',
        hint_zh='请发送 {"text": "..."}，请求格式见 /docs',
    )


async def read_model(request: Request, model: type[M]) -> M:
    """The JSON body, validated by ``model``; each failure is one E109 line naming the field. The body's
    shape is checked before it is parsed (:func:`check_json_shape`, limits from the server's settings)."""
    raw = await request.body()
    settings: WebSettings = request.app.state.settings
    check_json_shape(raw, max_depth=settings.max_json_depth, max_values=settings.max_json_values)
    try:
        payload = json.loads(raw)
    except UnicodeDecodeError:
        raise _bad_json("not UTF-8") from None
    except json.JSONDecodeError as exc:
        raise _bad_json(f"{exc.msg}: line {exc.lineno}, column {exc.colno}") from None
    except ValueError:  # the only other failure: an integer of more digits than Python converts
        raise _bad_json(f"a number has more than {sys.get_int_max_str_digits():,} digits") from None
    if b"\\ud" in raw.lower():  # an escape such as \ud800 alone decodes to no character at all
        try:
            json.dumps(payload, ensure_ascii=False).encode("utf-8")
        except UnicodeEncodeError:
            raise _bad_json("a \\u escape names half a character (a lone surrogate)") from None
    try:
        return model.model_validate(payload)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(x) for x in first["loc"]) or "body"
        raise MalformedRequest(
            f"{where}: {first['msg']}",
            f"{where}：{first['msg']}",
            hint_en="see the request schema at /docs",
            hint_zh="请求格式见 /docs",
        ) from None


async def read_json(request: Request, model: type[TextRequest]) -> Given:
    body = await read_model(request, model)
    if isinstance(body, PlanRequest):
        return Given(
            text=body.text, lang=body.lang, store=body.store, role=body.role, hours_per_week=body.hours_per_week
        )
    if isinstance(body, DiagnoseRequest):
        return Given(text=body.text, lang=body.lang, store=body.store)
    return Given(text=body.text, lang=body.lang)


async def read_form(request: Request, settings: WebSettings) -> Given:
    try:
        async with request.form(
            max_files=1, max_fields=settings.max_form_fields, max_part_size=settings.max_body_bytes
        ) as form:
            upload = form.get("file")
            text = form.get("text")
            given = Given(
                text=text if isinstance(text, str) else "",
                lang=_lang(form.get("lang") or request.query_params.get("lang")),
                role=_str(form.get("role")) or None,
                hours_per_week=_hours(form.get("hours_per_week")),
                store=_str(form.get("store")).lower() in ("on", "true", "1", "yes"),
                answers=_answers(form.multi_items()),
            )
            if isinstance(upload, UploadFile) and (upload.filename or upload.size):
                return replace(given, data=await upload.read(), filename=upload.filename or "upload")
            return given
    except HTTPException as exc:  # the multipart parser's own complaint (bad boundary, too many fields)
        if "too many files" in str(exc.detail).lower():  # two files dropped on the page at once
            raise MalformedRequest(
                "more than one file was sent; one résumé is read at a time",
                "一次只能读取一个文件，而这次发送了不止一个",
                hint_en="choose one résumé file",
                hint_zh="请只选择一个简历文件",
            ) from None
        raise MalformedRequest(
            f"the form cannot be read ({exc.detail})",
            f"无法读取表单（{exc.detail}）",
            hint_en="send a multipart form with a 'file' or 'text' field",
            hint_zh="请发送包含 file 或 text 字段的 multipart 表单",
        ) from None


async def read_given(request: Request, settings: WebSettings, model: type[TextRequest] = DiagnoseRequest) -> Given:
    """Whatever the request carries, by its Content-Type (JSON is validated by ``model``)."""
    ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if ctype == "application/json" or ctype.endswith("+json"):
        given = await read_json(request, model)
        return given if given.lang else given.with_lang(_lang(request.query_params.get("lang")))
    if ctype in FORM_TYPES:
        return await read_form(request, settings)
    raise UnsupportedFormat(
        f"cannot read a request of type {ctype or 'none'}",
        f"无法读取类型为 {ctype or '空'} 的请求",
        hint_en=f'send JSON {{"text": ...}} or a multipart form with a file ({" / ".join(ACCEPTED)})',
        hint_zh=f'请发送 JSON {{"text": ...}}，或带文件（{" / ".join(ACCEPTED)}）的 multipart 表单',
    )
