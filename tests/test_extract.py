"""Extraction finds skills with spans into the text as given, and reads the words around them."""

from __future__ import annotations

from careermap.extract.evidence import extract
from careermap.extract.models import Evidence
from careermap.ingest.document import from_text
from careermap.knowledge.loader import Knowledge
from careermap.knowledge.models import Grade


def ev(kb: Knowledge, text: str) -> Evidence:
    return extract(from_text(text, kb), kb)


def test_spans_index_the_text_exactly_as_given_even_after_normalisation(kb: Knowledge) -> None:
    text = "熟練掌握ＣＵＤＡ與Ｃ＋＋，做過 TensorRT-LLM 部署；熟悉 PyTorch"
    e = ev(kb, text)
    assert {"cuda", "cpp", "tensorrt_llm", "pytorch"} <= set(e.skills)
    for se in e.skills.values():
        for h in se.hits:
            assert text[h.span.start : h.span.end] == h.span.text
    assert e.skills["cuda"].hits[0].span.text == "ＣＵＤＡ"
    assert e.skills["cuda"].level == "proficient"  # 熟練 (traditional) read as 熟练


def test_latin_word_boundaries(kb: Knowledge) -> None:
    e = ev(kb, "I worked at Google on Golang services and let's go live next week")
    assert "golang" in e.skills
    assert [h.span.text for h in e.skills["golang"].hits] == ["Golang"]
    e = ev(kb, "Ran a go-to-market plan for Google Cloud")
    assert "golang" not in e.skills


def test_short_aliases_need_context(kb: Knowledge) -> None:
    assert "c_lang" in ev(kb, "熟悉 C 语言和指针，写过嵌入式驱动").skills
    assert "c_lang" in ev(kb, "Languages: C, Python, Java").skills
    assert "c_lang" not in ev(kb, "We closed our Series C round and I manage the C-suite reporting").skills
    assert "r_lang" not in ev(kb, "Led R&D for a retail chain").skills


def test_context_cue_in_reach_counts_even_when_it_is_a_cue_of_many_skills(kb: Knowledge) -> None:
    # regression: "model" is a cue of many skills; the window once counted hits, not characters,
    # and the cue of the skill at hand fell out of it
    assert "llm_inference" in ev(kb, "负责 model 推理").skills
    assert "llm_inference" not in ev(kb, "负责推理").skills  # a common word with no cue near stays silent


def test_a_cue_word_inside_a_skill_name_is_part_of_the_name(kb: Knowledge) -> None:
    # regression: "learning" (as in "currently learning") made every "machine learning" basic
    e = ev(kb, "I build deep learning and machine learning systems.")
    assert e.skills["deep_learning"].level == "mentioned"
    assert e.skills["machine_learning"].level == "mentioned"
    assert ev(kb, "Currently learning Rust").skills["rust"].level == "basic"


def test_plurals_of_phrases_and_of_acronyms_in_capitals(kb: Knowledge) -> None:
    e = ev(kb, "Bring up new TPUs and NPUs; own our data pipelines.")
    assert [h.span.text for h in e.skills["ai_accelerators"].hits] == ["TPUs", "NPUs"]
    assert "data_pipeline" in e.skills
    assert "spark" not in ev(kb, "An idea that sparks joy").skills  # a verb, not the acronym's plural


def test_kernels_count_beside_accelerator_words_not_beside_an_operating_system(kb: Knowledge) -> None:
    assert "operator_development" in ev(kb, "Write fast kernels for our GPUs").skills
    assert "operator_development" not in ev(kb, "Patch the Linux kernel and its drivers").skills
    assert "operator_development" not in ev(kb, "We ship kernels.").skills  # a word is not its own context


def test_common_english_words_count_only_beside_their_own_cues(kb: Knowledge) -> None:
    # a neighbouring skill is not enough for a word that is everyday prose
    assert "attention" not in ev(kb, "Strong attention to detail when shipping Python and React code.").skills
    assert "attention" in ev(kb, "Wrote Transformer attention with softmax over QKV from scratch").skills
    assert "accelerate" not in ev(kb, "Build tools in Python that accelerate adoption of Kubernetes.").skills
    assert "accelerate" in ev(kb, "Fine-tuned with Hugging Face Accelerate and PEFT").skills
    e = ev(kb, "Deep kernel networking (eBPF, io_uring) and kernel modules for our CUDA hosts")
    assert "operator_development" not in e.skills and "cuda" in e.skills


