"""The tenth cue round: English and mixed wishes, interests and dislikes (issue 13). A role or a chance where one
could learn a thing, a dream job, a move sought, what is on one's list; what one's interests are or lie in, a heading
set off by a dash; a dislike said with a pronoun ("I write Go but I'm sick of it"), of a task and the tool it is done
with ("sick of writing CRUD in Spring"), done with it, would avoid it, not for one. Each beside what must stay had: a
wish's own object ("migrate our Kafka cluster"), where a move starts ("from Java"), a reason that claims it ("since I
use it"), what one already has after a wish ("already run Docker"), what one does not mind. None of these sentences
is taken from benchmarks/data/reading_*.yaml."""

from __future__ import annotations

import pytest

from careermap.knowledge.loader import Knowledge

from .test_reading_status import status


def check(kb: Knowledge, text: str, expected: dict[str, str]) -> None:
    got = status(kb, text)
    for skill, place in expected.items():
        assert got.get(skill) == place, (text, got)


WISHES_EN = [
    # a role, a job, a team, a chance where one could learn it
    ("Looking for a role where I can learn Rust.", {"rust": "wants"}),
    ("I'd like a job where I can learn to write CUDA kernels.", {"cuda": "wants"}),
    ("Seeking a team where I could learn Kubernetes from the ground up.", {"kubernetes": "wants"}),
    ("A position where I'd get to work with Flink would be ideal.", {"flink": "wants"}),
    ("Hoping for a place where I get to learn Spark properly.", {"spark": "wants"}),
    ("I'd welcome the chance to learn Terraform.", {"terraform": "wants"}),
    ("Any opportunity to work on RAG would excite me.", {"rag": "wants"}),
    # an offer in a posting is the work of the job, no wish
    ("You will have the opportunity to work on RAG.", {"rag": "has"}),
    ("I'd love a chance to work with vLLM.", {"vllm": "wants"}),
    ("Where I can learn Triton kernels, that's the role I'm after.", {"triton_lang": "wants"}),
    # a dream job or role
    ("Dream job: building RAG systems for lawyers.", {"rag": "wants"}),
    ("My dream job is writing CUDA kernels.", {"cuda": "wants"}),
    ("Dream role — MLOps at a small startup.", {"mlops": "wants"}),
    ("My dream is to work on JAX at a research lab.", {"jax": "wants"}),
    ("The dream gig would be tuning vLLM all day.", {"vllm": "wants"}),
    # a move sought: land, transition, switch, jump
    ("Hoping to land a role in MLOps.", {"mlops": "wants"}),
    ("Trying to land a job working on Kubernetes.", {"kubernetes": "wants"}),
    ("Looking to transition into MLOps this year.", {"mlops": "wants"}),
    ("I want to make the jump to Rust.", {"rust": "wants"}),
    ("Ready to make the switch to Kotlin.", {"kotlin": "wants"}),
    ("Would really like to get into Flink.", {"flink": "wants"}),
    ("I'd really love to work with JAX.", {"jax": "wants"}),
    ("Want to get my hands dirty with CUDA.", {"cuda": "wants"}),
    ("Keen to try my hand at Rust.", {"rust": "wants"}),
    # on one's list; planning, meaning, itching, keen
    ("Rust is on my list to learn.", {"rust": "wants"}),
    ("Kafka has been on my learning list forever.", {"kafka": "wants"}),
    ("Terraform is on my study list.", {"terraform": "wants"}),
    ("Kotlin is on my wishlist.", {"kotlin": "wants"}),
    ("Planning to pick up Scala next quarter.", {"scala": "wants"}),
    ("Hoping to pick up Kubernetes soon.", {"kubernetes": "wants"}),
    ("I've been wanting to learn Flink.", {"flink": "wants"}),
    ("Been wanting to try JAX for ages.", {"jax": "wants"}),
    ("Still meaning to learn Spark.", {"spark": "wants"}),
    ("Keen to learn Terraform.", {"terraform": "wants"}),
    ("Eager to get into MLOps.", {"mlops": "wants"}),
    ("Itching to learn Rust.", {"rust": "wants"}),
    ("Itching to get into CUDA.", {"cuda": "wants"}),
    ("Itching to try Kotlin.", {"kotlin": "wants"}),
    ("Been meaning to learn Scala.", {"scala": "wants"}),
    # applying or preparing for it, aiming for it, getting to it later, maybe learning it
    ("Currently applying for MLOps roles.", {"mlops": "wants"}),
    ("I'm interviewing for Kubernetes platform roles.", {"kubernetes": "wants"}),
    ("When applying to us, list your Kubernetes work.", {"kubernetes": "has"}),
    ("Preparing for the Kubernetes certification.", {"kubernetes": "wants"}),
    ("Aiming to land a Kubernetes role by next year.", {"kubernetes": "wants"}),
    ("We are not aiming for expert levels in Kubernetes.", {"kubernetes": "has"}),
    ("I'll get to Rust eventually.", {"rust": "wants"}),
    ("Plan for next year: Rust.", {"rust": "wants"}),
    ("Maybe learn Rust next.", {"rust": "wants"}),
    ("Considering picking up Scala.", {"scala": "wants"}),
    # a wish that ends its clause, after a lack: the lack is wished for; a wish denied leaves the lack
    ("I haven't used Terraform yet but plan to.", {"terraform": "wants"}),
    ("Never touched Rust, hoping to soon.", {"rust": "wants"}),
    ("Haven't tried Flink, but I'd like to someday.", {"flink": "wants"}),
    ("I don't know Kafka and don't plan to.", {"kafka": "lacks"}),
    ("I haven't used Terraform and have no plan to.", {"terraform": "lacks"}),
    ("I haven't used Terraform and don't intend to.", {"terraform": "lacks"}),
    # a goal or a plan as a heading set off by a dash
    ("Goal — get comfortable with Terraform.", {"terraform": "wants"}),
    ("Goals - Rust, Kubernetes", {"rust": "wants", "kubernetes": "wants"}),
    ("Next steps -- Flink and Spark", {"flink": "wants", "spark": "wants"}),
]

