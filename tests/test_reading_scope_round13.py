"""The thirteenth scope round: the clause that follows a cue, and long run-on sentences.

Four categories, each beside what must not change:

1. a wish said in the past, then what came of it: nothing ("Kotlin was on my list, never got to it", "本来想学 Rust，
   后来一直没时间": lacks) or the work ("Go was on my list for years; finally shipped a service in it": has); a past
   wish alone stays a wish ("wanted to learn Rust"), and so does a wish said now ("still on my list; … yet");
2. hearsay or reading, then the writer's own doing with it ("I read the Flink docs and built a pipeline with it",
   "看了 Ray 的文档，然后用它搭了训练集群": has); giving up or never building stays heard of or lacks;
3. hearsay, then after a semicolon, a full stop or "but" the writer's own work on it ("Everyone says Rust is hard;
   I've shipped two services in it", "大家都说 K8s 难，我已经维护了三年集群": has); the writer's lack or another
   skill there does not make it had;
4. a tool as the subject of a bare judgement after a technical sentence ("We moved our queues to Celery. Celery is
   great."): it is kept; the vegetable in a kitchen is not a tool.

Each category was written as paraphrases in English, Chinese and mixed speech; half of them (``HELD``) were kept
aside while the rules were written and read only once, after. Then: run-on sentences of thousands of repeated cues
read with the answers their short forms give (the time is benchmarks/bench_runon.py's, not a test's). None of these
sentences is taken from benchmarks/data."""

from __future__ import annotations

import pytest

from careermap.knowledge.loader import Knowledge

from .test_reading_status import check_places as check

# the paraphrases the rules were written from
DEV = [
    # 1. a past wish that came to nothing, or came about
    ("Terraform was on my to-do list for ages but I never got around to it.", {"terraform": "lacks"}),
    ("I always meant to learn Scala, never did.", {"scala": "lacks"}),
    ("Wanted to pick up Rust last year, but never found the time.", {"rust": "lacks"}),
    ("I had planned to try Kubernetes, but it never happened.", {"kubernetes": "lacks"}),
    ("Flink was on my radar for a while; never actually got to it.", {"flink": "lacks"}),
    ("Kotlin was on my list, never got to it.", {"kotlin": "lacks"}),
    ("本来打算学 Scala，后来一直没时间。", {"scala": "lacks"}),
    ("之前想学 Kotlin，结果一直没顾上。", {"kotlin": "lacks"}),
    ("去年计划学 Terraform，最后也没学成。", {"terraform": "lacks"}),
    ("本来想学 Rust，后来一直没时间", {"rust": "lacks"}),
    ("原本想学 Rust, never got around to it.", {"rust": "lacks"}),
    ("Go was on my list for years; finally shipped a service in it last month", {"golang": "has"}),
    ("本来想学 Rust，后来在项目里用上了，写了两个服务。", {"rust": "has"}),
    ("之前一直想学 Kafka，去年终于用它搭了消息队列。", {"kafka": "has", "message_queue": "has"}),
    # 2. hearsay or reading, then the writer's own doing with it
    ("I read the Flink docs and built a pipeline with it.", {"flink": "has"}),
    ("看了 Ray 的文档，然后用它搭了训练集群", {"ray": "has"}),
    ("I first heard of Terraform at a meetup and have since written all our infra in it.", {"terraform": "has"}),
    ("读了 Flink 的官方文档，接着用它实现了实时计算。", {"flink": "has"}),
    ("看了 Terraform 的 docs，then wrote our whole infra in it.", {"terraform": "has"}),
    ("Heard about Kafka from a friend，后来自己用它搭了消息队列。", {"kafka": "has", "message_queue": "has"}),
    # 3. hearsay, then the writer's own work past a semicolon, a full stop or "but"
    ("Everyone says Rust is hard; I've shipped two services in it", {"rust": "has"}),
    ("大家都说 K8s 难，我已经维护了三年集群", {"kubernetes": "has"}),
    ("People say Kafka is a pain to operate, but I've run it in production for years.", {"kafka": "has"}),
    ("Everyone warned me Scala is hard. I've written it daily for three years.", {"scala": "has"}),
    ("都说 Flink 不好学，我已经用了两年。", {"flink": "has"}),
    ("大家都说 Rust 难，我用它写了两个服务。", {"rust": "has"}),
    ("同事说 Go 很简单，我已经写了五年。", {"golang": "has"}),
    ("Everyone says K8s 很难，我已经维护了三年集群。", {"kubernetes": "has"}),
    ("大家都说 Terraform is overkill, but I've used it on every project.", {"terraform": "has"}),
    # 4. a tool judged bare after a technical sentence
    ("We moved our queues to Celery. Celery is great.", {"message_queue": "has"}),
    ("Our API runs on Django and Postgres. Celery is great.", {"message_queue": "has"}),
    ("The backend is Flask plus PostgreSQL. Honestly, Celery is a lifesaver.", {"message_queue": "has"}),
    ("后端是 Django + PostgreSQL。Celery 很好用。", {"message_queue": "has"}),
    ("We rebuilt the ingestion pipeline on Spark last year. Kafka is great.", {"kafka": "has"}),
]