def test_marketing_words_are_not_a_skill(kb: Knowledge) -> None:
    assert "llm_api" not in ev(kb, "Join our AI-powered, AI-driven marketing platform as a PHP developer.").skills
    assert "llm_api" in ev(kb, "Build AI-powered features on the OpenAI API").skills


def test_negation_before_and_after(kb: Knowledge) -> None:
    e = ev(kb, "没接触过CUDA，分布式训练也不熟")
    assert "cuda" not in e.skills and "cuda" in e.negated
    assert "distributed_training" not in e.skills and "distributed_training" in e.negated
    e = ev(kb, "No experience with CUDA, but I know Python well.")
    assert "cuda" in e.negated and "python" in e.skills


def test_proficiency_words_set_the_level(kb: Knowledge) -> None:
    e = ev(kb, "精通C++，熟悉Java，了解Rust")
    assert e.skills["cpp"].level == "expert"
    assert e.skills["java"].level == "proficient"
    assert e.skills["rust"].level == "basic"
    e = ev(kb, "Expert in Kubernetes. Familiar with Terraform.")
    assert e.skills["kubernetes"].level == "expert"
    assert e.skills["terraform"].level == "basic"


def test_grades_listed_project_shipped_led(kb: Knowledge) -> None:
    e = ev(kb, "技能：Redis\n用 vLLM 部署了 Qwen 服务，首字延迟从2秒降到400毫秒\n主导了 Kafka 集群迁移")
    assert e.skills["redis"].grade is Grade.listed
    assert e.skills["vllm"].grade is Grade.shipped
    assert e.skills["kafka"].grade is Grade.led
    e = ev(kb, "Built a RAG chatbot with LangChain for our support team.")
    assert e.skills["langchain"].grade is Grade.project
    assert e.skills["langchain"].strength > ev(kb, "Skills: LangChain").skills["langchain"].strength


def test_years_of_experience(kb: Knowledge) -> None:
    e = ev(kb, "5年Java开发经验，熟悉Spring Boot")
    assert e.skills["java"].years == 5
    assert e.years == 5
    assert ev(kb, "Backend engineer with 7+ years of experience in Go").years == 7
    assert ev(kb, "2019年毕业于浙江大学").years is None


def test_wishes_are_interests_not_skills(kb: Knowledge) -> None:
    e = ev(kb, "想学CUDA和Triton，目前只会Python")
    assert "cuda" not in e.skills and "cuda" in e.interests
    assert "python" in e.skills
    e = ev(kb, "I want to learn RAG, LangChain and vector databases.")
    assert {"rag", "langchain", "vector_database"} <= set(e.interests)
    assert not {"rag", "langchain", "vector_database"} & set(e.skills)


def test_a_one_off_touch_counts_little(kb: Knowledge) -> None:
    once = ev(kb, "Java后端五年，Spark用过一次").skills["spark"].strength
    real = ev(kb, "Java后端五年，熟悉Spark").skills["spark"].strength
    assert once < real / 2


def test_stated_likes_and_dislikes(kb: Knowledge) -> None:
    e = ev(kb, "数学一般，但喜欢折腾底层")
    traits = {(s.trait, s.polarity) for s in e.traits}
    assert ("math_research", -1.0) in traits
    assert ("systems_hardware", 1.0) in traits
    e = ev(kb, "我不喜欢推导公式")
    assert {(s.trait, s.polarity) for s in e.traits} == {("math_research", -1.0)}
    assert ev(kb, "Honestly, math is not my thing.").traits[0].polarity == -1.0


def test_past_titles_and_degree(kb: Knowledge) -> None:
    e = ev(kb, "Java开发工程师，硕士毕业于北京邮电大学")
    assert "java_backend" in {t.archetype for t in e.titles}
    assert e.degree == "master"
    assert ev(kb, "PhD in Statistics, Stanford").degree == "phd"
