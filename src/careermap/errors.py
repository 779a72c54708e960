"""The one error tree of careermap.

Every failure a user can cause ends in one of these, and every front turns it into one
line: ``error[E102]: the input is empty — paste a few sentences about your background``.
Messages exist in Chinese and English; fronts pick the user's language.

::

    CareermapError
    ├── InputError            E1xx  the text or file a user gave cannot be read
    │   ├── EmptyInput        E101
    │   ├── BinaryInput       E102
    │   ├── InputTooLarge     E103
    │   ├── UnsupportedFormat E104
    │   ├── CorruptFile       E105
    │   ├── NoTextLayer       E106
    │   ├── DecodeFailed      E107
    │   ├── LimitExceeded     E108
    │   └── MalformedRequest  E109  a web request whose body or fields cannot be parsed
    ├── KnowledgeError        E2xx  the knowledge base does not validate
    ├── NotFound              E3xx  an id or record that does not exist
    ├── StoreError            E4xx  the database cannot be opened or written
    ├── AnswersError          E5xx  a questionnaire answers file is wrong
    │   ├── AnswersUnreadable E501  not found, not YAML/JSON, or not the expected shape
    │   ├── AnswerMissing     E502  an item of the questionnaire has no answer
    │   ├── UnknownAnswer     E503  an answer names an item the questionnaire does not have
    │   ├── AnswerOutOfRange  E504  an answer is not on the item's scale or among its options
    │   └── AnswersVersion    E505  written for another version of the questionnaire
    ├── JobsError             E6xx  a postings file or corpus problem
    │   ├── FontMissing       E601  no CJK font for a chart
    │   └── RowError          E610  one row of a postings file cannot be read: it is reported with
    │       │                       its row number and the import goes on (never raised)
    │       ├── RowNotRecord  E611  not valid JSON, not a JSON object, more cells than columns
    │       ├── RowEncoding   E612  text not in the file's encoding
    │       ├── RowNoTitle    E613  the title is missing
    │       ├── RowNoBody     E614  the body is empty
    │       ├── RowSalary     E615  a salary that cannot be read
    │       └── RowDate       E616  a date that cannot be read
    ├── MissingDependency     E7xx  an optional extra is not installed
    └── ServeError            E8xx  the web server cannot start (address in use, not on this machine)
"""

from __future__ import annotations


class CareermapError(Exception):
    """Base of every error careermap raises on purpose."""

    code = "E000"

    def __init__(self, en: str, zh: str | None = None, *, hint_en: str = "", hint_zh: str = "") -> None:
        super().__init__(en)
        self.en = en
        self.zh = zh or en
        self.hint_en = hint_en
        self.hint_zh = hint_zh or hint_en

    def message(self, lang: str = "en") -> str:
        text = self.zh if lang == "zh" else self.en
        hint = self.hint_zh if lang == "zh" else self.hint_en
        return f"{text} — {hint}" if hint else text

    def line(self, lang: str = "en") -> str:
        """The single line a front shows for this error."""
        label = "错误" if lang == "zh" else "error"
        return f"{label}[{self.code}]: {self.message(lang)}"


class InputError(CareermapError):
    code = "E100"


class EmptyInput(InputError):
    code = "E101"


class BinaryInput(InputError):
    code = "E102"


class InputTooLarge(InputError):
    code = "E103"


class UnsupportedFormat(InputError):
    code = "E104"


class CorruptFile(InputError):
    code = "E105"


class NoTextLayer(InputError):
    code = "E106"


class DecodeFailed(InputError):
    code = "E107"


class LimitExceeded(InputError):
    code = "E108"


class MalformedRequest(InputError):
    """A web request whose body is not valid JSON or whose fields have the wrong shape."""

    code = "E109"


class KnowledgeError(CareermapError):
    """The knowledge base failed validation; ``problems`` lists every one found."""

    code = "E200"

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        head = problems[0] if problems else "unknown problem"
        more = f" (+{len(problems) - 1} more)" if len(problems) > 1 else ""
        super().__init__(
            f"knowledge base invalid: {head}{more}",
            f"知识库校验失败：{head}{more}",
            hint_en="fix the named file and entry, then run `careermap kb validate`",
            hint_zh="修正所指文件与条目后运行 `careermap kb validate`",
        )


class NotFound(CareermapError):
    code = "E300"


class StoreError(CareermapError):
    code = "E400"


class AnswersError(CareermapError):
    """A questionnaire answers file is wrong; ``item`` names the item concerned, if any."""

    code = "E500"

    def __init__(
        self, en: str, zh: str | None = None, *, hint_en: str = "", hint_zh: str = "", item: str | None = None
    ) -> None:
        super().__init__(en, zh, hint_en=hint_en, hint_zh=hint_zh)
        self.item = item


class AnswersUnreadable(AnswersError):
    code = "E501"


class AnswerMissing(AnswersError):
    code = "E502"


class UnknownAnswer(AnswersError):
    code = "E503"


class AnswerOutOfRange(AnswersError):
    code = "E504"


class AnswersVersion(AnswersError):
    code = "E505"


class JobsError(CareermapError):
    code = "E600"


class FontMissing(JobsError):
    code = "E601"


class RowError(JobsError):
    """One row of a postings file that cannot be read. Never raised: the reader turns it into a
    :class:`~careermap.jobs.models.RowProblem` with the row number and reads the other rows."""

    code = "E610"


class RowNotRecord(RowError):
    code = "E611"


class RowEncoding(RowError):
    code = "E612"


class RowNoTitle(RowError):
    code = "E613"


class RowNoBody(RowError):
    code = "E614"


class RowSalary(RowError):
    code = "E615"


class RowDate(RowError):
    code = "E616"


class MissingDependency(CareermapError):
    """An optional feature was asked for without its extra; the hint is the install command."""

    code = "E701"


class ServeError(CareermapError):
    code = "E801"