WISHES_HAD_EN = [
    # the near cases: what one does, not what one wants
    ("I work on RAG systems every day.", {"rag": "has"}),
    ("I want to work on RAG systems.", {"rag": "wants"}),
    ("In my current role I learned Kubernetes.", {"kubernetes": "has"}),
    ("I work in a role where I use Spark daily.", {"spark": "has"}),
    # the writer's own thing in a wish is had
    ("My plan: migrate our Kafka cluster to the cloud.", {"kafka": "has"}),
    ("Next quarter I plan to upgrade our Kubernetes clusters.", {"kubernetes": "has"}),
    ("I want to improve my Rust.", {"rust": "has"}),
    ("Looking to grow our machine learning team and learn Rust.", {"machine_learning": "has", "rust": "wants"}),
    ("Hoping to speed up our Spark jobs this year.", {"spark": "has"}),
    ("I plan to migrate our Java services to Kotlin.", {"java": "has", "kotlin": "wants"}),
    ("I want to migrate the Java services to Kotlin.", {"kotlin": "wants"}),
    # where a move starts is had, where it goes is wished for
    ("Looking to transition into MLOps from backend work in Java.", {"java": "has", "mlops": "wants"}),
    ("I'd like to move from PHP into Kotlin.", {"php": "has", "kotlin": "wants"}),
    ("Hoping to switch from Java to Rust.", {"java": "has", "rust": "wants"}),
    ("Planning to learn Rust from scratch.", {"rust": "wants"}),
    # a reason that claims the item it follows
    ("Would love to contribute to vLLM since I use it daily.", {"vllm": "has"}),
    ("I'd like to give back to PyTorch, because I use it a lot.", {"pytorch": "has"}),
    (
        "Would like to contribute to open source, maybe vLLM since I use it a lot.",
        {"open_source": "wants", "vllm": "has"},
    ),
    ("I'd love to learn Spark.", {"spark": "wants"}),
    # what the writer already has, after the wish
    ("Want to learn Kubernetes, already run Docker in prod.", {"kubernetes": "wants", "docker": "has"}),
    ("Need to learn Terraform fast; at least I know AWS.", {"terraform": "wants", "aws": "has"}),
    ("Would love to get into Flink, already use Kafka daily.", {"flink": "wants", "kafka": "has"}),
    ("Hoping to pick up Rust, at least I'm fluent in C++.", {"rust": "wants", "cpp": "has"}),
    ("Want to learn Kubernetes and Docker.", {"kubernetes": "wants", "docker": "wants"}),
    # a later clause of the writer's own doing: what it names is had
    ("I want to learn Flink, and I work with Kafka daily.", {"flink": "wants", "kafka": "has"}),
    ("I want to learn Flink and I use Kafka daily.", {"flink": "wants", "kafka": "has"}),
    ("Hoping to pick up Rust; we already run Go services.", {"rust": "wants", "golang": "has"}),
    ("Interested in MoE and I run vLLM at work.", {"moe": "wants", "vllm": "has"}),
    ("Curious about Rust, though I've used Python for years.", {"rust": "wants", "python": "has"}),
    ("I want to learn Flink and Kafka.", {"flink": "wants", "kafka": "wants"}),
    ("I want to learn Flink and I want to learn Kafka.", {"flink": "wants", "kafka": "wants"}),
    # open to roles in it
    ("Open to roles in MLOps or data engineering.", {"mlops": "wants"}),
    ("Open to roles involving Kubernetes.", {"kubernetes": "wants"}),
]


