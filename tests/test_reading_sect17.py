"""Round sect17: a status set by a label, a heading or a section rather than a word beside the skill.

Each rule is tested both ways: a text it must change and a near twin it must leave alone.
"""

from __future__ import annotations

import pytest

from careermap.knowledge.loader import Knowledge
from tests.test_reading_status import ev, status


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a cue that is the label of its own line reaches the list under it
        (
            "Tools I have not used:\nJenkins, Ansible, Terraform",
            {"ci_cd": "lacks", "ansible": "lacks", "terraform": "lacks"},
        ),
        ("No experience:\n* Kubernetes\n* Helm", {"kubernetes": "lacks", "helm": "lacks"}),
        ("Want to learn:\n- Kubernetes\n- Helm", {"kubernetes": "wants", "helm": "wants"}),
        ("## Want to learn\n- LangChain\n- RAG", {"langchain": "wants", "rag": "wants"}),
        ("没用过：\n- Spark\n- Flink", {"spark": "lacks", "flink": "lacks"}),
        ("未接触\n- Kubernetes、Docker", {"kubernetes": "lacks", "docker": "lacks"}),
        ("Heard of but never used:\n- Ray\n- Dask", {"ray": "heard", "dask": "heard"}),
        # twins: the cue's line names its own item, or the cue is inside a sentence: the next line is not reached
        ("I have not used Jenkins:\nAnsible, Terraform", {"ci_cd": "lacks", "ansible": "has", "terraform": "has"}),
        (
            "I want to learn Rust.\nGo, gRPC and Redis at work.",
            {"rust": "wants", "golang": "has", "grpc": "has", "redis": "has"},
        ),
        ("Never had an outage:\n- Kafka\n- Redis", {"kafka": "has", "redis": "has"}),
    ],
)
def test_a_label_line_reaches_the_list_under_it(kb: Knowledge, text: str, expected: dict[str, str]) -> None:
    assert status(kb, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the list under a label stops at the next label, a heading, an empty line, or a line opening with a contrast
        ("Want to learn:\n- Kubernetes\n\nUsed in production:\n- Docker", {"kubernetes": "wants", "docker": "has"}),
        ("Interested in:\n- Rust\nCurrently using:\n- C++", {"rust": "wants", "cpp": "has"}),
        ("Never used:\n- Kubernetes\n## Experience\n- Go services", {"kubernetes": "lacks", "golang": "has"}),
        (
            "I don't have experience with:\n- AWS\n- GCP\nBut I have 3 years on Azure.",
            {"aws": "lacks", "gcp": "lacks", "azure": "has"},
        ),
        (
            "Goal:\nbecome an ML engineer\nBackground: Java backend",
            {"machine_learning": "wants", "java": "has", "web_backend": "has"},
        ),
        # markdown's empty lines right under a heading open its list; the next empty line ends it
        (
            "## Want to learn\n\n- Kubernetes\n- Helm\n\n## Experience\n\n- Docker in production",
            {"kubernetes": "wants", "helm": "wants", "docker": "has"},
        ),
        ("Never used:\n\n- Kafka\n- Flink\n\nI run Spark daily.", {"kafka": "lacks", "flink": "lacks", "spark": "has"}),
        ("Wishlist\n\n- Kafka\n- Flink", {"kafka": "wants", "flink": "wants"}),
        # twin: a cue inside its line's words (not opening it) keeps the empty line as the end ("项目关注点…：")
        ("Tools I have not used:\n\n- Kafka", {"kafka": "has"}),
        # a line under the label that opens with work done is the writer's
        ("Not yet:\n- Kubernetes\n- Shipped Docker images to production", {"kubernetes": "lacks", "docker": "has"}),
        ("Want to learn:\n- Rust\n- Built a FastAPI service", {"rust": "wants", "fastapi": "has"}),
        # twins: an item's own label keeps the list going; a bullet without work done stays under the label
        ("Want to learn:\n- Kubernetes: for work\n- Helm", {"kubernetes": "wants", "helm": "wants"}),
        ("Not yet:\n- Kubernetes\n- advanced Docker networking", {"kubernetes": "lacks", "docker": "lacks"}),
    ],
)
def test_the_list_under_a_label_stops_where_another_begins(kb: Knowledge, text: str, expected: dict[str, str]) -> None:
    assert status(kb, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # headings of wishes, lacks and dislikes (lexicon.yaml -> wish_headings, lack_headings, dislike_headings)
        ("Wishlist: CUDA, Triton", {"cuda": "wants", "triton_lang": "wants"}),
        ("Skills to acquire\n- Spark\n- Kafka", {"spark": "wants", "kafka": "wants"}),
        ("Wishlist for my next job:\n- Kafka", {"kafka": "wants"}),
        ("学习清单：CUDA、Triton", {"cuda": "wants", "triton_lang": "wants"}),
        ("Gaps: Spark, Scala", {"spark": "lacks", "scala": "lacks"}),
        ("What I lack:\nKubernetes, distributed systems", {"kubernetes": "lacks", "distributed_systems": "lacks"}),
        ("Gaps I'm aware of:\n- system design", {"system_design": "lacks"}),
        ("Avoid: Java, PHP", {"java": "dislikes", "php": "dislikes"}),
        # twins: the same words inside a sentence are no heading
        ("The gaps in our Kafka setup were fixed by me.", {"kafka": "has"}),
        ("My goal this year is to learn Kafka.", {"kafka": "wants"}),
        ("Planned and led the Kafka migration.", {"kafka": "has"}),
        ("目标 Kafka 集群扩容已完成", {"kafka": "has"}),
        ("We avoid downtime with Kubernetes.", {"kubernetes": "has"}),
        ("Missing data was backfilled with Spark.", {"spark": "has"}),
        # twins: a heading's word with words of work done before the colon is no heading of a list to come
        ("Goals achieved:\n- Kubernetes migration\n- Kafka rollout", {"kubernetes": "has", "kafka": "has"}),
        ("Missing pieces we built:\n- Kafka connectors", {"kafka": "has"}),
        ("Planned and delivered:\n- Kafka migration", {"kafka": "has"}),
    ],
)
def test_headings_of_wishes_lacks_and_dislikes(kb: Knowledge, text: str, expected: dict[str, str]) -> None:
    assert status(kb, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a heading with words after it on its line speaks to the end of its first sentence
        ("Goal: 99.9% uptime. Achieved it on our Kafka cluster.", {"kafka": "has"}),
        # twin: a list on the heading's line, no full stop inside
        ("Goal: Kafka and Flink", {"kafka": "wants", "flink": "wants"}),
    ],
)
def test_a_heading_on_its_line_speaks_to_its_first_sentence(kb: Knowledge, text: str, expected: dict[str, str]) -> None:
    assert status(kb, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a label that is a sentence (a clause mark in it) or words to the reader reaches no list under it
        ("我们希望你具备：\n1. 熟悉 Python\n2. 有 Kafka 经验", {"python": "has", "kafka": "has"}),
        ("希望候选人具备：\n- Kafka", {"kafka": "has"}),
        ("Ideally you would like to learn:\n- Kafka", {"kafka": "has"}),
        ("### What we would love to see:\n\n* Experience with Kafka and Flink", {"kafka": "has", "flink": "has"}),
        ("有经验，或者无经验但有浓厚的兴趣：\n- Kafka\n- Flink", {"kafka": "has", "flink": "has"}),
        # twins: the writer's own label
        ("希望学习：\n- Kafka", {"kafka": "wants"}),
        ("I would like to learn:\n- Kafka", {"kafka": "wants"}),
    ],
)
def test_a_label_to_the_reader_or_a_sentence_reaches_nothing_below(
    kb: Knowledge, text: str, expected: dict[str, str]
) -> None:
    assert status(kb, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a table's status cell speaks of its row
        (
            "| Tool | Status |\n| Docker | daily |\n| Kubernetes | want to learn |\n| Terraform | never used |",
            {"docker": "has", "kubernetes": "wants", "terraform": "lacks"},
        ),
        ("| Kafka | heard of it |\n| Flink | not familiar |", {"kafka": "heard", "flink": "lacks"}),
        ("| Rust | none |", {"rust": "lacks"}),
        # twins: a cell that names its own skill speaks of that one; a row without a cue is had
        ("| Kafka | used daily, never used Flink |", {"kafka": "has", "flink": "lacks"}),
        ("| Kafka | three years in production |", {"kafka": "has"}),
    ],
)
def test_a_status_cell_speaks_of_its_row(kb: Knowledge, text: str, expected: dict[str, str]) -> None:
    assert status(kb, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a weakness named is a lack; a deploy that went wrong is no lack of the tool
        ("My weakness is statistics - I never took a course.", {"statistics": "lacks"}),
        ("My biggest weakness is SQL.", {"sql": "lacks"}),
        ("Never had a failed deploy with Terraform; it manages all our infrastructure.", {"terraform": "has"}),
        ("Gaps in my knowledge include Kubernetes.", {"kubernetes": "lacks"}),
        ("There are gaps in my experience: Kubernetes and Terraform.", {"kubernetes": "lacks", "terraform": "lacks"}),
        ("I'm missing experience with Kafka.", {"kafka": "lacks"}),
        ("Kafka is my weak spot.", {"kafka": "lacks"}),
        ("Terraform is a weakness of mine.", {"terraform": "lacks"}),
        ("I lack hands-on experience with Kafka.", {"kafka": "lacks"}),
        ("My next step is learning Go.", {"golang": "wants"}),
        ("I am working towards learning Kubernetes.", {"kubernetes": "wants"}),
        ("Haven't yet had exposure to Kafka", {"kafka": "lacks"}),
        ("Haven't yet had exposure to:\n- Kafka", {"kafka": "lacks"}),
        # twins
        ("I filled the gaps in my knowledge of Kafka by running it.", {"kafka": "has"}),
        ("I have hands-on experience with Kafka.", {"kafka": "has"}),
        ("We are working towards Kubernetes adoption, which I lead.", {"kubernetes": "has"}),
        ("I haven't used Kafka, yet I know Flink", {"kafka": "lacks", "flink": "has"}),
        ("Kafka is my strong spot.", {"kafka": "has"}),
        ("My weakness is that I work too much; I use Kafka daily.", {"kafka": "has"}),
        ("I have never deployed with Terraform.", {"terraform": "lacks"}),
    ],
)
def test_weaknesses_and_failed_deploys(kb: Knowledge, text: str, expected: dict[str, str]) -> None:
    assert status(kb, text) == expected


