"""Round inter17: how interests, wishes and dislikes are read, mostly in English.

Each rule is tested both ways, a case it must change and a near twin it must not:

1. interest headings in more shapes: a bracketed qualifier before the colon ("Interests (technical):"), one or two
   words of kind before the heading word ("Other interests:", "Hobbies and interests:"; not "Skills & interests:" nor
   a posting's "Our goals:"), a heading word joined after it ("Interests & hobbies:"), a heading opening a sentence
   inside a line ("Skills: Python. Interests: RL"), and the heading's reach ending at the next heading of its line
   ("Interests: RL. Skills: Python"); Markdown's emphasis around a heading ("**Interests**"), a blank line right under
   it ("Interests:\n\n- Rust"), a heading word joined by a slash ("Interests / Hobbies:");
2. dislike headings ("Dislikes: PHP", "Turn-offs: legacy PHP"), and the same words in a sentence read as a dislike;
3. a second predicate of the writer's, its subject left out, after an interest or a wish ("I'm interested in ML and
   use Python daily", "fascinated by Kafka and have run it for years"); after a wish an infinitive goes on ("want to
   learn K8s and run my apps on it"); years of it had, after a wish or an interest ("…because I have 5 years of Kafka
   experience", "…after 8 years of Java development");
4. a claim right after an item of a heading outweighs the heading ("Interests: Go (use it at work), Rust");
6. a wish or an interest of the writer's, its subject left out, after what was heard, pointing back to it ("Heard great
   things about Flink, would love to try it", "…read about Kafka and find it fascinating"): the wish, not hearsay;
5. lexicon data: learning in the future progressive, an aspiration named, a plan whose first word is to learn, a goal
   said with a gerund, an eagerness to work on it, a wish to avoid it (not "try to avoid", said of faults), an eye kept
   on it by the writer, a role wished for, an ideal, a plan that includes it, a readiness or a resolve to learn it,
   在了解; a Chinese dislike, then a contrast and years of it done ("讨厌 Hive，不过已经维护了
   两年"); what gets one up in the morning, a favourite thing, and trait topics (breaking models, writing tests).

None of these sentences is taken from benchmarks/data."""

from __future__ import annotations

import pytest

from careermap.knowledge.loader import Knowledge

from .test_reading_status import check_places as check
from .test_reading_status import ev