@pytest.mark.parametrize(("text", "expected"), WISHES_EN + WISHES_HAD_EN)
def test_english_wishes(kb: Knowledge, text: str, expected: dict[str, str]) -> None:
    check(kb, text, expected)


INTERESTS_EN = [
    (
        "My interests lie in search ranking and recommender systems.",
        {"search_ranking": "wants", "recommender_systems": "wants"},
    ),
    ("My interest lies in MoE.", {"moe": "wants"}),
    ("My interests are RLHF and diffusion models.", {"rlhf": "wants", "diffusion_models": "wants"}),
    ("My main interests are JAX and MLIR.", {"jax": "wants", "mlir": "wants"}),
    ("My interests include RLHF and MoE.", {"rlhf": "wants", "moe": "wants"}),
    ("Current interests include vLLM and speculative decoding.", {"vllm": "wants", "speculative_decoding": "wants"}),
    ("My main interest is RLHF.", {"rlhf": "wants"}),
    ("My biggest interest is MoE.", {"moe": "wants"}),
    ("Mostly interested in diffusion models.", {"diffusion_models": "wants"}),
    ("Particularly interested in speculative decoding.", {"speculative_decoding": "wants"}),
    ("Especially interested in MLIR.", {"mlir": "wants"}),
    ("Deeply interested in RLHF.", {"rlhf": "wants"}),
    ("Enthralled by diffusion models lately.", {"diffusion_models": "wants"}),
    # exploring or looking into it now, getting into it, into it, interesting to one
    ("Currently exploring JAX in my spare time.", {"jax": "wants"}),
    ("I've been looking into Flink.", {"flink": "wants"}),
    ("Started looking into vLLM.", {"vllm": "wants"}),
    ("I've been getting into Rust lately.", {"rust": "wants"}),
    ("I'm into MLIR.", {"mlir": "wants"}),
    ("MLIR is super interesting to me.", {"mlir": "wants"}),
    ("Recommender systems are what excite me most.", {"recommender_systems": "wants"}),
    ("Diffusion models have always fascinated me.", {"diffusion_models": "wants"}),
    ("I looked into Kafka lag and fixed it.", {"kafka": "has"}),
    ("Passionate about distributed systems I have built.", {"distributed_systems": "has"}),
    # reading or learning about it for the love of it, a topic one comes back to, a thing that sounds interesting
    ("Love learning about diffusion models.", {"diffusion_models": "wants"}),
    ("I enjoy reading about distributed systems.", {"distributed_systems": "wants"}),
    ("Outside of work I like to read about MoE.", {"moe": "wants"}),
    ("I read a lot about RLHF.", {"rlhf": "wants"}),
    ("MoE is a topic I keep coming back to.", {"moe": "wants"}),
    ("Speculative decoding sounds interesting.", {"speculative_decoding": "wants"}),
    ("I've always wanted to understand how vLLM works.", {"vllm": "wants"}),
    ("I keep coming back to Rust for CLI tools.", {"rust": "has"}),
    ("The Kafka results look promising.", {"kafka": "has"}),
    ("I enjoy building with Kafka.", {"kafka": "has"}),
    # a wish taken up since: what the writer now uses is had
    ("I have always wanted to understand Kafka, and now I run it in prod.", {"kafka": "has"}),
    ("I wanted to learn Rust, now I use it daily.", {"rust": "has"}),
    # headings set off by a dash, as by a colon
    ("Interests — diffusion models, RLHF", {"diffusion_models": "wants", "rlhf": "wants"}),
    ("Research interests - RLHF, MoE", {"rlhf": "wants", "moe": "wants"}),
    ("Areas of interest – reinforcement learning, JAX", {"reinforcement_learning": "wants", "jax": "wants"}),
    ("Topics of interest: MoE, speculative decoding", {"moe": "wants", "speculative_decoding": "wants"}),
    ("Fields of interest: RLHF", {"rlhf": "wants"}),
    ("Technical interests — MLIR, JAX", {"mlir": "wants", "jax": "wants"}),
    ("Current interests: vLLM, MoE", {"vllm": "wants", "moe": "wants"}),
    ("Things I want to learn: Rust, Flink", {"rust": "wants", "flink": "wants"}),
    # the near cases: a skills heading with a dash, a hyphen inside a word, an interest whose work is done
    ("Skills — Python, SQL", {"python": "has", "sql": "has"}),
    ("Interests-driven team using Kafka.", {"kafka": "has"}),
    ("My interests lie in RAG, and I have built two such systems.", {"rag": "has"}),
    ("I work on search ranking.", {"search_ranking": "has"}),
]


