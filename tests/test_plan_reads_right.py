"""A route that reads right: stages numbered 1, 2, 3 with no gap; "skills to learn" is the route's
and what lies beyond it says so; skills counted without being named say where they came from; the
nearest roles are those the background leads to, not whatever role is smallest."""

from __future__ import annotations

import re

import httpx
import pytest
from rich.console import Console

from careermap.api import diagnose
from careermap.knowledge.loader import Knowledge
from careermap.planning.roadmap import build_plan, efforts
from careermap.report.plan import route
from careermap.report.plan_markdown import render_plan
from careermap.report.plan_terminal import render_plan as render_terminal
from tests.conftest import Server

JAVA_ZH = "5年Java后端开发，熟悉Spring Cloud和Redis"  # a route of three stages over templates 1, 2, 4
PEOPLE = {
    "android_en": "Android developer, 5 years. Kotlin, Java, Jetpack Compose, Retrofit, Room, MVVM. Shipped apps.",
    "android_zh": "安卓开发工程师，5年经验，熟练 Kotlin、Java，Jetpack Compose，做过百万用户的 App。",
    "java_zh": JAVA_ZH,
    "frontend_en": "Frontend engineer: React, TypeScript, Node.js, 4 years.",
    "cuda_en": "I write CUDA kernels and C++ for GPU inference, TensorRT, vLLM.",
    "spark_zh": "数据工程师，Spark、Hive、Kafka、Airflow、SQL、Python，数据清洗。",
}
# the direction a person of each background would call near (1 training … 5 apps, 6 safety)
NEAR = {"android_en": 5, "android_zh": 5, "java_zh": 5, "frontend_en": 5, "cuda_en": 3, "spark_zh": 4}


@pytest.mark.parametrize("who", sorted(PEOPLE))
def test_stages_are_numbered_one_two_three_with_no_gap(who: str, kb: Knowledge) -> None:
    for role in ("apps.agent", "data.pipeline", None):
        plan = build_plan(kb, diagnose(PEOPLE[who], kb=kb), role=role)
        data = route(kb, plan)
        assert [s.number for s in data.stages] == list(range(1, len(data.stages) + 1))
        for st in data.stages:  # the name and goal are those of the template it follows
            assert st.template is not None and st.name == kb.planning.stage(st.template).name.get(data.lang)
        for st in data.stages:
            for p in st.projects:
                assert p.ready_after_stage is None or st.number < p.ready_after_stage <= len(data.stages)


def test_a_three_stage_route_reads_stage_3_everywhere(kb: Knowledge) -> None:
    data = route(kb, build_plan(kb, diagnose(JAVA_ZH, kb=kb)))
    assert [s.number for s in data.stages] == [1, 2, 3]
    assert [s.template for s in data.stages] == [1, 2, 4]  # the last template's name, the third number
    md = render_plan(data)
    assert re.findall(r"^## 阶段 (\d)", md, flags=re.M) == ["1", "2", "3"]
    console = Console(record=True, width=160)
    render_terminal(console, data)
    text = console.export_text()
    assert "阶段 3" in text and "阶段 4" not in text


def test_what_you_have_says_which_skills_were_inferred_and_from_what(kb: Knowledge) -> None:
    data = route(kb, build_plan(kb, diagnose(JAVA_ZH, kb=kb)))
    inferred = [s for s in data.have if s.inferred]
    named = [s for s in data.have if not s.inferred]
    assert inferred and named
    for s in inferred:
        assert s.basis is not None and s.basis.kind in ("implied", "background") and not s.evidence
    for s in named:
        assert s.basis is None and s.evidence
    md = render_plan(data)
    for s in inferred:
        line = next(x for x in md.splitlines() if x.startswith(f"- [x] {s.name} "))
        assert s.basis is not None and s.basis.name in line
    js = data.model_dump(mode="json", by_alias=True)
    assert all(h["inferred"] == (h["from"] is not None) for h in js["have"])


@pytest.mark.parametrize("who", sorted(PEOPLE))
def test_the_nearest_roles_are_those_the_background_leads_to(who: str, kb: Knowledge) -> None:
    a = diagnose(PEOPLE[who], kb=kb)
    plan = build_plan(kb, a)
    assert kb.direction_of(plan.closest[0].role).number == NEAR[who], [c.role for c in plan.closest]
    best = max(e.score for e in efforts(kb, a))
    share = kb.planning.closest_min_fit_share
    passing = [e for e in efforts(kb, a) if e.score >= share * best]
    # every role that fits well enough comes before any that does not, least hours first
    shown = plan.closest[: len(passing)]
    assert all(c.score >= share * best for c in shown)
    assert [c.hours for c in shown] == sorted(c.hours for c in shown)
    assert all(c.score < share * best for c in plan.closest[len(passing) :])


def test_an_android_developer_is_nearest_to_application_roles(kb: Knowledge) -> None:
    for who in ("android_en", "android_zh"):
        plan = build_plan(kb, diagnose(PEOPLE[who], kb=kb))
        assert {kb.direction_of(c.role).id for c in plan.closest[:2]} == {"apps"}, [c.role for c in plan.closest]
        assert all(kb.direction_of(c.role).id != "data" for c in plan.closest)


def test_the_page_lists_the_routes_skills_and_marks_what_lies_beyond_it(server: Server, kb: Knowledge) -> None:
    r = httpx.post(f"{server.url}/", data={"text": JAVA_ZH, "lang": "en"}, headers={"Origin": server.url}, timeout=60)
    assert r.status_code == 200
    html = r.text
    data = route(kb, build_plan(kb, diagnose(JAVA_ZH, kb=kb), lang="en"))
    to_learn = html.split('id="plan-to-learn"', 1)[1].split("</ul>", 1)[0]
    beyond = html.split('id="plan-beyond"', 1)[1].split("</ul>", 1)[0]
    on_route = [s for s in data.missing if s.in_route]
    assert re.findall(r'data-skill="([^"]+)"', to_learn) == [s.id for s in on_route]
    assert sum(int(h) for h in re.findall(r"· (\d+) h<", to_learn)) == data.total_hours
    assert re.findall(r'data-skill="([^"]+)"', beyond) == [s.id for s in data.next]
    assert beyond.count("beyond this route") == len(data.next) and not re.search(r"\d+ h<", beyond)
    assert "Stage 3" in html and "Stage 4" not in html
    have = html.split('id="plan-have"', 1)[1].split("</ul>", 1)[0]
    for s in data.have:
        item = have.split(f'data-skill="{s.id}"', 1)[1].split("</li>", 1)[0]
        assert ('class="inferred"' in item) == s.inferred
        if s.inferred and s.basis is not None:
            assert s.basis.name in item