CHANGED = [
    # 1. headings
    ("Interests (outside work): robotics, FPGA", {"robotics": "wants", "fpga": "wants"}),
    ("Other interests: compilers, LLVM", {"compiler_principles": "wants", "llvm": "wants"}),
    ("Personal interests: Rust", {"rust": "wants"}),
    ("Hobbies and interests: robotics", {"robotics": "wants"}),
    ("Interests & hobbies: robotics, chess", {"robotics": "wants"}),
    ("Skills: Java, SQL. Interests: Rust, Flink", {"java": "has", "sql": "has", "rust": "wants", "flink": "wants"}),
    ("Experience: 3 years of Go. Goal: learn Kubernetes", {"golang": "has", "kubernetes": "wants"}),
    ("Up next: Terraform", {"terraform": "wants"}),
    ("Interests | Rust | CUDA", {"rust": "wants", "cuda": "wants"}),
    ("**Interests**\n- Rust\n- CUDA", {"rust": "wants", "cuda": "wants"}),
    ("- **Interests**: Rust, CUDA", {"rust": "wants", "cuda": "wants"}),
    ("Interests:\n\n- Rust\n- CUDA", {"rust": "wants", "cuda": "wants"}),
    ("Interests / Hobbies: Rust, chess", {"rust": "wants"}),
    ("Short-term goal: AWS certification.", {"aws": "wants"}),
    ("熟悉 Java。感兴趣的方向：推荐系统", {"java": "has", "recommender_systems": "wants"}),
    # 2. dislike headings, and their words in a sentence
    ("Dislikes: PHP, Angular", {"php": "dislikes", "angular": "dislikes"}),
    ("Pet peeves: legacy PHP", {"php": "dislikes"}),
    ("Dealbreakers: on-call SRE work", {"sre": "dislikes"}),
    ("My least favourite tech is MATLAB.", {"matlab": "dislikes"}),
    ("不感兴趣的方向是前端。", {"web_frontend": "dislikes"}),
    # 3. a second predicate of the writer's
    ("I'm interested in NLP and use PyTorch daily.", {"nlp": "wants", "pytorch": "has"}),
    ("Curious about Rust and write Go every day.", {"rust": "wants", "golang": "has"}),
    ("I'm fascinated by Redis and have run it in production for years.", {"redis": "has"}),
    ("I want to learn Flink and have shipped Kafka pipelines for years.", {"flink": "wants", "kafka": "has"}),
    # 4. a claim after an item of a heading
    ("Interests: Python (use it daily), Rust", {"python": "has", "rust": "wants"}),
    # 6. a wish or an interest of the writer's after what was heard, its subject left out, pointing back
    ("Heard good things about Terraform, would love to try it.", {"terraform": "wants"}),
    ("I've read a little about Flink and find it fascinating.", {"flink": "wants"}),
    ("My colleagues keep talking about Rust; I'd like to learn it.", {"rust": "wants|heard"}),
    # 5. data
    ("I'll be picking up Kotlin next month.", {"kotlin": "wants"}),
    ("I will be learning CUDA next semester.", {"cuda": "wants"}),
    ("My aspiration is to work on compilers.", {"compiler_principles": "wants"}),
    ("Plan: learn Docker, then Helm.", {"docker": "wants", "helm": "wants"}),
    ("I'm keeping an eye on JAX.", {"jax": "wants"}),
    ("最近在了解 Kafka。", {"kafka": "wants"}),
    ("对 Flink 有点 interest", {"flink": "wants"}),
    ("讨厌 Hive，不过已经维护了两年。", {"hive": "has"}),
    ("My goal is learning Kubernetes.", {"kubernetes": "wants"}),
    ("I'm eager to work on search ranking.", {"search_ranking": "wants"}),
    ("I would like to avoid Oracle.", {"oracle_db": "dislikes"}),
    ("My main areas of interest are compilers and LLVM.", {"compiler_principles": "wants", "llvm": "wants"}),
    ("Couldn't get into Scala.", {"scala": "dislikes"}),
    ("Angular and I don't get along.", {"angular": "dislikes"}),
    ("Webpack gives me grief.", {"frontend_engineering": "dislikes"}),
    ("Kubernetes fatigue is real.", {"kubernetes": "dislikes"}),
    ("MATLAB is dead to me.", {"matlab": "dislikes"}),
    ("Interested in this role because I have 6 years of Spark experience.", {"spark": "has"}),
    ("Hoping to move into management after 10 years of Java development.", {"java": "has"}),
    ("I'd love a role where I get to write Scala.", {"scala": "wants"}),
    ("Ideally the role would involve Triton kernels.", {"triton_lang": "wants|has"}),
    ("Ideally I'd work on databases like PostgreSQL.", {"postgresql": "wants"}),
    ("I'm applying to SRE roles.", {"sre": "wants"}),
    ("I'd be happy to learn Kotlin.", {"kotlin": "wants"}),
    ("I could see myself working on robotics.", {"robotics": "wants"}),
    ("I'm determined to learn Verilog.", {"verilog": "wants"}),
    ("Kotlin is the next language I want to learn.", {"kotlin": "wants"}),
    ("Would be cool to work with Flink.", {"flink": "wants"}),
    ("I've always wondered how databases like PostgreSQL work.", {"postgresql": "wants"}),
    ("I'm a huge nerd for compilers.", {"compiler_principles": "wants"}),
    ("I love the idea of working with JAX.", {"jax": "wants"}),
]

