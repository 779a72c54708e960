"""Round recall15: how other writers name a skill (job titles, inflected verbs, Chinese abbreviations and
slang), added as aliases to the knowledge base. Each form is read in a technical sentence and kept out
of a near twin where the same word means something else."""

from __future__ import annotations

import pytest

from careermap.knowledge.loader import Knowledge

from .test_reading_status import status


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        # people naming their job
        ("Working as a data annotator for an AI vendor.", "data_annotation"),
        ("Statistician by training, now a data scientist.", "statistics"),
        ("I'm a biostatistician at a hospital.", "statistics"),
        ("I'm a pentester for a consultancy.", "penetration_testing"),
        ("Embedded engineer, mostly STM32.", "embedded_systems"),
        ("I'm a UX designer.", "ui_design"),
        ("Speech scientist working on ASR.", "speech"),
        ("I'm a game programmer.", "game_engine"),
        ("I'm an analytics engineer.", "data_warehouse"),
        ("我是测试工程师。", "software_testing"),
        ("我是测试开发工程师。", "test_automation"),
        ("本人统计师，做了五年。", "statistics"),
        ("我是推荐工程师。", "recommender_systems"),
        ("我是视觉工程师。", "computer_vision"),
        # inflected verbs and noun phrases
        ("Pruned 40% of the attention heads and sparsified the MLPs.", "pruning"),
        ("Cleaning data takes most of my time.", "data_cleaning"),
        ("Deduped the corpus with MinHash.", "deduplication"),
        ("Trained on multiple GPUs with FSDP.", "distributed_training"),
        ("Ran preference tuning on the SFT checkpoint.", "dpo"),
        ("Compressing models for phones is my job.", "model_compression"),
        ("Built the retrieval-augmented QA bot over our wiki.", "chatbot"),
        ("Evaluating LLMs for our legal product.", "llm_evaluation"),
        ("用文本嵌入做语义检索。", "embedding_models"),
        # Chinese abbreviations and slang
        ("炼丹多年，主要训视觉模型。", "computer_vision"),
        ("写过爬取商品页的脚本。", "web_crawling"),
        ("做过槽位填充和意图识别。", "ner"),
        ("做过搜推。", "recommender_systems"),
        ("线代和概率论学得不错。", "linear_algebra"),
        ("平时喜欢挖洞，交过几个 CVE。", "vulnerability_research"),
        ("读研时发论文压力很大，发了两篇顶会。", "academic_publishing"),
        # short forms in their own context
        ("做过 int4 quantization 和 KD。", "knowledge_distillation"),
        ("对 diffusion 模型很感兴趣。", "diffusion_models"),
        ("Wrote tf modules for the VPC and the EKS cluster.", "terraform"),
        ("You will prune model weights for the phone build.", "pruning"),
        # titles of the writer or the hire
        ("I'm a data engineer; pipelines are my day job.", "data_pipeline"),
        ("Previous experience as a data analyst is a plus.", "data_analysis"),
        ("We are hiring a QA engineer for the mobile apps.", "software_testing"),
        ("我是测试工程师，负责支付系统。", "software_testing"),
        ("有三年推荐业务经验，做过召回和精排。", "recommender_systems"),
        ("Built LLM agents that call our internal APIs.", "agent_development"),
        ("用 Qwen-72B 做教师模型，蒸馏出一个 7B 的小模型。", "knowledge_distillation"),
        ("Ran GGUF quants with llamacpp on a MacBook.", "quantization"),
        ("I'm a game developer using Unity.", "game_engine"),
        ("I'm a game developer.", "gaming_domain"),
        # a modifier's suspended hyphen before a shared head
        ("Used tensor- and pipeline-parallel pretraining.", "tensor_parallelism"),
        ("Did unit- and integration-testing.", "unit_testing"),
    ],
)
def test_another_writers_name_is_read(kb: Knowledge, text: str, skill: str) -> None:
    assert skill in status(kb, text)


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        ("Pruned the apple trees in March.", "pruning"),
        ("We pruned the backlog before the release.", "pruning"),
        ("His KD ratio in the game is great.", "knowledge_distillation"),
        ("Trained the tf model on AWS GPUs.", "terraform"),
        ("Used tf.data on AWS.", "terraform"),
        ("PyTorch, tf, JAX", "terraform"),
        ("I cleaned the kitchen and labeled all the jars.", "data_cleaning"),
        ("移动端推理用过 MNN。", "mobile_development"),
        ("这部电影的视觉方面做得很好，视觉效果一流。", "computer_vision"),
        ("The ice scraper broke this morning.", "web_crawling"),
        ("Run docker system prune to free the disk on the build hosts.", "pruning"),
        # a title that names the colleagues, not the writer or the hire
        ("Collaborate with data engineers to ensure seamless integration.", "data_pipeline"),
        ("You will work with data analysts and product managers on dashboards.", "data_analysis"),
        ("You will work with some of the best software and test engineers.", "software_testing"),
        ("与产品经理、测试工程师等团队成员紧密合作。", "software_testing"),
        # Chinese short forms inside other words, or in their everyday sense
        ("做过一个在线代码编辑器。", "linear_algebra"),
        ("小狗在院子里挖洞，把花都刨出来了。", "vulnerability_research"),
        ("在银行网点负责向客户推荐业务。", "recommender_systems"),
        ("熟悉互联网安全生态。", "network_security"),
        ("有性能可维可测开发经验者优先。", "test_automation"),
        ("做过移动端图像识别的模型部署。", "mobile_development"),
        # people at a desk, a text boiled down, clothes labelled
        ("Our agents in the call center handle 500 tickets a day.", "agent_development"),
        ("这个方案还需要再蒸馏一下，提炼出重点。", "knowledge_distillation"),
        ("周末把房间清洗了一遍，衣服也标注了尺码。", "data_annotation"),
        ("The label printer is called a labeler.", "data_annotation"),
        ("The quants on the trading desk wanted faster Python.", "quantization"),
        ("We hire quants and engineers.", "quantization"),
        # a hyphen that is no suspended modifier
        ("A well- and widely-tested library.", "unit_testing"),
        ("Wrote tensor- and pipeline-parallel code.", "data_parallelism"),
    ],
)
def test_the_same_word_in_another_sense_is_not_read(kb: Knowledge, text: str, skill: str) -> None:
    assert skill not in status(kb, text)