# the paraphrases kept aside, read once the rules were written
HELD = [
    ("I'd hoped to learn Scala in grad school, but it never happened.", {"scala": "lacks"}),
    ("以前想学 Go，后来工作太忙没顾上。", {"golang": "lacks"}),
    ("当初计划学 Kubernetes，结果不了了之。", {"kubernetes": "lacks"}),
    ("原本打算学 Spark, but never found the time.", {"spark": "lacks"}),
    ("I meant to pick up Terraform last year; never got around to it.", {"terraform": "lacks"}),
    ("以前一直想学 Docker，后来在工作中用上了。", {"docker": "has"}),
    (
        "Kubernetes was on my to-do list for a year, and I finally set up a cluster with it last spring.",
        {"kubernetes": "has"},
    ),
    ("看了 Kafka 的官方教程，然后用它重构了日志管道。", {"kafka": "has"}),
    ("I skimmed the Airflow docs and then rewrote our cron jobs with it.", {"airflow": "has"}),
    ("Read about Terraform on a blog, then used it to provision our staging env.", {"terraform": "has"}),
    ("朋友推荐了 Redis，我后来用它做了缓存。", {"redis": "has"}),
    ("Everyone told me Go was boring; I've written it for four years.", {"golang": "has"}),
    ("People say Terraform is clunky. We've used it for every environment since 2020.", {"terraform": "has"}),
    ("都说 Spark 调优难，我已经做了两年。", {"spark": "has"}),
    ("Many say Kafka is overkill, but I've run it at scale.", {"kafka": "has"}),
    ("Our nightly jobs moved from cron to Celery workers. Celery is great.", {"message_queue": "has"}),
    ("Celery 任务队列跑了两年。Celery 很稳定。", {"message_queue": "has"}),
    ("Django + Redis + Celery. Celery is great.", {"message_queue": "has"}),
]

# more paraphrases, written after the held ones had been read
MORE = [
    ("I was going to learn Kotlin, but never did.", {"kotlin": "lacks"}),
    ("I wanted to try Airflow but it never happened.", {"airflow": "lacks"}),
    ("Planned to learn Go in 2022, never followed through.", {"golang": "lacks"}),
    ("曾经计划学 Flink，但后来就放弃了。", {"flink": "lacks"}),
    ("本来打算转 Go，后来没转成。", {"golang": "lacks"}),
    ("之前想学 Spark，但一直拖着没学。", {"spark": "lacks"}),
    ("之前想学 Kubernetes, but 一直没时间。", {"kubernetes": "lacks"}),
    ("I'd wanted to learn Go for years, and finally built a service with it last year.", {"golang": "has"}),
    ("本来想学 Docker，最后在公司项目里用上了。", {"docker": "has"}),
    ("Rust was on my wishlist; ended up writing our CLI in it.", {"rust": "has"}),
    ("They say Java is verbose, but I've written it for a decade.", {"java": "has"}),
    ("Everyone says Kubernetes is complex; we've run it in production since 2019.", {"kubernetes": "has"}),
    ("都说 Go 简单，我用了三年，确实如此。", {"golang": "has"}),
    ("网上都说 Rust 难学。我用它写了一年后端。", {"rust": "has"}),
]

