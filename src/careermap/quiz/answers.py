"""The answers file: read, validate, write, and a blank template to fill in.

An answers file is YAML (or JSON, which YAML reads too)::

    questionnaire: "1"        # the questionnaire version it was written for (optional)
    lang: zh                  # the language of the output (optional)
    answers:
      derive_formulas: 5      # a statement: 1 (strongly disagree) .. 5 (strongly agree)
      hours_per_week: 10      # a number within the item's range
      high_threshold: avoid   # a choice: one of the item's option values

Every problem becomes one :class:`~careermap.errors.AnswersError` line naming the item.
"""

from __future__ import annotations

import difflib
import sys
from pathlib import Path
from typing import Any

from careermap.errors import (
    AnswerMissing,
    AnswerOutOfRange,
    AnswersError,
    AnswersUnreadable,
    AnswersVersion,
    NoSuchFile,
    UnknownAnswer,
)
from careermap.knowledge.models import ChoiceConstraint, NumberConstraint, Questionnaire
from careermap.quiz.models import Answers, Value

MAX_BYTES = 256 * 1024
_TOP_KEYS = ("questionnaire", "lang", "answers")
_LANGS = ("zh", "en")


def read_answers(path: str | Path, q: Questionnaire) -> Answers:
    """Read and validate an answers file (``-`` reads standard input)."""
    import yaml

    from careermap.ingest.files import ANSWERS, read_file  # a folder, a device, a pipe… each named as what it is
    from careermap.ingest.structured import load_yaml  # a number or date Python cannot build stays text

    name = str(path)
    try:
        if name == "-":
            data = sys.stdin.buffer.read(MAX_BYTES + 1)
            size = len(data)
        else:
            got = read_file(path, limit=MAX_BYTES, expected=ANSWERS)
            data, size = got.data, got.size
    except NoSuchFile:
        raise AnswersUnreadable(
            f"cannot read answers file '{name}' (no such file)",
            f"无法读取答案文件 '{name}'（文件不存在）",
            hint_en="check the path, or run `careermap quiz --template > answers.yaml` to start one",
            hint_zh="检查路径，或运行 `careermap quiz --template > answers.yaml` 生成一份",
        ) from None
    if size > MAX_BYTES:
        raise AnswersUnreadable(
            f"answers file '{name}' is larger than {MAX_BYTES // 1024} KB",
            f"答案文件 '{name}' 超过 {MAX_BYTES // 1024} KB",
            hint_en="an answers file holds one short answer per item",
            hint_zh="答案文件每题只需一个简短的答案",
        )
    try:
        raw = load_yaml(data.decode("utf-8-sig"))
    except RecursionError:
        raise AnswersUnreadable(
            f"answers file '{name}' nests lists or mappings too deeply to read",
            f"答案文件 '{name}' 的列表或映射嵌套过深，无法读取",
            hint_en="an answers file holds one short answer per item; start again from `careermap quiz --template`",
            hint_zh="答案文件每题只需一个简短的答案；请从 `careermap quiz --template` 重新开始",
        ) from None
    except (UnicodeDecodeError, yaml.YAMLError) as exc:
        mark = getattr(exc, "problem_mark", None)
        where_en = f" line {mark.line + 1}" if mark else ""
        where_zh = f" 第 {mark.line + 1} 行" if mark else ""
        raise AnswersUnreadable(
            f"answers file '{name}'{where_en} is not valid UTF-8 YAML or JSON",
            f"答案文件 '{name}'{where_zh}不是有效的 UTF-8 YAML 或 JSON",
            hint_en="fix the file, or start again from `careermap quiz --template`",
            hint_zh="修正文件，或从 `careermap quiz --template` 重新开始",
        ) from None
    return parse_answers(raw, q, source=name)


