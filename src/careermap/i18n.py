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
    "constraint": ("现实条件", "constraint"),
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
    # questionnaire
    "questionnaire": ("问卷", "Questionnaire"),
    "trait_profile": ("你的技术基因（来自问卷）", "Your technical gene (from the answers)"),
    "consistency": ("关于你的回答", "About your answers"),
    "constraints": ("现实条件", "Practical constraints"),
    "hours_per_week": ("每周可投入", "Hours per week"),
    "from_text": ("来自简历", "from the résumé"),
    "from_answers": ("来自问卷", "from the answers"),
    "not_counted": ("不影响排名", "does not change the ranking"),
    "readiness_needs_resume": (
        "准备度需要简历才能计算，表中显示为 —",
        "readiness needs a résumé, so it shows as —",
    ),
    "quiz_progress": ("第 {i} / {n} 题", "Question {i} of {n}"),
    "quiz_keys": (
        "↑↓ 选择 · Enter 确认 · 数字键直接作答 · ← 或 Backspace 返回上一题 · Ctrl-C 退出",
        "↑↓ choose · Enter confirm · a number answers at once · ← or Backspace goes back · Ctrl-C quits",
    ),
    "quiz_review": ("{n} 题都答完了。", "All {n} questions answered."),
    "quiz_review_keys": (
        "Enter 查看结果 · ← 返回修改 · Ctrl-C 退出",
        "Enter shows the result · ← goes back · Ctrl-C quits",
    ),
    "quiz_line_prompt": (
        "选 {lo}-{hi}（b 返回上一题，q 退出）：",
        "Choose {lo}-{hi} (b goes back, q quits): ",
    ),
    "quiz_review_line": ("回车查看结果（b 返回修改，q 退出）：", "Press Enter for the result (b goes back, q quits): "),
    "quiz_cancelled": ("已退出问卷，没有保存任何答案。", "Quiz cancelled; no answers were saved."),
    "quiz_saved": ("答案已保存到 {path}", "Answers saved to {path}"),
    "quiz_lang_hint": ("（English: --lang en）", "（中文：--lang zh）"),
    "sep": ("、", ", "),
}


def t(key: str, lang: str) -> str:
    zh, en = STRINGS[key]
    return zh if lang == "zh" else en


def join(items: list[str], lang: str) -> str:
    return t("sep", lang).join(items)
