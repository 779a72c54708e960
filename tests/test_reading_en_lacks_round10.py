"""English (and mixed Chinese-English) lacks and others' use as people type them, round 10: a lack said after the
skill with no mark or a short answer, a negation with words of kind between ("no production-grade Kafka experience"),
a lack after a comma pointing back, a group's skill the writer is set apart from ("My team uses Kafka but I'm on the
frontend"), negation over lists, and what holds a negator but stays had. Each family both ways.

Each template is read with three skills in turn (the names below). Before this round (main at 70ebfe3) the engine read
444 of these 636 sentences as written here: after 54/96 en, 30/39 mixed; kind between 45/84, 30/39; pointing back
33/45, 12/33; others' use 36/69, 15/36; lists 60/60, 30/30; stays had 72/75, 27/30.
None of these sentences is taken from benchmarks/data/reading_*.yaml."""

from __future__ import annotations

import pytest

from careermap.knowledge.loader import Knowledge

from .test_reading_status import status

L, H, W = "lacks", "has", "heard"
_NAMES = [
    ("Kafka", "kafka"),
    ("Spark", "spark"),
    ("Flink", "flink"),
    ("Airflow", "airflow"),
    ("Kubernetes", "kubernetes"),
    ("Terraform", "terraform"),
    ("Rust", "rust"),
    ("Scala", "scala"),
    ("Kotlin", "kotlin"),
    ("Redis", "redis"),
    ("Elasticsearch", "elasticsearch"),
    ("MongoDB", "mongodb"),
    ("Ansible", "ansible"),
    ("Docker", "docker"),
    ("PyTorch", "pytorch"),
    ("TensorFlow", "tensorflow"),
    ("CUDA", "cuda"),
    ("GraphQL", "graphql"),
    ("TypeScript", "typescript"),
    ("Django", "django"),
    ("Hadoop", "hadoop"),
    ("Hive", "hive"),
    ("Java", "java"),
    ("Postgres", "postgresql"),
    ("MySQL", "mysql"),
    ("LangChain", "langchain"),
    ("gRPC", "grpc"),
]


def _read_with_names(templates: list[tuple[str, dict[str, str]]]) -> list[tuple[str, dict[str, str]]]:
    """Each template with three sets of skill names ({a}, {b}, {c}), and what each of them should be."""
    out = []
    n = len(_NAMES)
    for i, (template, expected) in enumerate(templates):
        for k in range(3):
            picks = [_NAMES[(i * 7 + k * 5 + j * 3) % n] for j in range(3)]
            text = template.format(a=picks[0][0], b=picks[1][0], c=picks[2][0])
            out.append((text, {picks["abc".index(slot)][1]: place for slot, place in expected.items()}))
    return out


