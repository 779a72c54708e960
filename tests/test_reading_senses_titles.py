"""Word senses of English "Go" and "Swift", and the backgrounds ops titles name (lex6).

"Go" is the language only in its context (``context_aliases``, ``cues``); the verb's set phrases
("go-to", "go/no-go", "go deeper") are ``lexicon.yaml -> context_blockers`` and the board and mobile
games a sense guard. "Swift" keeps its guard against the adjective, the bird and the banks' network.
Ops titles name the SRE / DevOps background, business operations ("sales ops", 运营) do not."""

from __future__ import annotations

import pytest

from careermap.extract.evidence import extract
from careermap.ingest.document import from_text
from careermap.knowledge.loader import Knowledge


def skills(kb: Knowledge, text: str) -> set[str]:
    return {h.skill for h in extract(from_text(text, kb), kb).mentions()}


def backgrounds(kb: Knowledge, text: str) -> set[str]:
    return {t.archetype for t in extract(from_text(text, kb), kb).titles}


GO = [
    # the verb, the noun, the games: not the language
    ("I go to the gym every morning before work.", False),
    ("Let's go! Shipping the release tonight.", False),
    ("I like to work on the go, mostly from my laptop.", False),
    ("Go-to person for Java and Python questions.", False),
    ("Owned the go-live date for the payment platform.", False),
    ("In my spare time I enjoy playing Go, the board game.", False),
    ("下班喜欢下围棋，Go 下了十年。", False),
    ("Pokémon Go fan, Python developer.", False),
    ("Go for it, my manager said, so I led the Java rewrite.", False),
    ("I go through the code line by line during reviews.", False),
    ("Go deeper into PyTorch internals.", False),
    ("Made the Go/No-Go call on the Java migration.", False),
    ("Playing Go and writing Python.", False),
    ("Go, the board game, and Python.", False),
    # the language
    ("I write Go every day.", True),
    ("Go and Rust are my main languages.", True),
    ("Built backend services in Go.", True),
    ("Golang, Docker, Kubernetes", True),
    ("Designed Go microservices for order processing.", True),
    ("Proficient in Go and PostgreSQL.", True),
    ("精通 Go，熟悉 Kafka", True),
    ("用 Go 写服务，三年后端经验", True),
    ("Go 写过几个 CLI 工具", True),
    ("做过 Go 项目", True),
    ("Wrote the scheduler in Go.", True),
    ("Go developer at a startup", True),
    ("Experience with Go", True),
    ("5 years of Go", True),
    ("The go-to Go developer on the team", True),
]

SWIFT = [
    ("Known for a swift response to customer tickets.", False),
    ("Swift turnaround on every code review.", False),
    ("Ensured swift delivery of the quarterly reports.", False),
    ("A swift was nesting under the roof.", False),
    ("Swift (the bird) migrates to Africa every winter.", False),
    ("Processed SWIFT payments for the treasury team.", False),
    ("Handled SWIFT messages (MT103) between banks.", False),
    ("Big fan of Taylor Swift.", False),
    ("工作节奏很快，swift delivery 是团队的口号。", False),
    ("Built the iOS app in Swift and SwiftUI.", True),
    ("iOS in Swift, five years.", True),
    ("熟悉 Swift 和 Objective-C", True),
    ("用 Swift 开发 iOS 应用", True),
    ("Wrote the watchOS companion app in Swift.", True),
    ("Delivered a swift release of the iOS app in Swift.", True),
]


@pytest.mark.parametrize(("text", "named"), GO)
def test_go_is_the_language_only_in_its_sense(kb: Knowledge, text: str, named: bool) -> None:
    assert ("golang" in skills(kb, text)) is named


@pytest.mark.parametrize(("text", "named"), SWIFT)
def test_swift_is_the_language_only_in_its_sense(kb: Knowledge, text: str, named: bool) -> None:
    assert ("swift" in skills(kb, text)) is named


OPS = [
    ("Ops engineer at a cloud gaming company.", "sre_devops"),
    ("I'm the ops guy on a five-person team.", "sre_devops"),
    ("Operations engineer (IT), keeping servers up.", "sre_devops"),
    ("运维工程师，五年经验", "sre_devops"),
    ("我是做运维的", "sre_devops"),
    ("Site reliability engineer at a bank.", "sre_devops"),
    ("DevOps guy for a startup, did everything from CI to on-call.", "sre_devops"),
    ("Sysadmin for ten years.", "sre_devops"),
    ("System administrator at a university.", "sre_devops"),
    ("Linux system admin at a hosting company.", "sre_devops"),
    ("Systems admin at a school district.", "sre_devops"),
    ("以前是 IT 运维，现在想转大模型", "sre_devops"),
    ("IT运维工程师，负责机房和网络", "sre_devops"),
    ("系统管理员，管了几百台服务器", "sre_devops"),
    ("Senior Ops Engineer, on call for the payments stack", "sre_devops"),
    ("Ops guy turned Python developer", "sre_devops"),
    ("Infra engineer at a fintech.", "cloud_platform"),  # infrastructure: the cloud platform background
]

NOT_OPS = [
    "Sales ops manager at a SaaS company.",
    "Sales operations engineer at a SaaS company.",
    "Marketing operations engineer for a retail brand.",
    "Marketing ops guy for a startup.",
    "Business operations engineer at a ride-hailing company.",
    "Revenue ops and RevOps tooling.",
    "People ops partner at a startup.",
    "10 years in sales ops",
    "我是做运营的，负责用户增长",
    "新媒体运营，三年",
    "产品运营出身",
    "运营工程师，负责活动策划",
    "Operations manager at a warehouse.",
]


@pytest.mark.parametrize(("text", "background"), OPS)
def test_an_ops_title_names_the_sre_devops_background(kb: Knowledge, text: str, background: str) -> None:
    assert background in backgrounds(kb, text)


@pytest.mark.parametrize("text", NOT_OPS)
def test_business_operations_name_no_ops_background(kb: Knowledge, text: str) -> None:
    assert not backgrounds(kb, text) & {"sre_devops", "cloud_platform"}


@pytest.mark.parametrize(
    ("text", "named"),
    [
        # React beside the work done in it, with no other front-end word near
        ("Built the dashboard in React.", True),
        ("I use React daily.", True),
        ("Senior React developer.", True),
        # ... not the verb
        ("React quickly to incidents and page the on-call.", False),
        ("How fast can you react to an outage?", False),
        ("Users react with emoji in our chat app.", False),
    ],
)
def test_react_is_the_library_beside_its_work(kb: Knowledge, text: str, named: bool) -> None:
    assert ("react" in skills(kb, text)) is named, text
