"""Words that only look like skills (round sense15, issue 13): an audit of every alias of the knowledge base
for everyday words and other fields' words, guarded as data. A guard may name families of words of one other
walk of life (``lexicon.yaml -> sense_families``: the shopper, the phone or car user, the gamer, the power grid,
the army, school science, the patient, the newsroom, the home, the household's money, the victim of a virus, the
client of a lawyer, a book read, cats), each word read as a word of everyday life is: the other sense where nothing
near says software, the trade where something does. Each case here has a near twin where the same alias is the skill."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from careermap.api import knowledge
from careermap.errors import KnowledgeError
from careermap.extract.evidence import extract
from careermap.ingest.document import from_text
from careermap.knowledge.loader import DATA_DIR, Knowledge, load


def found(kb: Knowledge, text: str) -> set[str]:
    e = extract(from_text(text, kb), kb)
    return {h.skill for h in e.mentions()}


@pytest.mark.parametrize(
    ("text", "skill", "named"),
    [
        # shopper: the writer buys or calls for help
        ("我给客服打电话投诉了半天。", "customer_service_domain", False),
        ("在客服中心做过三年质检和数据分析。", "customer_service_domain", True),
        ("转人工客服等了二十分钟。", "customer_service_domain", False),
        ("设计了机器人与人工客服的转接策略。", "customer_service_domain", True),
        ("双十一在天猫上买了一堆零食。", "ecommerce_domain", False),
        ("负责天猫店铺的商品推荐算法。", "ecommerce_domain", True),
        ("我推着购物车在超市里逛了一圈。", "ecommerce_domain", False),
        ("开发了购物车和订单模块。", "ecommerce_domain", True),  # the family's 购物 inside 购物车 is the alias's own
        ("I shop on Shopify stores a lot.", "ecommerce_domain", False),
        ("Built a Shopify storefront with custom Liquid themes.", "ecommerce_domain", True),
        ("我是个羊毛党，天天在 App 上薅羊毛。", "risk_control", False),
        ("设计了识别羊毛党的风控规则。", "risk_control", True),
        # device_user: a phone, a car, an app in use
        ("我用的是安卓手机。", "mobile_development", False),  # everyday 手机, nothing technical near
        ("做过三年安卓手机 App 开发。", "mobile_development", True),
        ("I use an Android phone.", "mobile_development", False),
        ("Built Android apps in Kotlin.", "mobile_development", True),
        ("我用微信小程序点外卖。", "mini_program", False),
        ("开发过三个微信小程序。", "mini_program", True),
        ("我周末都在流媒体上追剧。", "streaming_media", False),
        ("做过流媒体服务器开发。", "streaming_media", True),
        ("试驾了特斯拉的自动驾驶，感觉不错。", "autonomous_driving", False),
        ("从事自动驾驶感知算法研发。", "autonomous_driving", True),
        ("My car has self-driving features for the motorway.", "autonomous_driving", False),
        ("Worked on self-driving perception at a robotaxi startup.", "autonomous_driving", True),
        ("这款蓝牙耳机是低延迟的，打游戏很合适。", "latency_optimization", False),
        ("负责推理服务的低延迟优化。", "latency_optimization", True),
        ("新显卡支持光线追踪，玩游戏的时候效果很好。", "computer_graphics", False),
        ("实现了基于 GPU 的光线追踪渲染器。", "computer_graphics", True),
        ("小区门禁用的是人脸识别，刷脸就能进。", "computer_vision", False),
        ("负责小区门禁人脸识别系统的开发。", "computer_vision", True),  # 小区 and 门禁 are soft: a technical word wins
        # gamer
        ("我平时喜欢打手游放松。", "gaming_domain", False),
        ("在手游公司做服务端开发。", "gaming_domain", True),
        ("I love playing esports games on weekends.", "gaming_domain", False),
        ("Built the matchmaking backend for an esports platform.", "gaming_domain", True),
        # the power grid, the army, school science
        ("电网通过储能削峰填谷。", "high_concurrency", False),
        ("用消息队列做削峰填谷。", "high_concurrency", True),
        ("I spent ten years replacing transformers at the substation.", "transformer", False),
        ("Implemented a Transformer encoder from scratch in PyTorch.", "transformer", True),
        ("物理课上老师讲了运动学。", "robotics", False),
        ("推导了六轴机械臂的正逆运动学。", "robotics", True),
        ("In my high school physics class we learned about energy quantization.", "quantization", False),
        ("Quantized the 70B model to INT4 with GPTQ.", "quantization", True),
        ("部队在边境演习时分成红队和蓝队。", "red_teaming", False),
        ("参与大模型红队测试，评估越狱风险。", "red_teaming", True),
        ("My grandfather was a Jaeger in the Austrian army.", "monitoring", False),
        ("Traced the requests with Jaeger and OpenTelemetry.", "monitoring", True),
        # the patient, the newsroom, the home, money, a virus, the law, a book
        ("医生让我做了心脏压力测试。", "performance_testing", False),
        ("用 JMeter 做接口压力测试。", "performance_testing", True),
        ("As a journalist I did fact-checking every day.", "hallucination", False),
        ("Built automatic fact-checking for LLM answers.", "hallucination", True),
        ("记者在稿件里引用了一份白皮书。", "technical_writing", False),
        ("撰写了产品技术白皮书。", "technical_writing", True),
        ("我家买了个交换机和路由器。", "sdn", False),
        ("做过数据中心交换机的配置和运维。", "sdn", True),
        ("我的信用评分很高，贷款很快批了。", "finance_domain", False),
        ("搭建了信用评分卡模型。", "finance_domain", True),
        ("公司的电脑中了勒索病毒，文件全没了。", "malware_analysis", False),
        ("分析过勒索病毒的加密流程。", "malware_analysis", True),
        ("我卷入了一场诉讼，很头疼。", "legal_domain", False),
        ("做过诉讼文书的智能生成。", "legal_domain", True),
        ("这本书引发了我的深度思考。", "reasoning_cot", False),
        ("研究大模型的深度思考模式。", "reasoning_cot", True),
        ("奶奶的长期记忆还好，就是记忆力差了。", "agent_memory", False),
        ("为 Agent 设计了长期记忆模块。", "agent_memory", True),
        ("Our tomcat keeps fighting the neighbour's cat at night.", "web_backend", False),
        ("Deployed the WAR files on Tomcat.", "web_backend", True),
        # idioms and other fields, one word each
        ("他是在蜜罐里长大的孩子。", "security_operations", False),
        ("部署了蜜罐来诱捕攻击者。", "security_operations", True),
        ("蝉在树上脱壳了。", "reverse_engineering", False),
        ("做过 Android 应用的脱壳和逆向。", "reverse_engineering", True),
        ("他对领导总是阿谀奉承。", "alignment", False),
        ("研究大模型的阿谀奉承问题。", "alignment", True),
        ("The Tower of Babel story was read at church on Sunday.", "frontend_engineering", False),
        ("Transpiled the code with Babel and webpack.", "frontend_engineering", True),
        ("The swagger of the new captain annoyed the whole team.", "rest_api", False),
        ("Documented every endpoint in Swagger.", "rest_api", True),
        ("The TV has closed captioning for my deaf grandmother.", "image_text_pairs", False),
        ("Ran re-captioning of web images with a VLM.", "image_text_pairs", True),
        ("Sketch out the plan on paper before the meeting.", "ui_design", False),
        ("Designed the screens in Sketch and Figma.", "ui_design", True),
        # Hadoop's YARN beside Spark is no JavaScript tool; HIP in a hip flask is no AMD GPU
        ("I process terabytes of events with Spark on YARN.", "frontend_engineering", False),
        ("Managed the monorepo's packages with yarn and webpack.", "frontend_engineering", True),
        ("爬山的时候带了个 hip flask，装了点白酒。", "rocm", False),
        ("Ported the CUDA kernels to HIP for AMD GPUs.", "rocm", True),
        # a docker loads ships; a team ships services in Docker
        ("I package every service we ship in Docker containers.", "docker", True),
        ("As a young man I worked as a docker at the port, loading containers onto cargo ships.", "docker", False),
        # a shopper's flash sale, a student's exam drills, a canteen's vegetables, a factory's parts, the stars
        ("双十一熬夜秒杀，买了一堆零食。", "high_concurrency", False),
        ("设计过秒杀系统的库存扣减。", "high_concurrency", True),
        ("初中生每天放学后都在刷题。", "algorithms", False),
        ("我每天在力扣上刷题准备面试。", "algorithms", True),
        ("我在食堂做了三年厨师，负责清洗蔬菜。", "data_cleaning", False),
        ("负责预训练语料的清洗和去重。", "data_cleaning", True),
        ("工厂质检员每天压测零件。", "performance_testing", False),
        ("用 wrk 对网关做过压测。", "performance_testing", True),
        ("The Gemini constellation is visible in winter.", "llm_basics", False),
        ("Called Gemini and GPT-4 through their APIs.", "llm_basics", True),
        # a season out with the family is no Spring Boot
        ("今年 spring 我们全家去日本看樱花。", "spring", False),
        ("今年用 Spring Boot 重写了订单服务。", "spring", True),
    ],
)
def test_words_that_only_look_like_skills(kb: Knowledge, text: str, skill: str, named: bool) -> None:
    assert (skill in found(kb, text)) is named


def test_a_technical_word_inside_the_alias_says_nothing_beside_an_everyday_word(kb: Knowledge) -> None:
    """The "服务" of "售后服务" is the alias's own word: beside 手机 and nothing else technical, the customer's
    after-sales service; a word of building software outside it still says the trade."""
    assert "customer_service_domain" not in found(kb, "我投诉了这家店的售后服务。")
    assert "customer_service_domain" in found(kb, "负责售后服务工单系统的开发。")


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        # a family's word is soft: beside a word of building software, another skill or "负责" right before the
        # alias, the trade stays (each a real résumé line the families must not take)
        ("负责客服电话的语音机器人开发。", "customer_service_domain"),
        ("负责淘宝双十一大促的推荐算法。", "ecommerce_domain"),
        ("开发了拼多多砍价功能的后端服务。", "ecommerce_domain"),
        ("负责王者荣耀手游的服务端开发。", "gaming_domain"),
        ("负责医院 HIS 系统的功能测试。", "software_testing"),
        ("对医院挂号系统做过压力测试。", "performance_testing"),
        ("负责工厂 MES 系统的压力测试。", "performance_testing"),
        ("负责刷脸支付的人脸识别算法。", "computer_vision"),
        ("负责追剧 App 的流媒体播放器开发。", "streaming_media"),
        ("开发了点外卖的微信小程序。", "mini_program"),
        ("为信用卡中心搭建了信用评分模型。", "finance_domain"),
        ("分析过中毒电脑上的勒索病毒样本。", "malware_analysis"),
        ("负责账号安全，防止用户账号被盗。", "risk_control"),
        ("为中学生机器人课程开发了运动学仿真。", "robotics"),
        ("Deployed Jaeger for the military logistics platform.", "monitoring"),
        ("对学生模型做 quantization 和剪枝。", "quantization"),
        ("负责新闻事实核查。", "hallucination"),
        ("Best in class quantization for edge chips.", "quantization"),
        # none of a family's words is a thing the trade builds: a smart speaker, a TV, headphones, broadband
        ("负责智能音箱的语音唤醒和语音识别模块。", "speech"),
        ("负责智能电视安卓系统的应用开发。", "mobile_development"),
        ("负责蓝牙耳机音频链路的低延迟优化。", "latency_optimization"),
        ("Built a pet adoption site on Tomcat.", "web_backend"),
        # a guard of families alone reads no other words of everyday life: the car of a self-driving car; nor are
        # the trade's own features a shopper's words (购物车, 退款, 双十一)
        ("Passionate about self-driving car technology and its impact on the world.", "autonomous_driving"),
        ("负责淘宝交易域（购物车、下单、订单、退款等）核心业务研发。", "ecommerce_domain"),
        ("熟悉安卓手机适配。", "mobile_development"),
        ("负责双十一秒杀。", "high_concurrency"),
        ("设计转人工客服的策略。", "customer_service_domain"),
        # a guard's own avoid words are words only the other sense uses: not "walked", "hunting", "flask", "素描"
        ("Walked the team through the Swagger docs with confidence.", "rest_api"),
        ("Hunting down latency with Jaeger traces.", "monitoring"),
        ("熟练使用 Sketch、Figma，有素描功底。", "ui_design"),
        ("用 ASR 生成字幕后再做 captioning 数据清洗。", "image_text_pairs"),
        ("Studied sycophancy and flattery in chat models.", "alignment"),
        ("我是一个风控工程师，负责识别羊毛党。", "risk_control"),
        ("识别薅羊毛的羊毛党。", "risk_control"),
        ("为 Minecraft Agent 搭建了代码执行沙盒。", "agent_sandbox"),
        # a family holds the writer's own life in a field, never a field the trade serves (a place, a client, a
        # thing it builds, a feature of its own): terse résumé lines with no word of building software
        ("人脸识别门禁、刷脸支付。", "computer_vision"),
        ("工厂 MES 压测。", "performance_testing"),
        ("医院 HIS 功能测试。", "software_testing"),
        ("诉讼文书生成：离婚、房东纠纷。", "legal_domain"),
        ("账号安全：被骗、被盗号识别。", "risk_control"),
        ("白皮书撰写：政府数字化。", "technical_writing"),
        ("用户手册编写：洗衣机、冰箱说明书。", "technical_writing"),
        ("Jaeger tracing for a military contractor.", "monitoring"),
        ("Tomcat tuning for a vet clinic booking site.", "web_backend"),
        ("天猫超市选品。", "ecommerce_domain"),
        ("智能客服：意图识别、转人工、多轮对话。", "chatbot"),
    ],
)
def test_a_family_word_beside_the_trade_s_own_work_keeps_the_skill(kb: Knowledge, text: str, skill: str) -> None:
    assert skill in found(kb, text)


def test_beside_a_family_word_a_word_of_using_is_that_walk_of_life_s_but_a_duty_is_the_trade_s(kb: Knowledge) -> None:
    """A word of using ("用", "学过") right before the alias says the tool beside an everyday word
    ("我想学 Rust，周末还想去爬山"), not beside a word of the walk of life the guard names
    (``technical_before_uses``); "负责" still does."""
    assert "mini_program" not in found(kb, "我用微信小程序点外卖。")
    assert "high_concurrency" not in found(kb, "我用削峰填谷的电价省了不少电费，家里装了储能。")
    assert "performance_testing" in found(kb, "我在工厂做质检系统，负责压测。")
    assert "risk_control" in found(kb, "负责账号安全，防止用户账号被盗。")
    assert "rust" in found(kb, "我想学 Rust，周末还想去爬山。")


def test_validate_reports_a_word_of_using_that_is_not_a_word_before(tmp_path: Path) -> None:
    data = _copy(tmp_path)
    path = data / "lexicon.yaml"
    lex = yaml.safe_load(path.read_text(encoding="utf-8"))
    lex["technical_before_uses"].append("fondle")
    path.write_text(yaml.safe_dump(lex, allow_unicode=True), encoding="utf-8")
    with pytest.raises(KnowledgeError, match="fondle"):
        load(data, cache=False)


def test_every_family_is_named_by_a_guard_and_every_guard_family_exists() -> None:
    kb = knowledge()
    named = {f for skill in kb.skills.values() for sense in skill.senses for f in sense.families}
    assert named == set(kb.lexicon.sense_families)
    assert all(kb.lexicon.sense_families[f] for f in named)


def _copy(tmp_path: Path) -> Path:
    dst = tmp_path / "data"
    shutil.copytree(DATA_DIR, dst)
    return dst


def test_validate_reports_an_unknown_family(tmp_path: Path) -> None:
    data = _copy(tmp_path)
    path = data / "skills" / "domain.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("families: [law_client]", "families: [law_clients]", 1), encoding="utf-8")
    with pytest.raises(KnowledgeError, match="no family 'law_clients'"):
        load(data, cache=False)


def test_validate_reports_a_family_that_holds_the_alias(tmp_path: Path) -> None:
    data = _copy(tmp_path)
    path = data / "lexicon.yaml"
    lex = yaml.safe_load(path.read_text(encoding="utf-8"))
    lex["sense_families"]["law_client"].append("诉讼")
    path.write_text(yaml.safe_dump(lex, allow_unicode=True), encoding="utf-8")
    with pytest.raises(KnowledgeError, match="holds the alias '诉讼'"):
        load(data, cache=False)


def test_validate_reports_a_key_written_twice(tmp_path: Path) -> None:
    """A second ``senses:`` of one skill would silently drop the first one's guards."""
    data = _copy(tmp_path)
    path = data / "skills" / "testing.yaml"
    text = path.read_text(encoding="utf-8")
    twice = text.replace("  prerequisites: []\n", "  prerequisites: []\n  prerequisites: []\n", 1)
    path.write_text(twice, encoding="utf-8")
    with pytest.raises(KnowledgeError, match="'prerequisites' written twice"):
        load(data, cache=False)