@pytest.mark.parametrize(("text", "expected"), INTERESTS_EN)
def test_english_interests(kb: Knowledge, text: str, expected: dict[str, str]) -> None:
    check(kb, text, expected)


DISLIKES_EN = [
    # a pronoun that points back to what was done
    ("I write Go but I'm sick of it.", {"golang": "dislikes"}),
    ("I use Docker every day and I'm tired of it.", {"docker": "dislikes"}),
    ("I can write Java but I don't enjoy it.", {"java": "dislikes"}),
    ("Maintained Jenkins for years and I'm fed up with it.", {"ci_cd": "dislikes"}),
    ("I know Kafka well, but I can't stand it.", {"kafka": "dislikes"}),
    ("Spark pays well, though I'm burned out on it.", {"spark": "dislikes"}),
    ("Kubernetes — I'm burnt out on it.", {"kubernetes": "dislikes"}),
    ("Wrote PHP for six years and honestly I'm done with it.", {"php": "dislikes"}),
    ("Tried Scala for a year and I'd rather not touch it again.", {"scala": "dislikes"}),
    # a field and the tool named in brackets after it: the pronoun points back to both
    ("I can do frontend (React) but I don't enjoy it.", {"web_frontend": "dislikes", "react": "dislikes"}),
    ("I did backend (Java) for years and I'm sick of it.", {"web_backend": "dislikes", "java": "dislikes"}),
    ("I did backend (Java) for years and I love it.", {"web_backend": "has", "java": "has"}),
    # a skill asked of as a topic, then the dislike with its pronoun; a dislike's pronoun with "again"
    ("Manual testing? Done it, hated it.", {"software_testing": "dislikes"}),
    ("Kafka? Can't stand it.", {"kafka": "dislikes"}),
    ("Kafka? I love it.", {"kafka": "has"}),
    ("I wrote PHP for years and never want to see it again.", {"php": "dislikes"}),
    ("I really don't want another Java job.", {"java": "dislikes"}),
    ("Been doing Spark tuning for years and I'm ready for something else.", {"spark": "dislikes"}),
    # a pronoun that is the dislike's subject points back; what did it to the writer is disliked with the field
    ("I've written endpoints in Kafka for years and honestly it bores me to death.", {"kafka": "dislikes"}),
    ("Angular for years, and every minute of it was painful.", {"angular": "dislikes"}),
    ("I use Kafka daily and it's tedious.", {"kafka": "dislikes"}),
    ("I use Kafka daily and it is great.", {"kafka": "has"}),
    ("I write Spark jobs every day and I hate every minute of it.", {"spark": "dislikes"}),
    ("Years of Angular burned me out on frontend.", {"angular": "dislikes", "web_frontend": "dislikes"}),
    ("Five years of Spring made me hate enterprise Java.", {"spring": "dislikes", "java": "dislikes"}),
    ("Years of Kafka taught me a lot about Flink.", {"kafka": "has", "flink": "has"}),
    ("Another day, another Kafka outage. Kill me.", {"kafka": "dislikes"}),
    # the tool of a disliked task
    ("Sick of writing CRUD in Spring.", {"spring": "dislikes"}),
    ("Tired of building dashboards with React.", {"react": "dislikes"}),
    ("Fed up with writing pipelines using Airflow.", {"airflow": "dislikes"}),
    # done with it, would avoid it, not for me, the least enjoyable part, getting away, not wanted any more
    ("I'm so done with PHP.", {"php": "dislikes"}),
    ("Totally done with Angular.js.", {"angular": "dislikes"}),
    ("I've had it with Jenkins.", {"ci_cd": "dislikes"}),
    ("Given the choice I'd avoid Java.", {"java": "dislikes"}),
    ("I would rather avoid PHP.", {"php": "dislikes"}),
    ("Frontend isn't for me.", {"web_frontend": "dislikes"}),
    ("Kubernetes really isn't for me.", {"kubernetes": "dislikes"}),
    ("Writing Terraform is the least enjoyable part of my job.", {"terraform": "dislikes"}),
    ("My least favourite part is writing SQL.", {"sql": "dislikes"}),
    ("What I like least is debugging CSS.", {"html_css": "dislikes"}),
    ("I'm trying to get away from Java.", {"java": "dislikes"}),
    ("Trying to move away from PHP.", {"php": "dislikes"}),
    ("Java is not something I want to do anymore.", {"java": "dislikes"}),
    ("I no longer want to write PHP.", {"php": "dislikes"}),
    ("I'd happily never write SQL again.", {"sql": "dislikes"}),
    ("Would prefer never to touch PHP again.", {"php": "dislikes"}),
    ("Grew tired of Java after five years.", {"java": "dislikes"}),
    ("SQL bores me to tears.", {"sql": "dislikes"}),
    ("I'm getting tired of Kafka.", {"kafka": "dislikes"}),
    ("Disillusioned with Hadoop.", {"hadoop": "dislikes"}),
    ("I've fallen out of love with Scala.", {"scala": "dislikes"}),
    # enough for a lifetime, a necessary evil, drained, not one's idea of fun, would not go back, would not want to
    ("I've written enough PHP for a lifetime.", {"php": "dislikes"}),
    ("Java is a necessary evil for me.", {"java": "dislikes"}),
    ("Hadoop drained me.", {"hadoop": "dislikes"}),
    ("Kubernetes gives me anxiety.", {"kubernetes": "dislikes"}),
    ("Writing SQL all day is not my idea of fun.", {"sql": "dislikes"}),
    ("TensorFlow? Hard pass.", {"tensorflow": "dislikes"}),
    ("Java was fine, but I wouldn't choose it again.", {"java": "dislikes"}),
    ("Would not want to do data labeling again.", {"data_annotation": "dislikes"}),
    ("I can do Kafka, but I'd prefer not to.", {"kafka": "dislikes"}),
    ("I did Kafka for two years and didn't enjoy it.", {"kafka": "dislikes"}),
    # a verb of doing between the dislike and its pronoun
    ("I'm good at SQL but I hate writing it.", {"sql": "dislikes"}),
    ("I run Kafka and can't stand maintaining it.", {"kafka": "dislikes"}),
    ("I'm good at SQL and enjoy writing it.", {"sql": "has"}),
    ("I use Kafka and don't mind maintaining it.", {"kafka": "has"}),
    ("I know SQL and hate nothing about it.", {"sql": "has"}),
    # the years spent in a framework named by a bare word: its context, and the dislike reaches it
    ("Did three years of Angular and honestly I'm done with it.", {"angular": "dislikes"}),
    ("I wrote Angular for years and hated it.", {"angular": "dislikes"}),
    ("Spent two years on Spring and frankly I'm tired of it.", {"spring": "dislikes"}),
    ("Five years of Spring.", {"spring": "has"}),
    ("3 years of Angular, happy with it.", {"angular": "has"}),
    # a dislike that is a sentence of its own speaks of the sentence before it
    ("Three years of PHP. Never again!", {"php": "dislikes"}),
    ("I maintained Jenkins for years. Never again.", {"ci_cd": "dislikes"}),
    ("Labeling data was my first job. Never again lol.", {"data_annotation": "dislikes"}),
    ("Maintained Hadoop clusters for years. Sick of it.", {"hadoop": "dislikes"}),
    ("Wrote Scala at my last job. Not a fan.", {"scala": "dislikes"}),
    ("I used Kafka at my last job. Never again will I touch PHP.", {"kafka": "has", "php": "dislikes"}),
    ("I used Kafka at my last job. It was great.", {"kafka": "has"}),
    # the near cases: a like of what one does, what one does not mind, a preference for one of two
    ("I work on RAG daily and love it.", {"rag": "has"}),
    ("I enjoy building with Kafka.", {"kafka": "has"}),
    ("I rewrote the service in Go and I love it.", {"golang": "has"}),
    ("I'd rather use Go than Java.", {"golang": "has"}),
    ("I prefer Python over Java.", {"python": "has"}),
    ("I don't hate SQL.", {"sql": "has"}),
    ("I don't mind Java.", {"java": "has"}),
    ("Never hated PHP, I still write it.", {"php": "has"}),
    ("I write CRUD in Spring every day.", {"spring": "has"}),
    ("I used the Python ETL job for years but never liked the job itself.", {"python": "has"}),
    ("Sick of the commute, so I built a Kafka demo at home.", {"kafka": "has"}),
]