# a lack said after the skill, with no mark or a short answer ("Kubernetes I don't", "as for CUDA, nada")
_AFTER_EN = [
    ("{a} I don't.", {"a": L}),
    ("{a}, I don't.", {"a": L}),
    ("{a} I haven't.", {"a": L}),
    ("{a} - never.", {"a": L}),
    ("{a} — never.", {"a": L}),
    ("{a}? not really.", {"a": L}),
    ("{a}: zero.", {"a": L}),
    ("{a}: none.", {"a": L}),
    ("{a} yes, {b} not so much.", {"a": H, "b": L}),
    ("as for {a}, nada", {"a": L}),
    ("As for {a}, nothing.", {"a": L}),
    ("{a}? Barely.", {"a": L}),
    ("{a}, no idea.", {"a": L}),
    ("{a}? no clue", {"a": L}),
    ("{a}: not yet", {"a": L}),
    ("{a}, not much.", {"a": L}),
    ("{a} I can, {b} I can't.", {"a": H, "b": L}),
    ("{a}? Nope.", {"a": L}),
    ("{a}: hardly.", {"a": L}),
    ("{a} - not at all", {"a": L}),
    ("{a}? I haven't, honestly.", {"a": L}),
    ("{a}, I have not.", {"a": L}),
    ("When it comes to {a}, nothing.", {"a": L}),
    ("{a}? I never have.", {"a": L}),
    # near: stays has
    ("{a}, no doubt.", {"a": H}),
    ("{a}? Yes, daily.", {"a": H}),
    ("{a} — every day.", {"a": H}),
    ("As for {a}, I run it in production.", {"a": H}),
    ("{a}: 4 years.", {"a": H}),
    ("{a}, I do.", {"a": H}),
    ("{a} I can, and {b} too.", {"a": H, "b": H}),
    ("{a}, nothing fancy.", {"a": H}),
]
_AFTER_MIXED = [
    ("{a} 的话，没有", {"a": L}),
    ("{a} 嘛，没碰过", {"a": L}),
    ("{a}：零", {"a": L}),
    ("{a}? 不太会", {"a": L}),
    ("{a} 可以，{b} 就不太行了", {"a": H, "b": L}),
    ("至于 {a}，nada", {"a": L}),
    ("{a} 我 not really", {"a": L}),
    ("{a} - 完全没有", {"a": L}),
    ("{a}：完全没有", {"a": L}),
    ("{a}，no idea", {"a": L}),
    ("{a}? nope，没用过", {"a": L}),
    ("{a}：没问题", {"a": H}),
    ("{a} 可以，天天用", {"a": H}),
]
# a negation with words of kind between the negator and the skill ("no production-grade Kafka experience")
_MODIFIED_EN = [
    ("no production-grade {a} experience", {"a": L}),
    ("No real-world {a} experience.", {"a": L}),
    ("I have never shipped anything real with {a}.", {"a": L}),
    ("I don't have any professional {a} experience.", {"a": L}),
    ("not much practical {a} exposure", {"a": L}),
    ("no commercial {a} experience", {"a": L}),
    ("zero production {a} experience", {"a": L}),
    ("no enterprise-level {a} background", {"a": L}),
    ("haven't done any serious {a} work", {"a": L}),
    ("never built anything serious in {a}", {"a": L}),
    ("haven't written a single line of production {a} code", {"a": L}),
    ("I have no real hands-on {a} experience.", {"a": L}),
    ("No meaningful {a} exposure so far.", {"a": L}),
    ("I don't have much {a} experience.", {"a": L}),
    ("no in-depth {a} knowledge", {"a": L}),
    ("no large-scale {a} experience", {"a": L}),
    ("I've got no actual {a} experience.", {"a": L}),
    ("I haven't got any real {a} experience.", {"a": L}),
    ("Not a lot of production {a} experience.", {"a": L}),
    ("never shipped a production {a} service", {"a": L}),
    # near
    ("Production-grade {a} experience.", {"a": H}),
    ("Real-world {a} experience at scale.", {"a": H}),
    ("I have professional {a} experience.", {"a": H}),
    ("No downtime in three years of production {a} experience.", {"a": H}),
    ("Not just hobby {a}: five years of production experience.", {"a": H}),
    ("I don't have any problems with production {a}.", {"a": H}),
    ("No other candidate has my {a} experience.", {"a": H}),
    ("I shipped a real {a} service last year.", {"a": H}),
]
_MODIFIED_MIXED = [
    ("没有 production 级别的 {a} 经验", {"a": L}),
    ("没做过真正上线的 {a} 项目", {"a": L}),
    ("没有真正 production 的 {a} 经验", {"a": L}),
    ("没写过 serious 的 {a} 项目", {"a": L}),
    ("没有 hands-on 的 {a} 经验", {"a": L}),
    ("没有任何 real-world 的 {a} 经验", {"a": L}),
    ("没有大规模 {a} 经验", {"a": L}),
    ("没有线上 {a} 的经验", {"a": L}),
    ("no 大规模 {a} 经验", {"a": L}),
    ("没有生产环境的 {a} 经验", {"a": L}),
    ("有 production 级别的 {a} 经验", {"a": H}),
    ("线上 {a} 经验丰富", {"a": H}),
    ("没有人比我更懂 {a}", {"a": H}),
]
# a lack after a comma that points back to the skill its sentence opened with ("SQL 写得稀烂，基本不会"); rusty
# alone is a lowered level (basic), no longer able to write it is forgotten: a lack, as 忘了 and 生疏了 read
_POINTS_BACK_EN = [
    ("my {a} is rusty, basically can't write it anymore", {"a": L}),
    ("{a}, heard of it, never used it", {"a": L}),
    ("Read about {a}, never actually used it.", {"a": L}),
    ("{a} — I have never touched it.", {"a": L}),
    ("Did some {a} in school, forgot most of it.", {"a": L}),
    ("{a}, never got around to it.", {"a": L}),  # (after a wish, "was on my list, never got to it", it reads as wants)
    ("Tried {a} once and gave up on it.", {"a": L}),
    ("Used {a} years ago, can't remember any of it.", {"a": L}),
    ("{a}, looked at it once, never used it.", {"a": L}),
    ("{a} is rusty, can't write it anymore.", {"a": L}),
    ("Studied {a} in college, have forgotten most of it.", {"a": L}),
    ("{a} was years ago, don't remember any of it.", {"a": L}),
    ("Did a {a} course once, it's all gone now.", {"a": L}),
    ("{a}: read the docs, never actually used it.", {"a": L}),
    # near
    ("Used {a} for years, never had a reason to leave it.", {"a": H}),
    ("My {a} is solid, never had an outage.", {"a": H}),
    ("Wrote {a} for years, can't imagine going back.", {"a": H}),
    ("My {a} is a bit rusty.", {"a": H}),
    ("{a} is rusty but I still write it weekly.", {"a": H}),
    ("{a}, I tried it and loved it.", {"a": H}),
]
_POINTS_BACK_MIXED = [
    ("{a} 写得稀烂，基本不会", {"a": L}),
    ("{a} 只看过文档，完全不会", {"a": L}),
    ("{a} 看过几篇博客，没上手", {"a": L}),
    ("{a} 了解一点概念，写不出来", {"a": L}),
    ("{a} 学过一点，全忘了", {"a": L}),
    ("{a} 大学学过，早就不会了", {"a": L}),
    ("{a} 碰过一次，no idea", {"a": L}),
    ("{a} 接触过一点，but 基本不会", {"a": L}),
    ("{a} 用过一阵子，都忘光了", {"a": L}),
    ("{a} 写得很熟，基本不会出错", {"a": H}),
    ("{a} 用了三年，没踩过坑", {"a": H}),
]
# others' use: a group the writer is set apart from, everyone else, the people one sits beside, who they are
_OTHERS_EN = [
    ("My team uses {a} but I'm on the frontend.", {"a": W}),
    ("our data team runs {a}; I just consume the tables", {"a": W}),
    ("the company's stack is {a}, I write the tooling", {"a": W}),
    ("my roommate does {a} stuff", {"a": W}),
    ("I work next to the ML folks who train on {a}", {"a": W}),
    ("Everyone else on my team writes {a}.", {"a": W}),
    ("The guy next to me does {a}.", {"a": W}),
    ("My husband writes {a} for a living.", {"a": W}),
    ("The platform team handles {a}, I only write app code.", {"a": W}),
    ("Our team is all-in on {a}, but I'm just the PM.", {"a": W}),
    ("The data engineers maintain {a} pipelines; I'm only an analyst.", {"a": W}),
    ("My company runs on {a} while I do design.", {"a": W}),
    ("I sit next to people who write {a}.", {"a": W}),
    ("My brother codes in {a}.", {"a": W}),
    ("My manager is big on {a}.", {"a": W}),
    ("My team uses {a}, though I'm on the mobile side.", {"a": W}),
    # near
    ("My team uses {a} and I own the consumers.", {"a": H}),
    ("My team and I run {a} in production.", {"a": H}),
    ("Our team uses {a}; I just maintain it.", {"a": H}),
    ("My team uses {a} every day.", {"a": H}),
    ("The infra team owns {a}, and I'm the one who built it.", {"a": H}),
    ("Our data team runs {a}, I just built the whole setup.", {"a": H}),
    ("My team uses {a} but I'm the one who set it up.", {"a": H}),
]
_OTHERS_MIXED = [
    ("我们组用 {a}，但我做前端", {"a": W}),
    ("数据组在跑 {a}，我只是用表", {"a": W}),
    ("公司主力是 {a}，我写工具", {"a": W}),
    ("室友搞 {a} 的", {"a": W}),
    ("隔壁组用 {a} 做实时", {"a": W}),
    ("my team 用 {a}，我是做前端的", {"a": W}),
    ("our infra guys 在维护 {a}", {"a": W}),
    ("团队里都用 {a}，不过我只负责测试", {"a": W}),
    ("公司的技术栈是 {a}，我主要做产品", {"a": W}),
    ("组里其他人写 {a}", {"a": W}),
    ("我们组用 {a}，我做了迁移", {"a": H}),
    ("我们组用 {a}，我只是用它做缓存", {"a": H}),
]
# negation over a list on either side
_LISTS_EN = [
    ("no hands-on with {a}, {b} or {c}", {"a": L, "b": L, "c": L}),
    ("{a}, {b}, {c} — none of them in production", {"a": L, "b": L, "c": L}),
    ("neither {a} nor {b}", {"a": L, "b": L}),
    ("not {a}, not {b}", {"a": L, "b": L}),
    ("No experience with {a}, {b}, or {c}.", {"a": L, "b": L, "c": L}),
    ("Haven't used {a}, {b} or {c}.", {"a": L, "b": L, "c": L}),
    ("{a}, {b}, {c}: none.", {"a": L, "b": L, "c": L}),
    ("I know neither {a} nor {b}.", {"a": L, "b": L}),
    ("Not {a}, not {b}, not {c}.", {"a": L, "b": L, "c": L}),
    ("{a} and {b}, neither in production.", {"a": L, "b": L}),
    ("no {a}, no {b}, no {c}", {"a": L, "b": L, "c": L}),
    ("Never touched {a} or {b}.", {"a": L, "b": L}),
    ("{a}/{b}/{c}: no experience.", {"a": L, "b": L, "c": L}),
    ("I've used neither {a} nor {b}.", {"a": L, "b": L}),
    ("Zero experience with {a} and {b}.", {"a": L, "b": L}),
    # near
    ("{a}, {b} and {c}: all in production.", {"a": H, "b": H, "c": H}),
    ("Not only {a} but also {b}.", {"a": H, "b": H}),
    ("No experience with {a}, but five years of {b}.", {"a": L, "b": H}),
    ("{a} and {b}, both daily.", {"a": H, "b": H}),
    ("{a}, {b}, not {c}.", {"a": H, "b": H, "c": L}),
]
_LISTS_MIXED = [
    ("{a}、{b}、{c} 都没在生产用过", {"a": L, "b": L, "c": L}),
    ("{a} 和 {b} 都不会", {"a": L, "b": L}),
    ("no hands-on 的 {a}、{b}", {"a": L, "b": L}),
    ("{a}、{b}，none of them", {"a": L, "b": L}),
    ("既不会 {a} 也不会 {b}", {"a": L, "b": L}),
    ("{a}、{b} 都没碰过", {"a": L, "b": L}),
    ("{a} 跟 {b}，neither", {"a": L, "b": L}),
    ("没用过 {a}、{b} 和 {c}", {"a": L, "b": L, "c": L}),
    ("{a}、{b} 都很熟", {"a": H, "b": H}),
    ("不仅会 {a}，还会 {b}", {"a": H, "b": H}),
]
# what holds a negator and must stay had
_STAYS_HAS_EN = [
    ("no problem with {a}", {"a": H}),
    ("not only {a} but also {b}", {"a": H, "b": H}),
    ("never had an outage with {a}", {"a": H}),
    ("I don't just write {a}, I profile {b} too", {"a": H, "b": H}),
    ("can't live without {a}", {"a": H}),
    ("nothing beats {a}", {"a": H}),
    ("never stopped using {a}", {"a": H}),
    ("no one on my team knew {a}, so I learned it", {"a": H}),
    ("No issues scaling {a} to 1M QPS.", {"a": H}),
    ("Never lost data with {a}.", {"a": H}),
    ("I can't imagine working without {a}.", {"a": H}),
    ("Nobody else knew {a}, so I wrote the service.", {"a": H}),
    ("Not a day goes by without {a}.", {"a": H}),
    ("I never say no to {a}.", {"a": H}),
    ("{a}? Yes, daily.", {"a": H}),
    ("{a} — every day.", {"a": H}),
    ("As for {a}, I write it daily.", {"a": H}),
    ("No shortage of {a} work at my job.", {"a": H}),
    ("Never a dull day with {a}.", {"a": H}),
    ("I couldn't do my job without {a}.", {"a": H}),
    ("No one knows {a} better than me.", {"a": H}),
    ("Haven't had a single {a} incident in two years.", {"a": H}),
    ("{a} never lets me down.", {"a": H}),
    # the other way: near lacks
    ("no experience with {a}", {"a": L}),
    ("I never use {a}.", {"a": L}),
]
_STAYS_HAS_MIXED = [
    ("没问题，{a} 很熟", {"a": H}),
    ("不光会 {a}，也写 {b}", {"a": H, "b": H}),
    ("离不开 {a}", {"a": H}),
    ("{a} 用起来没问题", {"a": H}),
    ("不仅 {a}，{b} 也很熟", {"a": H, "b": H}),
    ("每天都离不开 {a}", {"a": H}),
    ("{a} never lets me down，天天用", {"a": H}),
    ("{a} 从来没出过问题", {"a": H}),
    ("{a} 用得很顺手，no problem", {"a": H}),
    ("没用过 {a}", {"a": L}),
]


