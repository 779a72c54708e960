"""Interface words in both languages (labels, not domain knowledge: that lives in the data)."""

from __future__ import annotations

STRINGS: dict[str, tuple[str, str]] = {
    # key: (zh, en)
    # web page (careermap serve)
    "web_title": ("大模型职业地图", "careermap · the large-model career map"),
    "web_tagline": (
        "粘贴一段自我介绍或拖入简历，看看六大方向里哪条路最适合你，依据是你自己的原话。",
        "Paste a few sentences about yourself or drop a résumé: see which of the six large-model directions "
        "is your way in, with the evidence taken from your own words.",
    ),
    "web_background": ("你的背景", "Your background"),
    "web_placeholder": (
        "例如：我做了5年Java后端，熟悉Spring Cloud和Redis，最近用LangChain做了一个知识库问答……",
        "For example: five years of Java back end, Spring Cloud and Redis; lately I built a knowledge-base "
        "Q&A with LangChain…",
    ),
    "web_file": ("或拖入简历文件", "or drop a résumé file here"),
    "web_file_hint": ("支持 {formats}，最大 {mb}", "{formats}, up to {mb}"),
    "web_file_chosen": ("已选择文件：", "File chosen: "),
    "web_submit": ("生成我的职业地图", "Show my career map"),
    "web_switch": ("English", "中文"),
    "web_switch_title": ("Switch to English", "切换到中文"),
    "web_docs": ("API 文档", "API docs"),
    "web_privacy": (
        "提交的内容只在本机用于这一次计算，不会被保存，也不会发往任何地方。",
        "What you submit is used on this machine for this answer only: nothing is stored or sent anywhere.",
    ),
    "web_error": ("没能完成诊断", "Could not make the diagnosis"),
    "web_best_way": ("最适合你的方向", "Your best way in"),
    "web_radar": ("六大方向雷达图", "The six directions at a glance"),
    "web_radar_legend": ("实线：匹配度　虚线：准备度", "solid: fit · dashed: readiness"),
    "web_vs_threshold": ("准备度 {readiness} · 门槛「{threshold}」", "readiness {readiness} · threshold: {threshold}"),
    "web_your_text": ("你的原文与依据", "Your text, with the evidence"),
    "web_your_text_hint": (
        "高亮的词是打分依据：悬停或点击一个词，看它推动了哪个分数。",
        "Highlighted words are the evidence: hover or click one to see which score it moved.",
    ),
    "web_moved": ("推动的分数", "Scores it moved"),
    "web_moved_nothing": ("它没有改变任何分数。", "It did not change any score."),
    "web_said_not": ("你说过不会这一项，所以它不计分。", "You said you do not know this, so it does not count."),
    "web_legend_skill": ("技能", "skill"),
    "web_legend_background": ("背景", "background"),
    "web_legend_interest": ("意向", "interest"),
    "web_legend_negated": ("说不会的", "said not known"),
    "web_download": ("下载结果", "Download the result"),
    "web_download_md": ("Markdown", "Markdown"),
    "web_download_json": ("JSON", "JSON"),
    "web_role_in": ("属于「{direction}」", "in {direction}"),
    "web_kb": ("知识库 {kb} · 评分 {scorer}", "knowledge base {kb} · scorer {scorer}"),
    "web_bind_warning": (
        "警告：正在监听 {host}，同一网络中的其他机器也能访问本服务并提交内容；只在本机使用请用默认的 127.0.0.1。",
        "warning: listening on {host}, so other machines on your network can reach this service and submit text; "
        "keep the default 127.0.0.1 unless you mean it.",
    ),
    "web_serving": ("careermap 已启动：{url}　（Ctrl-C 停止）", "careermap is serving at {url}  (Ctrl-C stops it)"),
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