@pytest.mark.parametrize("text", ["Graduated in spring 2021.", "After two years of spring cleaning."])
def test_the_season_is_no_framework(kb: Knowledge, text: str) -> None:
    assert "spring" not in status(kb, text)


@pytest.mark.parametrize(("text", "expected"), DISLIKES_EN)
def test_english_dislikes(kb: Knowledge, text: str, expected: dict[str, str]) -> None:
    check(kb, text, expected)


MIXED = [
    # wishes: a gap being filled, an English word of moving in a Chinese clause, a dream job
    ("最近在恶补 CUDA", {"cuda": "wants"}),
    ("正在补 Rust 的基础", {"rust": "wants"}),
    ("还在补 Kubernetes 的知识", {"kubernetes": "wants"}),
    ("想做 infra，目前在补 CUDA 和 Triton", {"cuda": "wants", "triton_lang": "wants"}),
    ("目前在补 Kubernetes 的知识，之前只会 Docker", {"kubernetes": "wants", "docker": "has"}),
    ("想 transition 到 MLOps", {"mlops": "wants"}),
    ("My dream job 是做 LLM 推理", {"llm_inference": "wants"}),
    ("Dream role：做 RAG 相关的", {"rag": "wants"}),
    ("I want to move into RAG, 现在写 Java", {"rag": "wants", "java": "has"}),
    ("hoping to land a role 做 MLOps", {"mlops": "wants"}),
    # interests: a heading with a dash, an English word of interest
    ("Interests：RLHF、MoE", {"rlhf": "wants", "moe": "wants"}),
    ("兴趣方向 — RLHF、MoE", {"rlhf": "wants", "moe": "wants"}),
    ("Research interests — 扩散模型、RLHF", {"rlhf": "wants"}),
    ("My interests lie in 推荐系统和搜索排序", {"recommender_systems": "wants"}),
    ("对 vLLM 很感兴趣，平时用 PyTorch", {"vllm": "wants", "pytorch": "has"}),
    ("最近关注 RAG 和 Agent", {"rag": "wants", "agent_development": "wants"}),
    ("最近在关注 MoE，之前做过 RAG", {"moe": "wants", "rag": "has"}),
    ("I read a lot about 扩散模型 and RLHF", {"rlhf": "wants"}),
    ("一直关注系统稳定性，用 Go 写服务", {"golang": "has"}),
    # dislikes: an English word of fed up with a pronoun, done with it, a tool
    ("PHP 写了五年，真的 sick of it", {"php": "dislikes"}),
    ("Java 写了三年，I'm so done with it", {"java": "dislikes"}),
    ("前端我是真的 not for me，React 再也不想碰", {"react": "dislikes"}),
    ("SQL 写到 burn out，想转 ML", {"sql": "dislikes", "machine_learning": "wants"}),
    ("trying to get away from PHP，想转 Go", {"php": "dislikes"}),
    # the near cases: filling in a thing, not a gap of one's own; one's own cluster; what one does not mind
    ("在补充 Kafka 的文档", {"kafka": "has"}),
    ("正在补齐 Flink 作业的监控", {"flink": "has"}),
    ("在补单测，用 pytest 和 Go", {"golang": "has"}),
    ("计划把我们的 Kafka 集群迁到云上", {"kafka": "has"}),
    ("I don't mind 写 SQL", {"sql": "has"}),
    ("用 Go 写了两年，I love it", {"golang": "has"}),
]


@pytest.mark.parametrize(("text", "expected"), MIXED)
def test_mixed_wishes_interests_and_dislikes(kb: Knowledge, text: str, expected: dict[str, str]) -> None:
    check(kb, text, expected)