def parse_answers(raw: Any, q: Questionnaire, *, source: str = "-", partial: bool = False) -> Answers:
    """Validate answers given as a mapping (a parsed file or a web form's JSON).

    With ``partial`` (the page's form), items left unanswered are simply absent from the result and
    contribute nothing; at least one answer is still required. Otherwise every item must be answered."""
    if not isinstance(raw, dict) or not isinstance(raw.get("answers"), dict):
        raise AnswersUnreadable(
            "the answers file has no 'answers:' mapping of item ids to answers",
            "答案文件里没有 'answers:'（题目 id 到答案的映射）",
            hint_en="see `careermap quiz --template` for the format",
            hint_zh="格式见 `careermap quiz --template`",
        )
    extra = [str(k) for k in raw if k not in _TOP_KEYS]
    if extra:
        raise UnknownAnswer(
            f"unknown top-level key '{extra[0]}'",
            f"未知的顶层键 '{extra[0]}'",
            hint_en=f"allowed: {', '.join(_TOP_KEYS)}; answers go under 'answers:'",
            hint_zh=f"只允许 {', '.join(_TOP_KEYS)}；答案写在 'answers:' 下",
            item=extra[0],
        )
    version = _scalar(raw.get("questionnaire"))
    if version is not None and str(version) != q.version:
        raise AnswersVersion(
            f"the answers were written for questionnaire version {version}, this is version {q.version}",
            f"这些答案针对第 {version} 版问卷，当前是第 {q.version} 版",
            hint_en="answer again with `careermap quiz`, or start from `careermap quiz --template`",
            hint_zh="请用 `careermap quiz` 重新作答，或从 `careermap quiz --template` 开始",
        )
    lang = _scalar(raw.get("lang"))
    if lang is not None and lang not in _LANGS:
        raise AnswersUnreadable(
            f"lang must be zh or en, not {lang!r}", f"lang 只能是 zh 或 en，而不是 {lang!r}", item="lang"
        )
    given: dict[Any, Any] = raw["answers"]
    ids = q.item_ids()
    unknown = [str(k) for k in given if k not in ids]
    if unknown:
        close = difflib.get_close_matches(unknown[0], ids, n=1)
        more = _more(len(unknown))
        raise UnknownAnswer(
            f"unknown item '{unknown[0]}'{more[0]}",
            f"未知的题目 '{unknown[0]}'{more[1]}",
            hint_en=f"did you mean '{close[0]}'?" if close else "`careermap quiz --template` lists every item id",
            hint_zh=f"是不是 '{close[0]}'？" if close else "`careermap quiz --template` 列出全部题目 id",
            item=unknown[0],
        )
    problems: list[AnswersError] = []
    values: dict[str, Value] = {}
    for iid in ids:
        if given.get(iid) is None:
            if partial:
                continue
            problems.append(
                AnswerMissing(
                    f"item '{iid}' has no answer",
                    f"题目 '{iid}' 没有作答",
                    hint_en=f"add '{iid}: {_expected(q, iid, 'en')}'",
                    hint_zh=f"请补上 '{iid}: {_expected(q, iid, 'zh')}'",
                    item=iid,
                )
            )
            continue
        value = _check(q, iid, given[iid])
        if isinstance(value, AnswersError):
            problems.append(value)
        else:
            values[iid] = value
    if partial and not problems and not values:
        raise AnswerMissing("no item has an answer", "没有回答任何题目", item=ids[0])
    if problems:
        first = problems[0]
        more = _more(len(problems))
        first.en += more[0]
        first.zh += more[1]
        first.args = (first.en,)
        raise first
    return Answers(q.version, values, lang, source)


def _scalar(value: Any) -> Any:
    """A top-level value as given, or a short stand-in for a list or mapping (YAML aliases can make
    one that prints to gigabytes: it is never turned into text whole)."""
    return value if value is None or isinstance(value, str | int | float | bool) else _shown(value)


def _shown(value: Any) -> str:
    """An answer as an error line shows it: strings quoted, true/false as YAML writes them, a list or
    mapping by its kind only."""
    if isinstance(value, str):
        return repr(value[:40])
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, int | float):
        return str(value)
    return "a list" if isinstance(value, list) else "a mapping" if isinstance(value, dict) else type(value).__name__


def _more(n: int) -> tuple[str, str]:
    return (f" (+{n - 1} more)", f"（另有 {n - 1} 处）") if n > 1 else ("", "")