@pytest.mark.parametrize(
    ("text", "expected"), _read_with_names(_AFTER_EN + _AFTER_MIXED + _MODIFIED_EN + _MODIFIED_MIXED)
)
def test_lacks_after_the_skill_and_with_kind_between(kb: Knowledge, text: str, expected: dict[str, str]) -> None:
    got = status(kb, text)
    assert {k: got.get(k) for k in expected} == expected


@pytest.mark.parametrize(("text", "expected"), _read_with_names(_POINTS_BACK_EN + _POINTS_BACK_MIXED))
def test_a_lack_after_a_comma_points_back(kb: Knowledge, text: str, expected: dict[str, str]) -> None:
    got = status(kb, text)
    assert {k: got.get(k) for k in expected} == expected


@pytest.mark.parametrize(("text", "expected"), _read_with_names(_OTHERS_EN + _OTHERS_MIXED))
def test_what_others_use_is_heard_of(kb: Knowledge, text: str, expected: dict[str, str]) -> None:
    got = status(kb, text)
    assert {k: got.get(k) for k in expected} == expected


@pytest.mark.parametrize(
    ("text", "expected"), _read_with_names(_LISTS_EN + _LISTS_MIXED + _STAYS_HAS_EN + _STAYS_HAS_MIXED)
)
def test_lists_and_what_stays_had(kb: Knowledge, text: str, expected: dict[str, str]) -> None:
    got = status(kb, text)
    assert {k: got.get(k) for k in expected} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a short name counts beside a bare answer about it, written as a name; not a word of going
        ("Go? not really", {"golang": L}),
        ("Go: none.", {"golang": L}),
        ("Ready to go? Not yet.", {"golang": None}),
        # the brief's own shapes, and others read the same way
        ("SQL yes, Spark not so much", {"sql": H, "spark": L}),
        ("Docker I can, Kubernetes I can't.", {"docker": H, "kubernetes": L}),
        ("the company's stack is Go, I write the Python tooling", {"golang": W, "python": H}),
        ("公司主力是 Go，我写 Python 工具", {"golang": W, "python": H}),
        ("my Java is rusty, basically can't write it anymore", {"java": L}),
        ("My Java is rusty.", {"java": H}),
        ("Java 写得很生疏，基本不会了", {"java": L}),
        ("GraphQL looks cool, haven't tried it.", {"graphql": L}),
        ("Docker 听说过，没用过", {"docker": W}),
        ("The company runs on AWS but I never touch it.", {"aws": W}),
        ("The infra team owns Kubernetes, I just deploy to it.", {"kubernetes": H}),
        ("I don't just write PyTorch, I profile CUDA kernels too", {"pytorch": H, "cuda": H}),
        ("no one on my team knew Kubernetes, so I learned it", {"kubernetes": H}),
        ("Mentored new hires that had never used Kubernetes.", {"kubernetes": H}),
        ("I mentor interns who struggle with Docker.", {"docker": H}),
        ("My friends who write Rust say it is great.", {"rust": W}),
    ],
)
def test_shapes_named_in_the_issue(kb: Knowledge, text: str, expected: dict[str, str | None]) -> None:
    got = status(kb, text)
    assert {k: got.get(k) for k in expected} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # lists said as people type them
        ("Never used Spark or Flink in production.", {"spark": L, "flink": L}),
        ("I haven't worked with either Kafka or Redis.", {"kafka": L, "redis": L}),
        ("Docker yes; Kubernetes, Ansible and Terraform no.", {"docker": H, "kubernetes": L, "terraform": L}),
        ("Kafka/Redis/MongoDB - never.", {"kafka": L, "redis": L, "mongodb": L}),
        ("I've never touched Hadoop, let alone Spark.", {"hadoop": L, "spark": L}),
        ("No Java. No C#. No Kotlin.", {"java": L, "csharp": L, "kotlin": L}),
        ("Don't know Scala or Kotlin, only Java.", {"scala": L, "kotlin": L, "java": H}),
        ("My experience doesn't include Kafka or Redis.", {"kafka": L, "redis": L}),
        ("My experience includes Kafka and Redis.", {"kafka": H, "redis": H}),
        ("Kafka, Redis — never in prod.", {"kafka": L, "redis": L}),
        ("Kafka, Redis — daily in prod.", {"kafka": H, "redis": H}),
        ("Spark 和 Flink 都 never used", {"spark": L, "flink": L}),
        ("Kafka、Redis 这些 I haven't touched", {"kafka": L, "redis": L}),
        ("Spark/Flink 都不熟，only SQL", {"spark": L, "flink": L, "sql": H}),
        # others who have it, push it or love it; the writer's own stays had
        ("A friend of mine swears by Rust.", {"rust": W}),
        ("My TL wants us to move to Kubernetes.", {"kubernetes": W}),
        ("Our CTO is pushing for Rust.", {"rust": W}),
        ("Our CTO is pushing for Rust, so I wrote the first service in it.", {"rust": H}),
        ("I'm pushing for Rust adoption at work.", {"rust": H}),
        ("Our architect loves GraphQL.", {"graphql": W}),
        ("I love GraphQL.", {"graphql": H}),
        ("My coworkers are all into Rust.", {"rust": W}),
        ("Lots of people at my company use Spark.", {"spark": W}),
        ("Many people use Spark, but I run it at 10PB scale.", {"spark": H}),
        ("Some teams here use Flink.", {"flink": W}),
        ("The other team uses Kafka.", {"kafka": W}),
        ("Other teams adopted the Kafka platform I built.", {"kafka": H}),
        ("My partner works with Terraform.", {"terraform": W}),
        ("My partner and I built the Kafka pipeline.", {"kafka": H}),
        ("The senior devs here all write Scala.", {"scala": W}),
        ("Seniors on my team review my Scala code.", {"scala": H}),
        ("My colleague writes Kafka code.", {"kafka": W}),
        ("My colleague reviewed my Kafka code.", {"kafka": H}),
        ("I know people who swear by Postgres.", {"postgresql": W}),
        ("I know Postgres inside out.", {"postgresql": H}),
        ("my colleague 在搞 Flink", {"flink": W}),
        ("同事看了我的 Go 代码", {"golang": H}),
    ],
)
def test_lists_and_others_as_people_type_them(kb: Knowledge, text: str, expected: dict[str, str]) -> None:
    got = status(kb, text)
    assert {k: got.get(k) for k in expected} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kafka was never part of my job.", {"kafka": L}),
        ("Kafka was part of my job for years.", {"kafka": H}),
        ("Kafka has never been part of my work.", {"kafka": L}),
        ("Kafka has been part of my work since 2019.", {"kafka": H}),
        ("Kafka hasn't been part of any project of mine.", {"kafka": L}),
        ("Kafka never came up in my work.", {"kafka": L}),
        ("I couldn't tell you how Kafka works.", {"kafka": L}),
        ("I can tell you how Kafka works.", {"kafka": H}),
        ("Unfortunately no Kafka.", {"kafka": L}),
        ("Sadly, no Rust.", {"rust": L}),
        ("Unfortunately, Kafka went down twice this year.", {"kafka": H}),
        ("Kafka is unfamiliar.", {"kafka": L}),
        ("Kafka isn't in my wheelhouse.", {"kafka": L}),
        ("Kafka? Can't help you there.", {"kafka": L}),
        ("Kafka never stuck with me.", {"kafka": L}),
        ("The Kafka consumer never stuck after my fix.", {"kafka": H}),
        ("Wish I knew Kafka.", {"kafka": "wants"}),
    ],
)
def test_english_lacks_said_of_the_skill(kb: Knowledge, text: str, expected: dict[str, str]) -> None:
    got = status(kb, text)
    assert {k: got.get(k) for k in expected} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I use Docker daily but Kubernetes is still a total mystery to me.", {"docker": H, "kubernetes": L}),
        ("I can't write C, C++ or any Rust, I'm a JS dev.", {"cpp": L, "rust": L}),
        ("Python or any other language is fine by me.", {"python": H}),
        ("Skill gaps (being honest): Kubernetes, Terraform, Ansible.", {"kubernetes": L, "terraform": L, "ansible": L}),
        ("Skills: Kubernetes, Terraform, Ansible.", {"kubernetes": H, "terraform": H, "ansible": H}),
        ("The data science team does all the Flink stuff; I just maintain the Django service around it.", {"flink": W}),
        ("The data science team does all the Flink stuff; I just maintain it.", {"flink": H}),
        ("The job posting lists Terraform and Ansible.", {"terraform": W, "ansible": W}),
        ("我们组在做 Kafka 迁移，不过我负责前端", {"kafka": W}),
        ("我们组在做 Kafka 迁移，我负责消费端", {"kafka": H}),
    ],
)
def test_more_shapes_of_lacks_and_others(kb: Knowledge, text: str, expected: dict[str, str]) -> None:
    got = status(kb, text)
    assert {k: got.get(k) for k in expected} == expected
