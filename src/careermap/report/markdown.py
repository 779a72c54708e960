"""A diagnosis as Markdown: a page a person can keep or share."""

from __future__ import annotations

from careermap.i18n import t
from careermap.report.models.diagnosis import Diagnosis, QuestionnaireResult


def _pct(x: float) -> str:
    return f"{round(x * 100)}%"


def _quote(text: str) -> str:
    return "“" + text.replace("\n", " ").replace("|", "\\|").strip() + "”"


def render(data: Diagnosis, *, top_roles: int = 2) -> str:
    lang = data.lang
    quiz = data.questionnaire
    measured = quiz is None or quiz.readiness_measured
    out: list[str] = []
    title = "大模型职业地图 · 诊断结果" if lang == "zh" else "careermap · diagnosis"
    out += [f"# {title}", ""]
    out += [f"## {t('directions', lang)}", ""]
    out += [
        f"| # | {t('direction', lang)} | {t('fit', lang)} | {t('readiness', lang)} | {t('threshold', lang)} | "
        f"{t('best_roles', lang)} |",
        "|---|---|---|---|---|---|",
    ]
    for d in data.directions:
        roles = t("sep", lang).join(f"{r.name} {_pct(r.score)}" for r in d.roles[:top_roles])
        out.append(
            f"| {d.number} | {d.name} | {_pct(d.score)} | {_pct(d.readiness) if measured else '—'} | "
            f"{d.threshold.label} | {roles} |"
        )
    out.append("")
    if not measured:
        out += [f"*{t('readiness_needs_resume', lang)}*", ""]
    out += [f"## {t('advice', lang)}", "", data.advice, ""]
    if quiz:
        out += _questionnaire(quiz, lang)
    splits = {s.direction: s for s in quiz.sources} if quiz else {}
    for d in data.directions[:2]:
        best = d.roles[0]
        out += [f"## {d.number}. {d.name} — {t('why', lang)} ({_pct(d.score)})", ""]
        if quiz and quiz.resume:
            split = splits[d.id]
            out += [f"{t('from_text', lang)} {split.text:+.3f} · {t('from_answers', lang)} {split.answers:+.3f}", ""]
        for c in d.contributions[:10]:
            sign = "+" if c.amount >= 0 else "−"
            ev = f" ← {_quote(c.evidence)}" if c.evidence else ""
            src = f" [{t(c.source, lang)}]" if c.source != "text" else ""
            out.append(f"- {sign}{abs(c.amount):.3f} {t(c.kind, lang)}: {c.name}{src}{ev}")
        if not measured:
            out.append("")
            continue
        out += [
            "",
            f"### {t('requirements', lang)}: {best.name} ({t('threshold', lang)} {best.threshold}, "
            f"{t('readiness', lang)} {_pct(best.readiness)})",
            "",
        ]
        for q in best.requirements:
            mark = {"met": "x", "partial": "~", "missing": " "}[q.status]
            out.append(f"- [{mark}] {q.name} ({t(q.level, lang)}) — {t(q.status, lang)}")
        if best.degree_gap:
            out.append(f"- [ ] {t('degree_gap', lang)}")
        out.append("")
    if data.skills:
        out += [
            f"## {t('skills_found', lang)}",
            "",
            f"| {t('skill', lang)} | {t('level', lang)} | {t('grade', lang)} | {t('evidence', lang)} |",
            "|---|---|---|---|",
        ]
        for s in data.skills:
            quotes = " ".join(_quote(e.text) for e in s.evidence[:3])
            out.append(f"| {s.name} | {t(s.level, lang)} | {t(s.grade, lang)} | {quotes} |")
        out.append("")
    if data.negated:
        out += [f"**{t('negated', lang)}:** " + t("sep", lang).join(n.name for n in data.negated), ""]
    if data.interests:
        out += [f"**{t('wants', lang)}:** " + t("sep", lang).join(n.name for n in data.interests), ""]
    for key, named in (("dislikes", data.dislikes), ("heard_of", data.heard_of)):
        if named:
            out += [f"**{t(key, lang)}:** " + t("sep", lang).join(n.name for n in named), ""]
    out.append(f"<sub>careermap · {data.scorer} · kb {data.kb_version}</sub>")
    return "\n".join(out) + "\n"


def _questionnaire(quiz: QuestionnaireResult, lang: str) -> list[str]:
    out = [f"## {t('trait_profile', lang)}", ""]
    out += [f"- {tr.name}: {tr.value:+.2f}" for tr in quiz.traits]
    out += ["", f"**{t('constraints', lang)}:**", ""]
    for c in quiz.constraints:
        note = f" → {c.note}" if c.counted else f" ({t('not_counted', lang)})"
        out.append(f"- {c.name}: {c.label}{note}")
    if quiz.hours_note:
        out += ["", quiz.hours_note]
    if quiz.consistency:
        out += ["", f"**{t('consistency', lang)}:**", ""]
        out += [f"- ⚠ {n.message}" for n in quiz.consistency]
    return [*out, ""]