def _expected(q: Questionnaire, iid: str, lang: str) -> str:
    """What an item accepts, e.g. ``1-5`` or ``eager | open | avoid``."""
    for c in q.constraints:
        if c.id == iid:
            if isinstance(c, NumberConstraint):
                return f"{c.min}-{c.max}"
            return " | ".join(o.value for o in c.options)
    return f"{q.scale[0].value}-{q.scale[-1].value}"


def _check(q: Questionnaire, iid: str, value: Any) -> Value | AnswersError:
    """The answer if it is on the item's scale or among its options, else the error."""
    constraint = next((c for c in q.constraints if c.id == iid), None)
    shown = _shown(value)
    if isinstance(constraint, ChoiceConstraint):
        options = [o.value for o in constraint.options]
        if isinstance(value, str) and value in options:
            return value
        is_bool = isinstance(value, bool)
        quote_en = " (quote it: YAML reads yes/no/on/off as true/false)" if is_bool else ""
        quote_zh = "（请加引号：YAML 会把 yes/no 读成布尔值）" if is_bool else ""
        return AnswerOutOfRange(
            f"item '{iid}' is {shown}, not one of its options{quote_en}",
            f"题目 '{iid}' 的答案 {shown} 不是可选项之一{quote_zh}",
            hint_en=f"use one of: {', '.join(options)}",
            hint_zh=f"请用其中之一：{', '.join(options)}",
            item=iid,
        )
    if isinstance(constraint, NumberConstraint):
        lo, hi = constraint.min, constraint.max
        unit_en, unit_zh = constraint.unit.en, constraint.unit.zh
    else:
        lo, hi = q.scale[0].value, q.scale[-1].value
        unit_en = f"{lo} = {q.scale[0].label.en.lower()}, {hi} = {q.scale[-1].label.en.lower()}"
        unit_zh = f"{lo} = {q.scale[0].label.zh}，{hi} = {q.scale[-1].label.zh}"
    if isinstance(value, int) and not isinstance(value, bool) and lo <= value <= hi:
        return value
    return AnswerOutOfRange(
        f"item '{iid}' is {shown}, out of range",
        f"题目 '{iid}' 的答案 {shown} 超出范围",
        hint_en=f"use a whole number from {lo} to {hi} ({unit_en})",
        hint_zh=f"请填 {lo} 到 {hi} 的整数（{unit_zh}）",
        item=iid,
    )


def dump_answers(answers: Answers, q: Questionnaire, *, lang: str = "zh") -> str:
    """The answers as a commented YAML file that :func:`read_answers` reads back."""
    return _render(q, lang, answers.values, answers.lang or lang)


def template(q: Questionnaire, *, lang: str = "zh") -> str:
    """A blank answers file: every item id with its statement and what it accepts."""
    return _render(q, lang, {}, lang)


def _render(q: Questionnaire, lang: str, values: dict[str, Value], out_lang: str) -> str:
    scale = ", ".join(f"{p.value} = {p.label.get(lang)}" for p in q.scale)
    head = "careermap 问卷答案" if lang == "zh" else "careermap questionnaire answers"
    lines = [
        f"# {head} · {q.title.get(lang)}",
        f"# {scale}",
        f'questionnaire: "{q.version}"',
        f"lang: {out_lang}",
        "answers:",
    ]
    for item in q.items:
        lines.append(_line(item.id, values.get(item.id), item.text.get(lang)))
    for c in q.constraints:
        if isinstance(c, NumberConstraint):
            accepts = f"{c.min}-{c.max} {c.unit.get(lang)}"
        else:
            accepts = " | ".join(f"{o.value} = {o.label.get(lang)}" for o in c.options)
        lines.append(_line(c.id, values.get(c.id), f"{c.text.get(lang)} [{accepts}]"))
    return "\n".join(lines) + "\n"


def _line(iid: str, value: Value | None, comment: str) -> str:
    shown = "" if value is None else f'"{value}"' if isinstance(value, str) else str(value)
    return f"  {iid}: {shown}".ljust(26) + f"  # {comment}"