UNCHANGED = [
    # 1. not an interest heading
    ("Skills & interests: Python, Docker", {"python": "has", "docker": "has"}),
    ("Our goals: build Kafka pipelines and Spark jobs.", {"kafka": "has", "spark": "has"}),
    ("Interests: RL. Skills: Python, Docker", {"reinforcement_learning": "wants", "python": "has", "docker": "has"}),
    ("I built a Flask app. Tech stack: Python, Redis", {"flask": "has", "python": "has", "redis": "has"}),
    ("Project plan: migrate Kafka to Kubernetes.", {"kafka": "has", "kubernetes": "has"}),
    ("Point of interest: we use Kafka.", {"kafka": "has"}),
    ("I joined a team where I get to use Kafka every day.", {"kafka": "has"}),
    ("Reduced alert fatigue with Prometheus alert routing.", {"monitoring": "has"}),
    ("We wondered how to scale Kafka, so I sharded it.", {"kafka": "has"}),
    ("I love the idea of Rust and use it daily.", {"rust": "has"}),
    ("I see myself as a backend engineer who ships Go daily.", {"golang": "has"}),
    ("The migration plan includes Kafka and Flink.", {"kafka": "has", "flink": "has"}),
    ("I want a role where I can use my Kafka experience.", {"kafka": "has"}),
    ("Happy to learn new things; I've used Python for 5 years.", {"python": "has"}),
    ("Interests:\n\n- Rust\n\nBuilt Go services at work.", {"rust": "wants", "golang": "has"}),
    ("**Skills**\n- Python\n- Go", {"python": "has", "golang": "has"}),
    # 2. not a dislike
    ("Skills: PHP, Laravel. Turned our PHP monolith into services.", {"php": "has"}),
    ("Kafka 集群三年没出过事故。", {"kafka": "has"}),
    # 3. a wish goes on with its infinitive; a negation is not work done
    ("I want to learn Kubernetes and run my apps on it.", {"kubernetes": "wants"}),
    ("I'd love to learn Rust and use it for CLI tools.", {"rust": "wants"}),
    ("I'm curious about Scala and have never used it.", {"scala": "wants|lacks"}),
    ("I'm interested in learning Go and building services with it.", {"golang": "wants"}),
    # 4. a claim without a heading stays as it was
    ("Go (use it at work)", {"golang": "has"}),
    # 6. not after hearsay, or not the writer's wish
    ("I use Redis daily and find it fascinating.", {"redis": "has"}),
    ("I heard about Ray from a colleague and have used it since.", {"ray": "has"}),
    ("Heard of Kafka, never used it.", {"kafka": "lacks"}),
    ("Everyone says Kafka is hard, and I want to learn Spark.", {"kafka": "heard", "spark": "wants"}),
    # 5. data twins
    ("Currently working on LLM serving with vLLM.", {"vllm": "has"}),
    ("Responsible for keeping an eye on Kafka consumer lag in Grafana.", {"kafka": "has"}),
    ("了解 Redis 的基本使用。", {"redis": "has"}),
    ("不喜欢 PHP，但用 Java 写了三年。", {"php": "dislikes", "java": "has"}),
    ("不喜欢 PHP，但是没办法。", {"php": "dislikes"}),
    ("Currently learning Kubernetes.", {"kubernetes": "has"}),
    ("I try to avoid N+1 queries in Django.", {"django": "has"}),
    ("I'd like to avoid downtime, so I added health checks to our Kubernetes setup.", {"kubernetes": "has"}),
    ("Passionate about distributed systems; built Kafka pipelines at scale.", {"kafka": "has"}),
    ("Skills | Python | Go", {"python": "has", "golang": "has"}),
    ("I can't wait to get into Rust.", {"rust": "wants"}),
    ("I want to learn Flink after 5 years of Kafka.", {"flink": "wants", "kafka": "has"}),
    ("I want to learn Kafka and I have 2 years left at university.", {"kafka": "wants"}),
]


@pytest.mark.parametrize(("text", "expected"), CHANGED)
def test_what_the_round_reads_now(kb: Knowledge, text: str, expected: dict[str, str]) -> None:
    check(kb, text, expected)


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_what_the_round_leaves_as_it_was(kb: Knowledge, text: str, expected: dict[str, str]) -> None:
    check(kb, text, expected)


def _traits(kb: Knowledge, text: str) -> dict[str, float]:
    from .test_reading_status import ev

    return {t.trait: t.polarity for t in ev(kb, text).traits}


@pytest.mark.parametrize(
    ("text", "trait", "polarity"),
    [
        ("Profiling hot paths is what gets me up in the morning.", "performance_craft", 1.0),
        ("Poking holes in models is my favourite kind of work.", "adversarial_eval", 1.0),
        ("Breaking models is my favourite thing.", "adversarial_eval", 1.0),
        ("Writing tests all day bores me.", "adversarial_eval", -1.0),
    ],
)
def test_a_preference_the_round_reads(kb: Knowledge, text: str, trait: str, polarity: float) -> None:
    assert _traits(kb, text).get(trait) == polarity


@pytest.mark.parametrize(
    "text", ["I write tests for everything and I love Go.", "I love Python and write tests daily."]
)
def test_no_preference_where_none_is_stated(kb: Knowledge, text: str) -> None:
    assert "adversarial_eval" not in _traits(kb, text)


@pytest.mark.parametrize(
    ("text", "skill", "place", "cue"),
    [
        # what the writer says of a thing heard of is the evidence of its status
        ("Heard great things about Flink, would love to try it.", "flink", "interests", "would love to"),
        ("听说很多人用 Spark，但我从来没用过。", "spark", "negated", "没用过"),
    ],
)
def test_the_writers_words_after_hearsay_are_the_cue_shown(
    kb: Knowledge, text: str, skill: str, place: str, cue: str
) -> None:
    hit = getattr(ev(kb, text), place)[skill][0]
    assert hit.status_cue is not None and cue in hit.status_cue.text


def test_a_claim_after_hearsay_shows_no_cue(kb: Knowledge) -> None:
    e = ev(kb, "Everyone says Rust is hard; I've shipped two services in it.")
    assert "rust" in e.skills and all(h.status_cue is None for h in e.skills["rust"].hits)