# what must not change
STAYS = [
    # a wish alone, said now or in the past, stays a wish; so does one said again after what came of it
    ("wanted to learn Rust", {"rust": "wants"}),
    ("想学 Rust", {"rust": "wants"}),
    ("Kotlin is still on my list; haven't gotten to it yet.", {"kotlin": "wants"}),
    ("I'd like to learn Rust someday.", {"rust": "wants"}),
    ("之前就想学 Rust，现在还是想学。", {"rust": "wants"}),
    ("本来想学 Rust，一直没时间，今年打算开始。", {"rust": "wants"}),
    # a later clause on another skill says nothing of the wished one
    ("本来想学 Rust，后来学了 Go。", {"golang": "has", "rust": "wants|lacks"}),
    ("I'd planned to learn Terraform for ages and finally used it to set up our infra.", {"terraform": "has"}),
    ("I'd meant to learn Scala for years but life got in the way.", {"scala": "wants"}),
    # what was done instead of the wish
    ("本来打算用 Redis 做缓存，后来改用了本地缓存。", {"redis": "wants"}),
    ("I had planned to learn Kafka, but eventually switched to RabbitMQ and used that.", {"kafka": "wants"}),
    # giving up, never building: heard of or lacked, not had
    ("朋友说 Rust 很难，我就放弃了", {"rust": "heard|lacks"}),
    ("朋友说 Rust 很难，我已经放弃了。", {"rust": "heard|lacks"}),
    ("朋友说 Rust 很难，我学了两个月就放弃了。", {"rust": "heard|lacks"}),
    ("heard of Flink, never built anything", {"flink": "heard|lacks"}),
    ("朋友说 Scala 很难学，我就没学。", {"scala": "heard|lacks"}),
    ("Heard Flink is great; never built anything with it.", {"flink": "heard|lacks"}),
    # hearsay, then the writer's lack or another skill
    ("Everyone says Rust is hard; I've never tried it.", {"rust": "heard|lacks"}),
    ("大家都说 K8s 难，我还没碰过。", {"kubernetes": "heard|lacks"}),
    ("大家都说 Rust 难；我还没学。", {"rust": "heard|lacks"}),
    ("Everyone says Rust is hard.", {"rust": "heard"}),
    ("Everyone says Go is boring; my team uses Python.", {"golang": "heard", "python": "has"}),
    ("Everyone says Rust is hard. I've shipped two services in Go.", {"rust": "heard", "golang": "has"}),
    ("同事说 Go 很简单，我也想学。", {"golang": "wants"}),
    # the writer's own work past a line break is another item, not the hearsay's
    ("Everyone says Rust is hard\nI've shipped two services in it", {"rust": "heard"}),
    # celery the vegetable
    ("I made soup with carrots. Celery is great.", {"message_queue": "absent"}),
    ("I bought celery and carrots at the market.", {"message_queue": "absent"}),
]


@pytest.mark.parametrize(("text", "expected"), DEV + HELD + MORE)
def test_what_follows_the_cue_decides(kb: Knowledge, text: str, expected: dict[str, str]) -> None:
    check(kb, text, expected)


@pytest.mark.parametrize(("text", "expected"), STAYS)
def test_what_must_not_change(kb: Knowledge, text: str, expected: dict[str, str]) -> None:
    check(kb, text, expected)


# a long run-on sentence reads as its short form does (how fast: benchmarks/bench_runon.py)
RUN_ON = [
    ("I don't know Kafka and ", {"kafka": "lacks"}),
    ("I don't know Kafka, ", {"kafka": "lacks"}),
    ("I want to learn Rust and ", {"rust": "wants"}),
    ("I'm interested in Rust and ", {"rust": "wants"}),
    ("I hate Java and ", {"java": "dislikes"}),
    ("heard of Rust and ", {"rust": "heard"}),
    ("我不会 Kafka 和", {"kafka": "lacks"}),
    ("我想学 Rust，", {"rust": "wants"}),
    ("听说过 Rust 和", {"rust": "heard"}),
    ("本来想学 Rust，一直没时间。", {"rust": "lacks"}),
    ("本来想学 Rust，一直没时间，", {"rust": "wants"}),  # (each wish after the last one's outcome stands again)
]


@pytest.mark.parametrize(("phrase", "expected"), RUN_ON)
def test_a_run_on_sentence_reads_as_its_short_form(kb: Knowledge, phrase: str, expected: dict[str, str]) -> None:
    check(kb, phrase * 400, expected)


def test_hearsay_still_reaches_past_another_word_of_someone_else(kb: Knowledge) -> None:
    check(kb, "According to my friend, Flink is the best stream processor.", {"flink": "heard"})
    check(kb, "听朋友说同事说 Flink 很好用。", {"flink": "heard"})
