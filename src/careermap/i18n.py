"""Interface words in both languages (labels, not domain knowledge: that lives in the data)."""

from __future__ import annotations

STRINGS: dict[str, tuple[str, str]] = {
    # key: (zh, en)
    "very_high": ("极高", "very high"),
    "high": ("高", "high"),
    "medium_high": ("中高", "medium-high"),
    "moderate": ("适中", "moderate"),
    "approachable": ("亲民", "approachable"),
    "expert": ("精通", "expert"),
    "proficient": ("熟练", "proficient"),
    "mentioned": ("提及", "mentioned"),
    "basic": ("了解", "basic"),
    "listed": ("仅列出", "listed"),
    "project": ("项目中使用", "used in a project"),
    "shipped": ("上线且有量化结果", "shipped with a measured result"),
    "led": ("主导/作者", "led or authored"),
    "met": ("已具备", "met"),
    "partial": ("部分具备", "partly"),
    "missing": ("缺少", "missing"),
    "skill": ("技能", "skill"),
    "background": ("背景", "background"),
    "trait": ("偏好", "preference"),
    "interest": ("意向", "interest"),
    "dislike": ("回避", "dislike"),
    "floor": ("下限", "floor"),
    "semantic": ("语义相近", "similar wording"),
    "threshold_bonus": ("门槛友好", "easier entry"),
    "answers": ("问卷", "questionnaire"),
    "text": ("文本", "text"),
    "directions": ("六大方向排名", "The six directions, ranked"),
    "direction": ("方向", "Direction"),
    "fit": ("匹配度", "Fit"),
    "readiness": ("准备度", "Readiness"),
    "threshold": ("门槛", "Threshold"),
    "best_roles": ("最适合的岗位", "Best roles"),
    "evidence": ("依据（你的原话）", "Evidence (your own words)"),
    "why": ("为什么是这个分数", "Why this score"),
    "skills_found": ("识别到的技能", "Skills found"),
    "advice": ("建议", "Advice"),
    "requirements": ("门槛对照", "Threshold check"),
    "role": ("岗位", "Role"),
    "level": ("程度", "Level"),
    "grade": ("证据强度", "Proof"),
    "backgrounds": ("识别到的背景", "Backgrounds recognised"),
    "negated": ("明确说不会的", "Stated as not known"),
    "wants": ("想做的方向", "Wants to do"),
    "what_if": ("怎样改变排名", "What would change the ranking"),
    "years": ("年", "years"),
    "degree_gap": ("学历低于该岗位的常见要求", "degree below what this role usually asks"),
    "none": ("无", "none"),
    "sep": ("、", ", "),
}


def t(key: str, lang: str) -> str:
    zh, en = STRINGS[key]
    return zh if lang == "zh" else en


def join(items: list[str], lang: str) -> str:
    return t("sep", lang).join(items)