def levels(kb: Knowledge, text: str) -> dict[str, str]:
    return {sid: se.level for sid, se in ev(kb, text).skills.items()}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a level as a heading reaches its line and the lines under it, to where the list stops
        ("Familiar: Docker", {"docker": "basic"}),
        ("Advanced: Python, SQL", {"python": "expert", "sql": "expert"}),
        ("Comfortable with:\n- React\n- TypeScript", {"react": "proficient", "typescript": "proficient"}),
        (
            "Expert\n- Kubernetes\n- Linux\nBasic\n- Terraform",
            {"kubernetes": "expert", "linux": "expert", "terraform": "basic"},
        ),
        ("Currently studying:\n- linear algebra\n- probability", {"linear_algebra": "basic", "probability": "basic"}),
        ("Only touched:\n- Kafka (a tutorial)\n- Flink (one weekend)", {"kafka": "basic", "flink": "basic"}),
        # twins: the same words inside a sentence set nothing; the list stops at the next label
        ("A familiar face at PyCon, I write Python.", {"python": "mentioned"}),
        ("Advanced users of Kafka will like it.", {"kafka": "mentioned"}),
        ("Basic requirements:\n- Python\n- SQL", {"python": "mentioned", "sql": "mentioned"}),
        ("基础要求：\n- Python", {"python": "mentioned"}),
        ("Advanced: Python\nProjects: built a Go service", {"python": "expert", "golang": "mentioned"}),
        ("Comfortable with:\n- React\n\nVue at work", {"react": "proficient", "vue": "mentioned"}),
    ],
)
def test_a_level_as_a_heading_reaches_the_lines_under_it(kb: Knowledge, text: str, expected: dict[str, str]) -> None:
    assert levels(kb, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a skill named alone, as its own sentence or line, is what the next sentence's pronoun points back to
        ("Kubernetes. Never touched it.", {"kubernetes": "lacks"}),
        ("- Kubernetes\n  never touched it", {"kubernetes": "lacks"}),
        # twins: a skill inside a longer sentence before, or a pronoun of no lack
        ("Skills: Kubernetes.\nNever touched it.", {"kubernetes": "has"}),
        ("Python. Never regretted it.", {"python": "has"}),
        ("I run Kubernetes. Never touched Helm though, never needed it.", {"kubernetes": "has", "helm": "lacks"}),
    ],
)
def test_a_skill_named_alone_is_what_the_next_pronoun_points_to(
    kb: Knowledge, text: str, expected: dict[str, str]
) -> None:
    assert status(kb, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a line of prose after a bulleted or numbered list under a label is none of its items
        (
            "Never worked with:\n- MongoDB\nI have shipped Airflow DAGs for two years.",
            {"mongodb": "lacks", "airflow": "has"},
        ),
        (
            "Want to learn:\n1. Kubernetes\n2. CUDA\nAt work I run Airflow and Kafka.",
            {"kubernetes": "wants", "cuda": "wants", "airflow": "has", "kafka": "has"},
        ),
        (
            "没用过：\n- Spark\n- Flink\n平时主要写 Go 和 Redis。",
            {"spark": "lacks", "flink": "lacks", "golang": "has", "redis": "has"},
        ),
        # twins: more items, an indented line that carries an item on, a list with no bullets
        ("Never worked with:\n- MongoDB\n- Airflow", {"mongodb": "lacks", "airflow": "lacks"}),
        ("Want to learn:\n- Kubernetes\n  and CUDA", {"kubernetes": "wants", "cuda": "wants"}),
        ("Never worked with:\nMongoDB\nAirflow", {"mongodb": "lacks", "airflow": "lacks"}),
    ],
)
def test_prose_after_a_bulleted_list_ends_the_label_reach(kb: Knowledge, text: str, expected: dict[str, str]) -> None:
    assert status(kb, text) == expected
