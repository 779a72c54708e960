"""Status by scope: whether each skill mention (and each past title) is something the writer
has, lacks, wants or has only heard of, and the words that decided it.

Every mention is *has* unless a status cue's scope covers it. The cues are data
(``lexicon.yaml``): negation phrases and a negator with a word for knowing or doing later in
its clause (*lacks*: "不会 Rust", "没写过一行 Go", "I have not used"), wishes, plans and
interests (*wants*: "想学", "plan to", "Interests:"), hearsay, quotes in a reported sentence
and other people's skills (*heard_of*: "听说", "a friend told me", "同事精通 CUDA"), dislikes, and
two flags that keep the status: a stated like and a limiter ("只写过脚本", "just a bit of",
which lowers the level to basic instead of negating).

Scope. A cue reaches forward over the rest of its clause and over the list that starts there,
across commas ("No experience with Docker, Kubernetes, or Terraform"); wishes, interests and
hearsay reach to the end of the sentence. A cue with nothing after it reads back to the list
just before it ("SFT、DPO 没有实际经验", "Rust, Go and Haskell: no hands-on experience"), across at
most ``reach.cue_back`` characters, and across a comma only from a clause that is nothing but
that list ("微积分、线性代数、概率论，大学毕业后全还给老师了"). A contrast word, an exception
("除了 Python，…"), another cue and the end of the sentence end every reach. A heading cue
("兴趣方向：", "Interests:") covers the rest of its line, or, alone on a line, what follows down
to the next empty line or section. When several cues reach a mention, the nearest decides.
A negation that qualifies other people ("不懂 Python 的同事", "interns who knew nothing about")
is no cue at all: it says nothing of what the writer lacks.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cached_property
from itertools import takewhile

from careermap.extract.matcher import Hit
from careermap.knowledge.lexicon import NegationCues, OwnDoing, WishOutcomes
from careermap.text.split import PARAGRAPH_BREAK

# what each cue kind does to the mentions it reaches
EFFECT = {
    "neg_before": "lacks",
    "neg_after": "lacks",
    "neg_forgot": "lacks",
    "aspire": "wants",
    "interest": "wants",
    "status_head": "wants",
    "wish_head": "wants",
    "lack_head": "lacks",
    "dislike_head": "dislike",
    "hearsay": "heard_of",
    "third_party": "heard_of",
    "dislike": "dislike",
    "like": "like",
    "limiter": "limiter",
    "claim": "has",
}
FLAGS = frozenset({"like", "limiter"})  # these keep the status: a preference, a lower level
# how a cue reaches: forward first (else back), back first (else forward), or to the sentence end
_MODE = {
    "neg_before": "both",
    "neg_after": "back",
    "neg_forgot": "past",  # back, over a contrast word and one clause: "以前用过 X，现在全忘了"
    "aspire": "sentence",
    "interest": "sentence",
    "hearsay": "sentence",
    "dislike": "both",
    "like": "both",
    "limiter": "around",  # "消息队列只用过 RabbitMQ": the field and the tool alike
    "claim": "claim",  # "CUDA, which I already use": back to what it follows (over its comma), only
}


def any_between(starts: Sequence[int], lo: int, hi: int) -> bool:
    """Whether one of the sorted positions ``starts`` falls in ``[lo, hi)`` (a skill named there: ``names_item``)."""
    i = bisect_left(starts, lo)
    return i < len(starts) and starts[i] < hi


def block_end(
    text: str,
    line_end: int,
    section_starts: Sequence[int],
    names_item: Callable[[int, int], bool],
    *,
    opens_line: bool = False,
) -> int:
    """Where the lines under a label or heading that ends at ``line_end`` stop: at an empty line, a known section,
    or a line that is a label or heading of its own ("Used in production:", "## Experience", "Result"), or that
    opens with a contrast ("But I have 3 years on Azure."); ``names_item(lo, hi)`` says whether a skill stands there.
    When the cue ``opens_line``, the empty lines right under it open its list, as markdown writes "## Want to
    learn\n\n- Kubernetes" (not under a line that only holds the cue: "项目关注点包括但不限于：\n\n* AI Agent")."""
    stop = len(text)
    first = _EMPTY_LINES.match(text, line_end) if opens_line else None
    blank = PARAGRAPH_BREAK.search(text, first.end() - 1 if first else line_end)
    if blank:
        stop = blank.start()
    i = bisect_right(section_starts, line_end)
    if i < len(section_starts):
        stop = min(stop, section_starts[i])
    i = first.end() if first else line_end + 1
    bulleted: bool | None = None  # whether the list's first line opens with a bullet or a number
    while i < stop:
        j = text.find("\n", i)
        j = stop if j == -1 or j > stop else j
        if _heads_block(text, i, j, names_item):
            return i
        opens = _ITEM_OPEN.match(text, i, j) is not None
        if bulleted is None:
            bulleted = opens
        elif bulleted and not opens and text[i] not in " \t":
            return i  # "- MongoDB\nI have shipped Airflow DAGs…": a line of prose after a bulleted list is none of it
        i = j + 1
    return stop


def _heads_block(text: str, i: int, j: int, names_item: Callable[[int, int], bool]) -> bool:
    """Whether the line ``text[i:j]`` under a label is a label or heading of its own, or opens with a contrast."""
    line = text[i:j]
    bare = line.strip()
    if not bare:
        return True
    if bare[0] == "#" or _BLOCK_CONTRAST.match(line):
        return True
    colon = line.find(":")
    if colon > 0 and not line.startswith("//", colon + 1):
        label = line[:colon].strip(" \t" + _BULLET_OPEN)
        # "Used in production:", "Daily drivers: PyTorch" (not "- Kubernetes: 2 years", whose label is an item)
        return bool(label) and len(label.split()) <= _LABEL_WORDS and not names_item(i, i + colon)
    # a short line of its own, no bullet, no item, no full stop: a heading ("Result", "Tools mastered")
    return (
        bare[0] not in _BULLET_OPEN
        and not bare[0].isdigit()
        and len(bare.split()) <= 3
        and bare[-1] not in ".!?。"
        and not names_item(i, j)
    )


def label_line(text: str, start: int, end: int, names_item: Callable[[int, int], bool]) -> int | None:
    """Where the line of the cue at ``text[start:end]`` ends, when the cue labels the lines under it: the line ends
    with a colon and names no item ("Tools I have not used:", "Comfortable with:", "没用过："), or holds the cue
    alone ("## Want to learn", "未接触"); not a sentence (a clause mark in it) nor words to the reader
    ("我们希望你具备：")."""
    line_end = text.find("\n", end)
    if line_end < 0:
        return None
    line_start = text.rfind("\n", 0, start) + 1
    if line_end - line_start > _LABEL_LINE or names_item(line_start, line_end):
        return None
    line = text[line_start:line_end]
    if "," in line or _READER.search(line):
        return None
    rest = text[end:line_end].rstrip()
    if not rest.endswith(":") and (rest or _LINE_OPEN.fullmatch(text, line_start, start) is None):
        return None
    return line_end


# the words that are cues only as a heading (lexicon.yaml -> wish_headings, lack_headings, dislike_headings): the rest
# of their line or, as a label, the list under it; inside a sentence they say nothing ("the gaps in our monitoring",
# "to avoid downtime"), the same words there are read by the cue lexicons that hold them ("不喜欢", "least favourite":
# lexicon.yaml -> dislike)
HEADS = frozenset({"wish_head", "lack_head", "dislike_head"})
# (a heading of wishes, lacks or dislikes is no stop: kept beside the cues it overlaps, it reads only as a heading)
_STOPPING = frozenset({*EFFECT, "negator", "prof", "break", "exception"} - HEADS)
_LINE_OPEN = re.compile(r"[\s#*_>\-–—•·●■◆▶►\d.、()（）\[\]【】]*+(?:(?:我的|my\b)\s*+)?")  # "我的 interests："
# a colon, or a dash or a bar set apart by a space ("Areas of interest — RL", "Interests - MoE"; not "e-commerce")
# (a bracketed qualifier may stand before the colon: "Interests (technical):", "Learning goals (2025):")
# (and Markdown's emphasis around it: "**Interests**", "__Interests__:")
_QUALIFIER = r"(?:[*_]{1,3})?(?:[ \t]*[(（][^()（）:：\n]{1,30}[)）])?(?:[*_]{1,3})?"
_HEADING_TAIL = re.compile(_QUALIFIER + r"(?:[ \t]*[:：]|[ \t]+(?:[—–|]|--?)[ \t])")  # ("Interests | Rust | Go")
# a heading's words with a colon that do not open their line (heading_at): one or two words of kind before them
# ("Other interests:", "Hobby interests:", "Hobbies and interests:"; not "Skills & interests:" nor a posting's "Our
# goals:"), another heading word joined after them ("Interests & hobbies:"), or a sentence ended before them on the line
# ("Skills: Python, Docker. Interests: RL")
_HEADING_KIND = re.compile(
    r"(?:(?:other|personal|hobby|main|tech|key|general|additional|primary|side|non-technical|research|academic"
    r"|professional|learning|future|career|broader|outside|extracurricular|current|technical|hobbies|big|biggest"
    r"|short-term|long-term|near-term|short term|long term|ultimate|immediate)\s+"
    r"(?:(?:and|&)\s+)?){1,2}$"
)
_HEADING_JOINED = re.compile(
    r"(?:[ \t]+(?:and|&)[ \t]+|[ \t]*/[ \t]*)(?:hobbies|interests|passions|goals|curiosities)"
    + _QUALIFIER
    + r"[ \t]*[:：]"
)
_COLON_TAIL = re.compile(_QUALIFIER + r"[ \t]*[:：]")
_SENTENCE_MARKS = frozenset(".;!?。；！？|")
_CJK_MARKS = frozenset("。；！？")
# the next heading on the line of a heading's items, after a sentence ended ("Interests: RL. Skills: Python, Docker")
_NEXT_HEADING = re.compile(r"[.;!?。；！？|][ \t]+[^\s.;:：!?。；！？|][^.;:：!?。；！？|\n]{0,30}[:：]")
_LABEL_TAIL = 24  # how many characters may stand between a heading's words and the colon that ends its line
_LABEL_TAIL_OPEN = re.compile(r"\s+(?:for|in|on|of|to|at|i|i'm|i've|i'd|i'll|this|next|my)\b")
_LABEL_LINE = 60  # how long a label line may be ("Tools I have not used:", "Things I can't do yet:")
_LABEL_WORDS = 5  # how many words a label may hold before its colon ("Used in production:", "Daily drivers:")
# a line of a section that opens with a contrast: "But I have 3 years on Azure." ends the list above it
_BLOCK_CONTRAST = re.compile(r"[\s\-–—•*·>]*(?:(?:but|however|although|though|whereas|that said)\b|但是?|不过|可是)")
# a line of a section that opens with work done: "- Shipped Docker images to production" is the writer's, whatever
# the label above it says
_LINE_DONE = re.compile(
    r"[\s\-–—•*·>\d.)]*(?:(?:i|we)(?:'ve|\s+have)?\s+)?(?:(?:also|already|have|successfully)\s+)?"
    r"(?:shipped|built|wrote|rewrote|deployed|ran|led|maintained|implemented|developed|designed|created|migrated|"
    r"launched|set up|delivered|trained|used|worked with|worked on|contributed to|run|maintain|use)\b"
    r"|[\s\-–—•*·>\d.)]*(?:我)?(?:用|做|写|搭|跑|实现|部署|上线|开发|维护|重写|训练)(?:过|了)"
)
_BULLET_OPEN = "-–—•*·>●■◆▶►"
# a line that opens an item of a list: a bullet or a number ("- Kafka", "• Kafka", "1. Kafka", "2) Kafka", "3、Kafka")
_ITEM_OPEN = re.compile(r"[ \t]*(?:[-–—•*·>●■◆▶►]|\d{1,2}[.)、])")
_EMPTY_LINES = re.compile(r"(?:\n[ \t]*)+\n")  # empty lines, from the line break that ends the line before them
# the reader, addressed or named, or the hiring company: a posting's "我们希望你具备：", "希望候选人具备：",
# "What you'll need:", "What we would love to see:" are no label of the writer's own
_READER = re.compile(
    r"[你您]|候选人|应聘者|求职者|我们|(?<![a-z])(?:you|your|you'll|you're|you've|candidates?|applicants?|we|we'd|we're|"
    r"we'll|our|us)(?![a-z])"
)
# what may stand before an answer's cue: spaces, punctuation, the writer ("CUDA？我哪会啊")
_ANSWER_OPEN = re.compile(r"[\s\W]*(?:(?:我|i\b)[\s\W]*)?")  # one way to read each span: linear
_SAYS = re.compile(r"\s*(?:说|讲|提到|提过)(?![服明解座课师])")  # "听 <someone> 说": what they say is hearsay
# "听 team lead 说", "听隔壁组的人讲": whoever stands between 听 and 说 (a few words, no punctuation)
_HEARD_SAY = re.compile(
    r"听(?![说闻过])[^\W\d_]?[^，,。.!！?？；;:：\n说讲]{0,12}?(?:说|讲|提到|提过|介绍)(?![服明解座课师])"
)
# someone on another side says it ("客户那边的 IT 说他们只用 Azure", "甲方那边反馈要上 K8s"; not "我们这边")
_THEIR_SIDE = re.compile(r"(?:那边|那头)的?\s*(?:[^\W\d_]{1,6}\s*)?(?:说|讲|反馈|提到|要求|表示)(?![服明解座课师])")
# many people pushing it ("看到很多人推荐 LangChain", "不少人在推 Rust", "现在大家都在卷 CUDA 算子")
_CROWD = re.compile(
    r"(?:(?:很多|不少|好多|许多|越来越多的?)人|大家|人人|身边的?人|有人|网上|圈里|业内)\s*(?:也|都|还)?\s*(?:在)?\s*"
    r"(?:(?:推荐|推|安利|吹|卷|鼓吹)(?![出动进广行翻倒送荐理开举测断导演算敲我])|(?:recommend|push|hype)(?:s|ing)?(?![a-z]))"
)
# a task someone set the writer's team, not yet done ("老板让我们调研一下向量数据库", "leader 让 team 调研 LangGraph")
_TASKED = re.compile(
    r"(?:让|叫|要|安排)\s*(?:我们|大家|团队|team|组里|我)\s*(?:去|先)?\s*"
    r"(?:调研|研究|了解|评估|预研|(?:evaluate|research|investigate|look\s+into|explore)(?![a-z]))"
)
# "据《晚点》报道", "据 36 氪消息", "据知情人士透露": a source named between 据 and its word of reporting
# (not 数据, 根据)
_BY_REPORT = re.compile(
    r"(?<![数根依证占单票收论])据(?![说悉称闻传报])[^，,。.!！?？；;:：\n]{1,16}?(?:报道|透露|消息|(?:说|讲)(?![服明]))"
)
# someone else, a word of how often, then says: "同事老说", "朋友一直跟我讲", "my friend keeps saying"
_OFTEN_ZH = r"老|总是?|常常?|经常|一直|都|也|还|又|反复|天天|很|特别|非常|强烈|极力|大力|[跟和对向]我"
# where someone said it, between them and their word ("CTO 在 all-hands 上说", "领导在周会上讲", "同事在群里说")
_AT_ZH = r"在[^，,。.!！?？；;:：\n说讲在]{1,12}?(?:上|里|中)"
_SAYING_ZH = (
    r"(?:说|讲|提到|提过|推荐|安利|夸|推|念叨|吐槽|嚷嚷|提)(?![服明解座课师动进广出送行翻倒荐高升供交取前速效炼示醒理])"
)
_OFTEN_EN = r"always|often|keeps?|kept|really|strongly|also|is|are|was|were"  # ("is pushing for")
# an English verb of pushing in a Chinese clause ("Team lead 一直 push Rust", "我 manager 天天 recommend Kafka")
_SAYING_MIXED = (
    r"(?:push(?:es|ed|ing)?|recommend(?:s|ed|ing)?|mention(?:s|ed|ing)?|hype[sd]?|share[sd]?|sharing|discuss(?:es|ed|ing)?)"
    r"(?![a-z])"
)
_SAYS_OFTEN = re.compile(rf"\s*(?:{_OFTEN_ZH}|{_AT_ZH}|\s)*+\s*(?:{_SAYING_ZH}|{_SAYING_MIXED})")
_SAYING_NEXT = re.compile(rf"\s*{_SAYING_ZH}|\s*聊(?:到|起|过)")  # right after "跟我": what they told the writer
# after someone named by their role, in English: what they say or push ("our architect keeps pushing Kafka")
_SAYS_EN = re.compile(
    rf"\s+(?:(?:{_OFTEN_EN})\s+)*+"
    r"(?:says?|said|saying|recommends?|recommended|pushes|pushed|pushing|swears?\s+by|swore\s+by|insists?|insisted"
    r"|mentioned|mentions|tells\s+us|told\s+us|wants\s+us\s+to|wanted\s+us\s+to|thinks|believes|raves\s+about"
    r"|loves|loved)\b"
)


# the verbs of saying or pushing alone, looked for first: a role is looked for only just before one of them
# (two patterns, each opening on its own few letters: one pattern of both is three times slower)
_SAY_VERB_ZH = re.compile(_SAYING_ZH)
_SAY_VERB_EN = re.compile(
    r"(?:s(?:ays?|aid|aying|we?ars?|wore|har)|r(?:ecommend|aves)|push|insist|mention|t(?:ells?|old|hinks)|wants?|believes"
    r"|loved?s?|discuss|hype)"
)
# what may stand between a role and its verb (the adverbs of _SAYS_OFTEN and _SAYS_EN), read back from the verb
_ROLE_GAP = rf"(?:\s|{_OFTEN_ZH}|{_AT_ZH}|{_OFTEN_EN})*"
_ROLE_BACK = 32  # how far before its verb a role may start
_ROLE_TAILS: dict[str, re.Pattern[str]] = {}


def speaking(roles: re.Pattern[str], text: str) -> Iterator[tuple[int, re.Match[str]]]:
    """Where someone named by their role (``roles``) speaks or pushes a thing: the role's start and what
    follows it ("架构师说", "产品经理老提", "our architect keeps pushing"); a role alone says nothing.
    The verbs are found first and a role looked for just before each (a role's words are common, its verbs
    with a role before them rare): one pass over the text, a short look back at each verb."""
    tail = _ROLE_TAILS.get(roles.pattern)
    if tail is None:
        tail = _ROLE_TAILS[roles.pattern] = re.compile(rf"(?P<role>{roles.pattern}){_ROLE_GAP}$")
    seen: set[int] = set()
    for verbs in (_SAY_VERB_ZH, _SAY_VERB_EN):
        for v in verbs.finditer(text):
            if v.start() and text[v.start() - 1].isascii() and text[v.start() - 1].isalpha():
                continue  # inside a Latin word ("displays", "crumbles")
            m = tail.search(text, max(0, v.start() - _ROLE_BACK), v.start())
            if m is None or m.start() in seen:
                continue
            said = _SAYS_OFTEN.match(text, m.end("role")) or _SAYS_EN.match(text, m.end("role"))
            if said is not None and said.end() >= v.end():
                seen.add(m.start())
                yield m.start(), said


_SPOKEN: list[tuple[re.Pattern[str], str, list[tuple[int, re.Match[str]]]]] = []  # the last text read


def spoken(roles: re.Pattern[str], text: str) -> list[tuple[int, re.Match[str]]]:
    """Every place of :func:`speaking` in ``text``, read once a text (the evidence asks whether there is one, the
    scopes read them all: the last text's are kept)."""
    if _SPOKEN:
        last_roles, last_text, found = _SPOKEN[0]
        if last_roles is roles and last_text == text:
            return found
    found = list(speaking(roles, text))
    _SPOKEN[:] = [(roles, text, found)]
    return found


# a clause that opens with "says", after one that opens with someone else
_SAYS_NEXT = re.compile(r"\s*(?:还|也|都|他|她|他们)?(?:说|讲|提到|提过|念叨)(?![服明解座课师])")
# the writer speaks to them, they do not speak: "给新来的实习生讲过 Docker"
_TO_THEM = re.compile(r"[给向为对跟和帮教替]|\b(?:to|for|with)\b")
# a word of time right before a cue is part of it: "CUDA 目前还不会写", "Rust currently not"
_NOW = re.compile(
    r"(?:目前|现在|当前|如今|暂时|至今|currently|right now|at the moment)\s*(?:(?:还|也|都|仍然|仍|依然)\s*)?"
)
# a contrast that leans on the cue right after it ("对后端倒是很有兴趣", "Vue 反而挺烦的"), not one that opens a clause
_LEANING = re.compile(r"(?:倒是|倒|反倒|反而)\s*(?:(?:也|还|真的|确实|是|很|挺|更|比较|蛮|非常|特别)\s*)*")
# what a wish reaches for: a word of coming to know, close after the wish, is its object and stops
# nothing ("希望有机会接触 CUDA", "想系统地掌握 Rust"); Chinese only (English "my proficiency in" stays a claim)
_WISHED_VERB = re.compile(r"(?:接触|掌握|熟悉|了解|上手|学会|入门|精通|搞懂|吃透)")
# what may stand between: a chance, an ability, a time, a manner ("有机会", "能够", "以后", "今年", "系统地")
_WISH_WAY = re.compile(
    r"(?:\s|有机会|有幸|能够?|可以|以后|将来|今后|今年|明年|年内|年底前?|下半年|上半年|尽快|早日|进一步|更多地?|多|去|再|逐步|慢慢|深入地?|系统地?|全面地?|熟练)*+"
)
_WISH_GAP = 6  # how many characters may stand between the wish and that word
# following a field closely: an interest in what stands between the two words
_FOLLOW = re.compile(r"\bi\s+follow\b([^,.;:!?\n]{2,40}?)\bclosely\b")
# ... unless what is followed is a way of working ("I follow the Kafka runbook closely")
_PRACTICE = re.compile(
    r"\b(?:runbooks?|guides?|guidelines|process(?:es)?|practices?|conventions?|specs?|specifications?|instructions|"
    r"procedures?|rules|standards?|docs|documentation|checklists?|playbooks?|style)\b"
)


# reading a field's papers: an interest in what stands between ("平时会看 RLHF 的论文",
# "follow 了很多扩散模型的 paper"); not a degree read (读研, 读博), a board looked at (看板), a paper
# read as a skill ("阅读论文"), nor one reproduced, written or published ("看并复现 RAG 论文", "发表 RAG 论文")
_PAPERS = re.compile(
    r"(?<![阅研])(?:看|读|刷|追|follow)(?![研博硕书报板到见])(?:了|过)?\s*(?:很多|不少|大量|一些|好多|各种|挺多)?"
    r"(?P<what>[^，,。.;；!！?？:：\n并及和与写复发投]{1,16}?)的?\s*(?:论文|papers?\b)"
)
# learning a thing from its docs or a tutorial, now ("目前在看 Kubeflow 的 docs", "正在刷 Rust 的入门教程"): an
# interest in what stands between; not its source read (源码), nor docs written
_STUDYING = re.compile(
    r"(?:在|正在)(?:看|读|啃|刷)(?![书报板])\s*(?P<what>[^，,。.;；!！?？:：\n并及和与写]{1,16}?)\s*的\s*(?:官方|入门)?\s*"
    r"(?:docs?\b|documentation\b|文档|教程|tutorials?\b|入门书|入门课)"
)
# a course signed up for or bought, not yet taken ("报了极客时间的 Kafka 课", "买了一套 CUDA 的网课"): an interest in
# what stands between
_ENROLLED = re.compile(
    r"(?:报了|报名了|买了|囤了|订阅了)(?P<what>[^，,。.;；!！?？:：\n并及和与]{1,16}?)\s*的?\s*"
    r"(?:课程?|网课|训练营|专栏|视频课|教程|course\b)"
)
# keeping up with a field in one's own time: an interest in what stands between ("平时关注 MoE 相关进展",
# "业余会关注 RLHF 的最新动态"); a bare "关注 X 领域的技术动态" is a posting's duty
_KEEPING_UP = re.compile(
    r"(?:平时|平常|业余时间|业余|私下|我|经常|常常)(?:也|都|会|比较|较多|很多|一直|喜欢|爱)*关注(?P<what>[^，,。.;；!！?？:：\n并及和与]{1,16}?)(?:的|方面的|领域的|相关的?)?\s*(?:最新|前沿)?(?:进展|动态|新闻|趋势|发展)"
)
# what the work of a wish's own clause has already done: a verb with 了 (more following) or 过, or 已经 ("计划用
# Kafka 重构了消息系统", "想转 Go，做过三年 Java"); not 了解, 为了, 不过, 通过, 用过的 (a thing named), 学会了再说
_DONE_VERB = re.compile(
    r"(?<![为除罢算对])(?<=[\u4e00-\u9fff])了(?![解结却然的再就才吧])(?=\s*[\u4e00-\u9fff\w])"
    r"|(?<![不通超经难错])(?<=[\u4e00-\u9fff])过(?![程去来往度滤的])"
)
# a heading's words said of the skill before them, ending the clause: "RAG 是我感兴趣的方向", "Agent 是我的研究兴趣"
# (not "对推荐系统有浓厚兴趣，…", "business goals.")
# the writer's own thing, right before a skill in someone else's clause ("review my Scala code", "看我的 Go 代码")
_THE_WRITERS = re.compile(r"(?:(?<![a-z0-9])my|我的)\s*$")
_MINE = re.compile(r"(?:是|我的?|我最|最)\s*$")
# what may follow a wish that ends its clause ("Rust 不会但想学", "没用过 Kafka，打算学一下"), a time and a verb of
# learning with no object included ("还没上手，打算下个月开始学", "plan 下个月学")
_WISH_END = re.compile(
    r"[\s了啊呀吧呢啦的哦~～…]*"
    r"(?:(?:下个?月|下周|下个?星期|下半年|明年|今年|年底|年内|年后|这个?月|这周|周末|之后|以后|后面|回头|有空|有时间|抽空|"
    r"找时间|抽时间|尽快|近期|最近|马上|过段时间|过阵子)[\s的]*)*"
    r"(?:(?:开始|再|就|去|好好|系统地?|认真)\s*)*(?:学习?|研究|入门|上手|补上?|搞|看|试|玩|了解|接触)?"
    r"[\s了啊呀吧呢啦的哦~～…]*(?:一下子?|起来|看看|试试|一下看看)?[\s了啊呀吧呢啦的哦~～…!！]*"
)
# what may follow an English wish that ends its clause ("I haven't used Terraform yet but plan to", "never touched
# Rust, hoping to soon"): a time, no object
_WISH_END_EN = re.compile(
    r"(?:[\s!~]|\b(?:to|soon|someday|some day|eventually|one day|next year|this year|at some point|asap|though|too)\b)*"
)
# a lack of production use only ("没有生产经验", "没在线上用过", "no production experience"): beside a limited
# claim of the same skill ("只在本地玩过") the writer has it, at a lowered level
_UNPROVEN = re.compile(r"生产|线上|上线|(?<![a-z])prod(?:uction)?(?![a-z])")
# a contrast after a wish, that ends what the wish says ("想学但没时间", "挺感兴趣的，不过没时间")
_CONTRAST = re.compile(r"但是?|不过|可是|可惜|只是|\b(?:but|however|though)\b")
# what may open the clause of an interest that reads back to a lack: a contrast, the writer, a pronoun, a degree
_INTEREST_OPEN = re.compile(
    r"[\s,，]*(?:(?:但是?|不过|可是|其实|倒是|也|还|我|本人|对|它们?|这个|这块|这方面|挺|很|蛮|非常|特别|超|十分|比较|一直|"
    r"but|i'm|i am|really|very|quite|pretty|super)[\s,，]*)*"
)
# none of them without it: "没有一个项目不用 Git", "没有哪个服务不上 Docker" (a claim)
_NONE_WITHOUT = re.compile(
    r"没有?(?:一个|哪个|哪一个|任何一个|哪家|哪一家|一家|哪天|一天|哪次|一次)[^，,。.!！?？；;:：\n不没]{0,12}?(?:不|没)"
)
# ... and in English, a negator, a verb, then "without" ("I never deploy without running our pytest suite", "I can't
# imagine working without Docker"): the skill after "without" is had
_NEVER_WITHOUT = re.compile(
    r"\b(?:never|not|can't|cannot|couldn't|wouldn't|won't|don't|no)\s+(?:[a-z']+\s+){1,4}?without\b"
)
_WITHOUT_BACK = 64  # how far before its "without" the negator is looked for
# more verbs after a negator's own, in a list ("Haven't built, deployed or maintained anything on Kubernetes"): the
# negation reaches over the list's commas to what its last verb takes
_PARTICIPLE = r"[a-z]+(?:ed|en|wn|ne|un|ht)(?![a-z])"  # "deployed", "written", "shown", "done", "run", "taught"
_VERB_LIST = re.compile(rf"(?:,[ \t]*+{_PARTICIPLE})*+,?[ \t]*+(?:or|and|nor)[ \t]++{_PARTICIPLE}")
# an exception said after what it keeps apart, without 除了: "Java 以外的语言都不会", "Python 之外都没写过"
_SAVE_AFTER = re.compile(r"\s*(?:以外|之外)")
# a wish denied: "我不会 Rust，也没打算学", "暂时不准备学"
_NO_WISH = re.compile(r"(?:没有?|不|并不|并没有?|从没|暂时不|暂不|还没)(?:太|怎么|很)?$")
_NO_WISH_EN = re.compile(r"\b(?:don't|do not|doesn't|does not|didn't|never|not|no|won't|will not)\s+$")
# a norm followed, not a source quoted, after "according to" ("according to the design spec", "according to an agile
# methodology like Scrum", "according to business requirements"; not "according to my manager", "according to a blog
# post about design"): at most three words before the norm, none of them a preposition or a relative
_BY_THE_BOOK = re.compile(
    r"\s+(?:(?!(?:about|on|from|by|in|of|at|who|that|which|to)\b)[\w'&/.-]+\s+){0,3}?"
    r"(?:specs?|specifications?|designs?|requirements?|standards?|methodolog(?:y|ies)|methods?|plans?|schedules?"
    r"|guidelines?|best\s+practices?|polic(?:y|ies)|process(?:es)?|procedures?|protocols?|rules?|slas?|slos?|contracts?"
    r"|templates?|roadmaps?|priorit(?:y|ies)|needs|frameworks?|conventions?|style\s+guides?|checklists?|criteria"
    r"|blueprints?|timelines?|milestones?|okrs?|kpis?|regulations?|instructions?|agreed|defined|documented"
    r"|forecasts?|demand|load|traffic|usage|capacity|budgets?|prds?|srs|rfcs?|sops?)\b"
    # in mixed speech, a Chinese norm ("according to 需求文档，用 Java 重写了订单服务")
    r"|\s*[\u4e00-\u9fff]{0,6}?(?:文档|需求|规范|标准|设计|方案|计划|流程|要求|排期|规定|协议|手册|约定|指南)"
)
# 计划 as a noun, not a wish: a plan drawn up, run or listed with other things ("制定季度计划，推动 Flink 落地",
# "运输计划和执行系统", "排班计划系统的开发", "计划制定、需求评审"); not a plan of one's own ("今年的计划。",
# "计划学 Rust", "计划系统学习 CUDA")
_PLAN_NOUN = re.compile(
    r"\s*(?:制定|执行|管理|编制|编排|排程|排期|调度|跟踪|评审|表|书|系统(?=[的开设架研和与、，,。；;\s]|$))"
)
# ... or listed with other things, a compound's head: a noun before it, no pronoun, adverb or time
# ("动态计划、商家智能选择", "推广计划与反馈闭环"; not "我计划和同事一起学 Rust", "计划，明年转 Go", "我的计划。")
_PLAN_LISTED = re.compile(r"\s*(?:[和与及并、，,。；;）)]|$)")
_PLAN_HEAD = re.compile(
    r"(?<=[\u4e00-\u9fff、])(?<![我你他她它们也还都就正再先才又已曾在并且而将要会想所的是年月天后前初底])$"
)
# "plan to" after a determiner is a plan drawn up, not the writer's wish ("Created the migration plan to move MySQL
# to PostgreSQL", "wrote a detailed plan to split the monolith"), unless it is a plan to learn ("a plan to learn Go")
_A_PLAN = re.compile(r"\b(?:a|an|the|this|that|its|their)\s+(?:[\w-]+\s+){0,2}$")
_TO_LEARN = re.compile(
    r"\s*(?:learn|study|pick\s+up|get\s+into|try|master|dive|switch|transition|become|explore|move\s+into|deepen"
    r"|get\s+better|grow|improve\s+my|get\s+started|start\s+learning)\b"
)
# in a posting, what the company says it sets out to do names the job, not a wish of the reader's
# ("我们期望使用机器学习提升推荐效果", "We aim to provide a high-availability cache on Redis", "Our goal is to build…")
_COMPANY_WISH = re.compile(
    r"(?:我们|公司|团队|本团队|我司|\bour|\bwe)\s*(?:也|还|一直|将|会|正在|are|will|also|'re)?\s*$"
)
# ... and what it hopes of the reader is what it asks ("希望你熟悉 PyTorch", "期望您具备 Spark 经验",
# "we hope you know Go")
_TO_READER = re.compile(r"\s*(?:你|您|(?:that\s+)?you\b|candidates?\b|applicants?\b)")
# what a wish goes on with is had: "希望继续用 Python", "计划继续深耕 Spark", "打算把已有的 Kafka 经验用到新项目里"
_KEPT_ON = re.compile(
    r"继续|接着|延续|沿用|已有|现有|已经掌握|已掌握|积累的|积累了"
    # English: going on with it ("Would love to keep working on LLM inference", "I'm going to keep using FastAPI")
    r"|\b(?:keep|keeps|continue|continuing|stay|staying)\s+(?:on\s+)?(?:working|using|doing|building|writing|running"
    r"|to\s+(?:work|use|build|write|run))\b"
)
# a heading's words inside a Chinese sentence, said of what follows: "职业目标是", "研究兴趣就是" (not English: "the
# objective is to ship Kafka pipelines" is a posting's duty)
# "个人兴趣在多模态": where the interest lies; "学习计划里有 Elasticsearch", "研究兴趣包括 RL": what it holds
_IS = re.compile(r"\s*(?:是|就是|为|主要是|在|主要在|集中在|(?:里|中|上|里面)?(?:有|包括|包含|还有))")
_DONE_GAP = 8  # how far after the skill its verb of done work may stand ("计划用 Kafka 重构了消息系统")
_NOUN_TAIL = re.compile(r"[的是]")  # "想转 Go 的原因是写了三年 Java": Go is no object of the work done
_DONE_LATER = re.compile(rf"已经|{_DONE_VERB.pattern}")  # in a later clause, 已经 too: "想转 Go，已经会 Java 了"
# work said to be done, in the wish's clause or the next ("打算用 Go 写的服务已经上线", "之前打算用 Redis 做缓存，
# 已经上线了"; not "想学 Rust 已经很久了")
_ALREADY = re.compile(
    r"(?:已经|已)(?:上线|落地|完成|跑通|交付|投产|实现|做完|写完|跑起来|写了|做了|用了|搭了|开发了|部署了|维护了|跑了)"
)
# a clause that ends on how long the writer has used it ("我用了三年", "写了五年多了")
_USED_FOR = re.compile(r"(?:用|写|做|维护|跑|搞|玩)了\s*[\d一二两三四五六七八九十几多半]+\s*(?:年|个月)[多了\s]*$")
_DONE_NEXT = re.compile(rf"\s*(?:也|都)?{_ALREADY.pattern}")


# finding a thing cool: an interest in what stands between ("I find Rust super cool", "I think JAX is fascinating");
# not a thing found useful, nor "a really cool RAG app I built" (no "I find" before it)
_FIND_COOL = re.compile(
    r"\bi\s+(?:find|think|found)\s+(?!that\b|it\b|them\b)([^,.;:!?\n]{2,40}?)\s+(?:(?:is|are)\s+)?"
    r"(?:(?:super|really|so|pretty|very|incredibly|insanely|kinda|quite|absolutely)\s+)?"
    r"(?:cool|fascinating|interesting|exciting|neat|intriguing|captivating|compelling|appealing)\b"
)
# an interest said as what it is, the thing after "is" ("My main interest these days is MLOps", "What I find most
# fascinating is MLIR", "the most interesting area to me right now is RLHF"), or before "is something I find
# fascinating" ("Graph neural networks are something I'm curious about"): what it names is wanted
_LATELY = (
    r"(?:\s+(?:these\s+days|lately|right\s+now|at\s+the\s+moment|nowadays|currently|now|in\s+tech"
    r"|outside\s+(?:of\s+)?work))?"
)
_INTEREST_IS = re.compile(
    # (each branch opens with its first letter, the word's edge looked behind it: the engine skips to those in C)
    r"(?:m(?<![a-z]m)y\s+(?:(?:main|biggest|primary|current|real|true|chief|greatest|latest|newest|big|one|top)\s+)*"
    r"(?:interests?|fascination|curiosity|obsession|passion)"
    r"|w(?<![a-z]w)hat\s+(?:i\s+find|interests\s+me|fascinates\s+me|excites\s+me|intrigues\s+me)"
    r"(?:\s+(?:the\s+)?(?:most|really|super|so))?(?:\s+(?:interesting|fascinating|exciting|intriguing))?"
    r"|t(?<![a-z]t)he\s+(?:most|more|really|super)\s+(?:interesting|fascinating|exciting|intriguing)\s+"
    r"(?:thing|things|area|areas|part|topic|topics|field|fields|stuff|space|direction)\s+(?:to|for)\s+me)"
    rf"{_LATELY}\s+(?:is|are|has\s+been|have\s+been|would\s+be)\s+(?:probably\s+|definitely\s+|still\s+)?"
    # (not work the writer does and likes: "My passion is building reliable Kafka systems")
    r"(?!(?:in\s+)?(?:building|shipping|writing|using|working|running|designing|making|doing|maintaining)\b)"
    r"(?P<what>[^.;!?\n]{2,80})"
)
_SOMETHING_I = re.compile(
    r"(?:i(?<=\si)s|a(?<=\sa)re)\s+(?:something|a\s+(?:topic|thing|field|area)|an\s+area)\s+(?:that\s+)?i"
    r"(?:\s+(?:find|found)\s+(?:really\s+|super\s+|so\s+|pretty\s+)?(?:fascinating|interesting|intriguing|exciting|cool)"
    r"|(?:\s+am|'m)\s+(?:really\s+|super\s+|so\s+|pretty\s+)?(?:curious|excited|passionate|keen)\s+(?:about|on)"
    r"|(?:'d|\s+would)\s+(?:love|like)\s+to\s+(?:learn|explore|dig\s+into|get\s+into|try|understand))\b"
)
# ... and found dull or a pain ("I find Kubernetes YAML tedious", "I found Spring Boot exhausting"): a dislike
_FIND_DULL = re.compile(
    r"\bi\s+(?:find|found)\s+(?!that\b|it\b|them\b)([^,.;:!?\n]{2,40}?)\s+(?:(?:is|are)\s+)?"
    r"(?:(?:super|really|so|pretty|very|incredibly|insanely|kinda|quite|absolutely|a\s+bit|rather)\s+)?"
    r"(?:tedious|boring|dull|annoying|painful|frustrating|exhausting|draining|tiresome|mind-numbing|miserable|"
    r"unbearable|soul-crushing|soul-destroying|a\s+(?:chore|slog|drag|grind|hassle|headache|pain)|drudgery)"
    r"\b(?!\s+but\b)"  # (not "frustrating but rewarding")
)
# a sentence that is only "not" or "no" and a thing, after what the writer has ("I know Docker well. Not Kubernetes
# though.", "No Flink, sadly."): a lack of that thing (not "Not only…", "No problem.")
_NOT_THIS = re.compile(
    # (its first character a literal, the sentence's start looked behind it: the engine skips to each "n" in C)
    r"n(?:(?<=^n)|(?<=[.!?;\n]n)|(?<=[.!?;\n][ \t]n)|(?<=[.!?;\n][ \t]{2}n))o(?:t)?\s+"
    # (not a phrase of its own, nor a lack the negators read: "No experience with LLM training yet.")
    r"(?!(?:only|just|sure|bad|much|quite|really|all|every|everything|yet|one|doubt|wonder|way|problem|worries|offense|"
    r"idea|clue|thanks|longer|more|less|matter|experience|exposure|background|knowledge|prior|hands|real|professional|"
    r"production|commercial|formal|previous|direct|practical|working|a|an|the|any|issues?|fan|big|huge|"
    # (nor a liking denied, a dislike: "Not into Angular.", "Not super keen on PHP.")
    r"into|keen|super|very|particularly|overly|terribly|especially|exactly|hugely|interested|thrilled|excited|"
    r"enthusiastic|fond|crazy|wild|"
    # (nor a range left open: "Not exclusively Python.", "Not limited to Spark.")
    r"exclusively|solely|purely|merely|strictly|necessarily|limited|restricted|confined)\b)"
    r"(?P<what>[\w+#/-]+(?:[ \t]+[\w+#/-]+){0,2}?)"
    r"(?:\s*,?\s*(?:though|yet|really|so much|at all|either|unfortunately|sadly|honestly|lol))?[ \t]*(?=[.!?;\n]|$)"
)


def _finds_cool(text: str) -> bool:
    """Whether ``_FIND_COOL`` may match: its verb and one of its words stand in the text (a look in C for each)."""
    return ("find" in text or "think" in text or "found" in text) and (
        "cool" in text
        or "fascinating" in text
        or "interesting" in text
        or "exciting" in text
        or "neat" in text
        or "intriguing" in text
        or "captivating" in text
        or "compelling" in text
        or "appealing" in text
    )


# a dislike or an interest that is over: a later clause of its sentence says the writer now uses it ("SQL was
# boring at first, now I use it every day", "Hated Java in school, now I write it professionally", "一开始觉得 SQL
# 无聊，现在天天用"); not what the writer now wants ("Java bores me, now I want to move away from it")
_TAKEN_UP = re.compile(
    r"\b(?:now|these days|nowadays|today)\b,?\s+(?:(?:i|we)\s+)?(?:[a-z']+\s+){0,2}?"
    r"(?:use|write|love|enjoy|like|work with|code in|maintain|run|ship|build with|teach|rely on|deploy)"
    r"[a-z]*\s+(?:it|them)\b"
    r"|\b(?:now|these days|nowadays)\b,?\s+(?:it's|it is|they're|they are)\s+(?:[a-z']+\s+){0,2}?my\s+"
    r"(?:main|daily|go-to|favou?rite|primary|first)\b"
    # ... or goes on to say the writer does it, in a clause joined to it ("Python has always fascinated me and I've
    # written it daily for ten years", "Kafka is a drag, but I run it every day"); not a wish for it ("…and I want to
    # use it")
    # (or its subject left out before "have", or after a semicolon: "…and have run it in production for 5 years")
    r"|(?:\b(?:and|but|yet|though|although|while)|;)\s+(?:(?:i|we)(?:'ve|\s+have|'m|\s+am)?|have|'ve)\s+"
    r"(?:(?:also|still|already|now)\s+)?"
    r"(?:use|used|using|write|written|writing|wrote|run|ran|running|maintain|maintained|maintaining|ship|shipped|"
    r"shipping|deploy|deployed|build|built|building|code\s+in|coded\s+in)\s+(?:it|them)\b"
    r"|(?:现在|如今|后来|结果|最后|最终)(?:反而|倒是|却|也)?(?:项目里|工作中|线上|组里)?(?:天天|每天|一直|经常|都|直接)?"
    r"(?:在)?(?:用|写)"
    r"(?:(?![得着不])|得(?:很|挺|非常|特别|越来越|还)?(?:顺手|熟|溜|好|顺|舒服|开心))"
    # the turn-around said as a meme ("以前讨厌 Java，现在真香")
    r"|真香"
    # a contrast, then years of it done ("不喜欢 PHP，但工作中用了三年")
    r"|(?:但|但是|不过|可是)[^，,。；;]{0,8}?(?:用|写|做|搞|维护)了(?:\d+|[一二两三四五六七八九十几]+)多?年"
)
# an interest whose sentence goes on to say the work is done ("对 RAG 很感兴趣，已经做了两个项目", "fascinated by
# RAG and have already built two systems")
_INTEREST_DONE = re.compile(
    r"已经(?:做|用|写|搭|跑|部署|上线|落地|实现)(?:了|过)|已经(?:学完|学会|掌握)|用上了"
    # a next clause that opens on work counted ("，做过一个小实验", "，也贡献过两个 PR"), not on another skill's work
    # ("，已经用 Go 写了两个服务") nor denied ("，没做过")
    r"|(?<=[，,；;])\s*(?:也|还|都|又|自己|之前|以前)*(?:做|写|搭|跑|实现|复现|贡献|训练|部署)(?:过|了)\s*"
    r"(?:一个|一些|几个|两个|三个|个|\d)"
    r"|\balready\s+(?:built|shipped|used|deployed|written|wrote|run|ran|trained|implemented|use|run)\b"
    r"|\b(?:i|we)\s*(?:have|'ve)\s+(?:already\s+)?(?:built|shipped|deployed|implemented|trained)\b"
)
# the marks after which the writer's own clause may go on from what someone else said: a semicolon, a full stop
_GOES_ON = frozenset(";；.。")
_SENTENCE_END = re.compile(r"[.!?。！？\n]")
# an interest that is a verdict on a thing ("强化学习很有意思", "Kubernetes 很酷", "多模态是未来"): it reads back to
# what it is said of, only where it ends its clause (not "做过很有意思的项目", "看好 VLA 是未来机器人落地的方向")
_VERDICT = re.compile(r"(?:有意思|有趣|好玩|酷|酷毙了|太酷了|带劲|未来|未来的方向|未来趋势|大势所趋|未来可期|上头)$")
# ... and said of a thing done, a verb of doing right before it ("写 Python 很有意思"), a like of what is had
_DOING_BEFORE = re.compile(r"(?:写|用|做|搞|跑|调|开发|维护|部署|玩)\s*$")
# what follows a skill that is the subject of a thought ("我想 Kafka 的问题在于", "我想 Rust 是更好的选择")
_THOUGHT_OF = re.compile(
    r"\s*(?:的(?!方向|岗位|工作|开发|职位|相关|领域|课|教程|学习)|是|在于|应该|可能|大概|比|还是|其实|本身|最大的|更)"
)
# a hope that what the writer shares helps the reader ("希望我的 Kafka 经验能帮到大家", "…对大家有帮助")
_HELPFUL = re.compile(r"有帮助|有所帮助|帮到|帮助到|有用|有所启发|有参考价值|少踩坑|少走弯路|能用得上")
# what may stand between someone else and their wish for the writer ("领导一直希望我", "manager 也希望我")
_THEIR_GAP = re.compile(r"\s*(?:也|都|还|一直|很|非常|特别|总是?|老是?|其实|本来)*\s*")
# the writer's answer to what they were asked ("被问到 Kafka 的原理，都答上来了"; "一个都没答上来", "答不上来")
_NOT_ANSWERED = re.compile(
    r"(?:没|没有|没能|未能|不)(?:怎么|完全|全)?(?:回答|答)(?:上来|出来|上|对|好)|答不(?:上来|出来|上|好)|一问三不知|哑口无言"
    r"|答得(?:很|非常|特别)?(?:差|烂|不好|一塌糊涂)"
)
_ANSWERED = re.compile(r"(?:回答|答)(?:上来|出来|上了|对了|得(?:很|挺|还)?(?:好|不错|可以|流利))")


def _crowded(text: str) -> bool:
    """Whether ``text`` holds a verb of :data:`_CROWD` (a substring test before its pattern's pass; its crowd is
    said in Chinese: a text without its words has none)."""
    if text.isascii():  # (its crowd words are Chinese: an ASCII text, told in one look, holds none)
        return False
    return ("人" in text or "大家" in text or "网上" in text or "圈里" in text or "业内" in text) and (
        "推" in text
        or "吹" in text
        or "卷" in text
        or "安利" in text
        or "recommend" in text
        or "push" in text
        or "hyp" in text
    )


def _tasked(text: str) -> bool:
    """Whether ``text`` holds a task of :data:`_TASKED` (a substring test before its pattern's pass; who sets it is
    said in Chinese: a text without its words has none)."""
    if text.isascii():  # (its words of who sets it are Chinese: an ASCII text holds none)
        return False
    return ("让" in text or "叫" in text or "要" in text or "安排" in text) and any(
        w in text
        for w in ("调研", "研究", "了解", "评估", "预研", "evaluate", "research", "investigate", "look", "explore")
    )


def _interested(text: str) -> bool:
    """Whether ``text`` holds a word of :data:`_INTEREST_IS` or :data:`_SOMETHING_I` (a substring test first)."""
    return (
        "interest" in text
        or "fascinat" in text
        or "excit" in text
        or "intrigu" in text
        or "curious" in text
        or "passion" in text
    )


_TRIES = ("go", "try", "shot", "whirl", "spin", "test drive", "proper try", "real try", "fair shot")
_TRY_WORDS = "|".join(w.replace(" ", r"\s+") for w in _TRIES)
# a try of it wished for, the thing between the verb and its "a try" ("might give Rust a go", "Thinking of giving Go a
# try", "gonna give Kubernetes a shot"; not a try given: "gave Rust a try and shipped a CLI" reads its own way), and a
# thing added to one's list ("Adding Rust to my learning list"): what stands between is wanted
_GIVE_A_TRY = re.compile(
    r"\b(?:might|gonna|going\s+to|should|want\s+to|wanna|will|i'll|plan\s+to|planning\s+to|thinking\s+(?:of|about)"
    r"|considering|keen\s+to|itching\s+to|love\s+to|like\s+to|hope\s+to|hoping\s+to|time\s+to|need\s+to|gotta"
    r"|may|maybe|finally|definitely|def|would|i'd)\s+giv(?:e|ing)\s+(?!it\b|them\b|that\b|this\b|him\b|her\b|you\b|us\b)"
    rf"([^,.;:!?\n]{{1,30}}?)\s+a\s+(?:{_TRY_WORDS})\b"
)
_ADDED_TO_LIST = re.compile(
    r"\badd(?:ing|ed|s)?\s+(?!it\b|them\b|that\b|this\b)([^,.;:!?\n]{1,30}?)\s+to\s+my\s+"
    r"(?:learning\s+|to-?do\s+|to-learn\s+|reading\s+|study\s+|bucket\s+|wish\s*)?(?:list|queue|backlog|roadmap)\b"
)


_TRY_ENDS = tuple(f" a {w}" for w in _TRIES)  # (the literal gate of _GIVE_A_TRY's ending)


def _tried_or_listed(text: str) -> bool:
    """Whether :data:`_GIVE_A_TRY` or :data:`_ADDED_TO_LIST` may match: their verb and their ending (looks in C)."""
    if " giv" in text and any(end in text for end in _TRY_ENDS):
        return True
    return "add" in text and " to my " in text


def _interest_is(text: str) -> bool:
    """Whether :data:`_INTEREST_IS` may match: the writer's own interest, what they find, or what is most so to them
    (looks in C; "interested candidates" and "what you will do" of a posting hold none of them)."""
    return _interested(text) and (
        (
            "my " in text
            and (
                "interest" in text
                or "fascination" in text
                or "curiosity" in text
                or "obsession" in text
                or "passion" in text
            )
        )
        or "what i find" in text
        or "what interests me" in text
        or "what fascinates me" in text
        or "what excites me" in text
        or "what intrigues me" in text
        or (
            (" to me" in text or " for me" in text)
            and ("the most " in text or "the more " in text or "the really " in text or "the super " in text)
        )
    )


def _something_i(text: str) -> bool:
    """Whether :data:`_SOMETHING_I` may match: the writer ("I") and a word for a thing, a topic or an area."""
    return (" i " in text or " i'" in text) and (
        "something" in text or "topic" in text or "area" in text or "field" in text or "thing" in text
    )


def _finds_dull(text: str) -> bool:
    """Whether :data:`_FIND_DULL` may match: the writer's "I find" or "I found" stands in the text."""
    return "i find" in text or "i found" in text


def _not_this(text: str) -> bool:
    """Whether :data:`_NOT_THIS` may match: "not" or "no" opens the text or follows a mark of a sentence's end."""
    return ("not " in text or "no " in text) and _NOT_THIS.search(text) is not None


def worded(text: str) -> bool:
    """Whether ``text`` may hold a cue that is a pattern, not a word ("听 X 说", "I follow X closely", "看 X 论文"):
    a word of the pattern first (cheap), then the pattern itself where the word is common in postings."""
    return (
        "听" in text
        or ("据" in text and _BY_REPORT.search(text) is not None)
        or (_crowded(text) and _CROWD.search(text) is not None)
        or (_tasked(text) and _TASKED.search(text) is not None)
        or ("那" in text and _THEIR_SIDE.search(text) is not None)
        or ("follow" in text and "closely" in text)
        or (("论文" in text or "paper" in text) and _PAPERS.search(text) is not None)
        or ("关注" in text and _KEEPING_UP.search(text) is not None)
        or ("在" in text and _STUDYING.search(text) is not None)
        or ("了" in text and _ENROLLED.search(text) is not None)
        or (("find" in text or "think" in text or "found" in text) and _FIND_COOL.search(text) is not None)
        or (_finds_dull(text) and _FIND_DULL.search(text) is not None)
        or _not_this(text)
        or (_interest_is(text) and _INTEREST_IS.search(text) is not None)
        or (_something_i(text) and _SOMETHING_I.search(text) is not None)
        or (_tried_or_listed(text) and (_GIVE_A_TRY.search(text) or _ADDED_TO_LIST.search(text)) is not None)
    )


def heading_at(text: str, start: int, end: int) -> bool:
    """Whether the words at ``text[start:end]`` are a heading: they open their line and a colon or the line's end
    follows them."""
    line_start = text.rfind("\n", 0, start) + 1
    if _LINE_OPEN.fullmatch(text, line_start, start) is None:
        return _colon_heading(text, line_start, start, end)
    if _HEADING_TAIL.match(text, end) or _HEADING_JOINED.match(text, end):
        return True
    line_end = text.find("\n", end)
    rest = text[end : len(text) if line_end == -1 else line_end]
    if not rest.strip() or re.fullmatch(_QUALIFIER + r"\s*", rest) is not None:
        return True
    rest = rest.rstrip()
    # "Wishlist for my next job:", "Gaps I'm aware of:": a few more words, then the colon that ends the line; words
    # that open on the writer, a time or a preposition (not "Goals achieved:", "Planned and delivered:")
    return (
        rest[-1] == ":"
        and len(rest) <= _LABEL_TAIL
        and ":" not in rest[:-1]
        and _LABEL_TAIL_OPEN.match(rest) is not None
    )


def _colon_heading(text: str, line_start: int, start: int, end: int) -> bool:
    """Whether heading words that do not open their line still head what follows their colon: words of kind before
    them, or a sentence ended before them on the line (:data:`_HEADING_KIND`)."""
    if start == line_start or not _COLON_TAIL.match(text, end):
        return False
    kind = _HEADING_KIND.search(text[max(line_start, start - 40) : start])
    head = start - (kind.end() - kind.start()) if kind is not None else start
    if _LINE_OPEN.fullmatch(text, line_start, head) is not None:
        return head < start  # "Other interests:"
    before = text[line_start:head]
    ended = before.rstrip(" \t")
    if not ended or (not before[-1:].isspace() and ended[-1] not in _CJK_MARKS):
        return False  # (a word before it, not its line's opening nor a sentence's end: "Skills & interests:")
    return ended[-1] in _SENTENCE_MARKS  # "Skills: Python. Interests: RL", "熟悉 Python。感兴趣的方向：强化学习"


# a clause that sets a time or a condition for the main one ("听闻用户反馈后，…", "After I read about Ray, …"):
# a wish, interest or hearsay in it does not reach past it
_SUBORDINATE_END = re.compile(r"(?:之后|以后|后|的时候|时候|时|之前|以前|期间|过程中|的话)[\s了呢]*$")
_SUBORDINATE_OPEN = re.compile(r"\s*(?:after|when|while|once|before|since|as soon as|upon|following|if)\b")
# a negator that ends its clause ("RabbitMQ 也没有，", "Go 没有。"): it speaks of what stands before it
_BARE_TAIL = re.compile(r"[\s了啊呀吧呢啦的哦~～…]*")
# a question asked both ways ("会不会", "用没用过"): a bare answer in the next clause reads back to it
_BOTH_WAYS = re.compile(r"([\u4e00-\u9fff])[不没]\1")
# what may follow a fed-up word at the end of its clause ("写吐了", "it's mind-numbing and I'm trying to move on")
_FED_UP_TAIL = re.compile(
    r"(?:[\s了啊呀吧呢啦的哦~～…,，.。!！]|and\b|i'm\b|i am\b|now\b|anymore\b|真的|实在|也|而且|并且)*"
)
# a character none of those holds
_NOT_TAIL = re.compile(r"[^\s了啊呀吧呢啦的哦~～…,，.。!！adeimnorwy'真实在也而且并]")
# a negation about a moment, not the writer: "junior 不熟 Git 的时候都找我"
_WHEN = re.compile(r"\s*(?:的时候|的时侯|那会儿)")
# a negation that qualifies other people: "…的同事" right after it, "interns who…" right before it
_OF_REACH = 40  # how far after the negation who they are may stand
# a lack in the past perfect that a time ends ("I had never used Terraform before this job", "I'd never written Go
# until I joined"): over since then, not what the writer lacks now
_HAD = re.compile(r"(?:\bhad|'d)\s+$")
_UNTIL = re.compile(r"\b(?:before|until|till|prior to)\b")
_WHO = re.compile(r"\s+(?:who|that)\b[^,.;:!?]{0,16}")
# the writer, or a negation, in who they are: not what they have ("new hires that had never used Kubernetes": the
# writer taught it)
_WRITER_OR_NOT = re.compile(r"(?<![a-z0-9])(?:i|i'm|i've|my|me|never|not|no|n't|[a-z]+n't)(?![a-z0-9])")
# someone not yet known: who they are is what is sought ("We're looking for someone who combines … research experience")
_ANYONE = frozenset({"someone", "somebody", "anyone", "anybody", "有人", "别人"})
# others, then who they are by what they do: what that clause names is theirs ("the ML folks who train on Ray",
# "colleagues who write Go"); the verb only, the object is reached forward
_THEIRS_WHO = re.compile(r"\s+(?:who|that)\s+(?:[a-z]+\s+){0,2}?(?:[a-z]+(?:s|ed)|do|run|use|write|know|train|build)\b")
# the writer, before a proficiency word in what a hearsay cue reports ("同事说我精通 Kafka"): their own claim
_WRITER = re.compile(r"我(?!们)|(?<![a-z0-9])(?:i|i'm|i've|my|me)(?![a-z0-9])")
# a few words naming a field between a determiner and the others ("算法", "team 的 infra", "ml", "data science"):
# no word of doing or of being with someone ("我带的实习生" is the writer's doing, "和同事" is with them)
_FIELD = re.compile(
    r"(?:\s*+(?:[\u4e00-\u9fff](?<![和跟与同带给教帮替为向对用做写是在把让叫要说的])){1,4}+"
    r"|\s*+(?!(?:and|with|for|to|i|me|is|are|was|who|that|of)(?![a-z0-9]))[a-z][a-z0-9+#.\-]*+){1,3}+\s*+(?:的\s*+"
    r"(?:(?:[\u4e00-\u9fff](?<![和跟与同带给教帮替为向对用做写是在把让叫要说的])){1,4}+|(?:\s*+[a-z][a-z0-9+#.\-]*+){1,2}+)\s*+)?"
)
# the writer as the one spoken of: "说我", "夸我", "says I'm", "told me I"
# (the two sides of one alternation, each looked for alone: see _alternated)
_SAID_OF_ME = (
    re.compile(r"(?:说|讲|夸|觉得|认为|评价)\s*我(?!们)"),
    re.compile(
        r"(?<![a-z0-9])(?:says|said|thinks|thought|told me|tells me)\s+(?:that\s+)?(?:i|i'm|i am|i've)(?![a-z0-9])"
    ),
)
# praise of how the writer does it, after the skill ("同事都说我 SQL 写得好", "说我的 PyTorch code 最 clean")
_PRAISED = re.compile(
    r"得\s*(?:很|挺|非常|特别|最|超|相当|比较|真)?\s*(?:好|棒|不错|溜|漂亮|规范|扎实|熟|6|牛|干净|优雅|地道)"
    r"|(?:很|挺|非常|特别|最|超|相当|比较|真)\s*(?:solid|clean|idiomatic|elegant|熟|溜|牛|强|扎实|规范|优雅|干净|厉害|地道|懂|会)"
)
# a hearsay cue that names a job ad, and a word of requiring before a proficiency word: what is asked, not had
_AD = re.compile(r"jd|招聘|岗位|职位|(?<![a-z0-9])(?:job|jobs|posting|postings|listing|listings)(?![a-z0-9])")
_ASKED = re.compile(
    r"(?:要|需要|要求|需|必须|得|应|应该|(?<![a-z0-9])(?:should be|must be|need to be|needs to be))\s*$"
)
# words of manner before a lack ("我完全不会", "，基本不会")
_MANNER_ZH = "也|都|还|就|却|倒是?|完全|根本|从来|压根|一直|其实"
# what may stand between the writer and their lack ("我完全不会", "我倒是没接触过")
_MANNER = re.compile(rf"\s*(?:{_MANNER_ZH}|本人|自己|并|反而)*\s*")
# the writer too, and nothing more: "我也会", "我们也在用", "and so do I", "me too"
_ME_TOO = re.compile(
    r"[\s,]*(?:(?:我们?|咱们)\s*(?:也|同样|一样)\s*(?:都\s*)?(?:会|懂|熟|用|在用|用过|写过|做过|玩过|是)[了的啊呀过]*"
    r"|(?:and\s+)?(?:so\s+do\s+(?:i|we)|me\s+too|(?:i|we)\s+do\s+too|as\s+do\s+(?:i|we)))\s*[.!。！]?\s*"
)
_WORDY = re.compile(r"[^\W_]")  # something said: a word, not a mark
# what is said is an instruction to use it ("领导说要用 Kafka", "manager 说用 Kafka", "The CTO wanted Kafka")
_DIRECTIVE = re.compile(
    r"(?:要|得|就|先|改|直接|统一)?(?:用|上|采用|引入|换成|改成|迁到|选|选了|定了)\s*$"
    r"|(?<![a-z0-9])(?:use|using|go with|switch to|move to|adopt|wanted|suggested|recommended|picked|chose)\s+$"
)
# the writer's clause says it was done: a Chinese word of done, an English past verb
_DONE = re.compile(
    r"[了过完]|(?<![a-z0-9])(?:[a-z]+ed|built|wrote|set up|ran|made|did|spun up|stood up|put)(?![a-z0-9])"
)
_FAR = 1 << 30
# the cues whose words may label the lines under them ("Never worked with:", "Want to learn:", "没用过：")
_LABEL_MODES = frozenset({"both", "sentence", "clause", "inner", "back", "past", "around"})
_LABEL_EFFECTS = frozenset({"lacks", "wants", "heard_of", "dislike", "limiter"})  # (a limit too: "Only touched:")
# a full stop inside a line, before more words ("Goal: 99.9% uptime. Achieved it …")
_FULL_STOP = re.compile(r"[.!?。](?=\s+\S)")
# how many other words of someone else's a hearsay cue reaches past ("According to my friend, Flink…" reaches past
# one): a long run-on of them is not walked to its end from each of them (which was quadratic)
_HEARD_PAST = 8
_PAST_BEFORE = 24  # how far before a wish, in its clause, a word of the past makes it a wish of the past
_MARKS = frozenset({",", "，", "、", "/", ";", "；"})  # what alone may stand between two items of a list
# a time since which a skill was not used: it was had before ("haven't touched Java since college", "haven't written
# C++ since 2019"); not a reason ("since I never needed it")
_SINCE = re.compile(
    r"\bsince\s+(?:(?:my\s+|the\s+)?(?:college|school|uni|university|undergrad|grad school|high school|bootcamp|phd|"
    r"master's|masters|last job|previous job|old job|first job|internship)\b|(?:19|20)\d\d\b|then\b|last\s+year\b|"
    r"(?:a\s+few|a\s+couple\s+of|\w+)\s+(?:years?|months?)\s+ago\b)"
)
_PROF_LINKS = frozenset({"", "in", "with", "at", "of"})  # between a proficiency word and its skill
_ATTACHED = 1  # a stop this close after a cue belongs to it
# what may stand before a lack that is its whole clause ("，基本不会", ", basically none"): a word of manner
_LACK_OPEN = re.compile(
    rf"\s*(?:(?:{_MANNER_ZH}|基本上?|几乎|真的|确实|but|though|and|so|basically|honestly|"
    r"really|pretty much|totally|completely|frankly|tbh)\s*)*"
    # the writer named before it ("Kafka，我没用过", "Kafka: I'm clueless"), then the same words of manner
    rf"(?:(?:我|本人|i|i'm|i am)\s*(?:(?:{_MANNER_ZH}|基本上?|几乎|真的|确实|really|totally|completely)\s*)*)?"
)
# what may open a clause that names its topic first ("SQL 写得稀烂", "my Java is rusty"): nothing, or the writer's
_TOPIC_OPEN = re.compile(r"[\s\-–—•*·>#]*(?:(?:我的|my)\s*)?")
# in the writer's clause set apart from a group, a pronoun that points back to what the group uses, or work done:
# the writer works on it too ("I just maintain it", "I just built the whole setup", "我只是用它做缓存", "我只做了迁移")
_POINTED_OR_DONE = re.compile(
    r"(?<![a-z0-9])(?:it|them|[a-z]{2,}ed|built|wrote|rewrote|ran|made|led|set up|took over)(?![a-z0-9])|它|了|过"
)
# a contrast that opens the writer's words set apart from a group inside the group's own clause ("but I'm on")
_CONTRAST_STARTS = ("but i", "while i", "whereas i", "though i", "although i", "但我", "不过我", "可是我", "而我")


def writer_in(text: str) -> bool:
    """Whether ``text`` may hold the writer as a word ("i", "i'm", "我"): a substring test before a pattern's pass."""
    return "我" in text or " i " in text or " i'm" in text or text.startswith(("i ", "i'm"))


# after a Chinese negator and what it negates, a word that opens the next verb of the clause: the negator does not reach
# past it ("没加班也把 Flink 任务跑通了", "不到一周就用 Go 重写了网关"); a lack after it has a negator of its own
# ("没学过也没用过 Go")
_NEXT_VERB = ("也", "就")
# the opening of a clause that goes on with someone else named in the clause before: their pronoun, a word of habit
# ("我老婆做数据分析，天天用 pandas", "师兄搞 NLP，他平时用 PyTorch"); the writer's own doing is read apart (own_doing)
_THEIR_HABIT = r"(?:天天|每天|平时|平常|经常|整天|成天|日常|一直|常年)"
_THEIR_NEXT = re.compile(
    rf"\s*+(?:(?:他们|她们|他|她)(?:也|还|都)?{_THEIR_HABIT}?|{_THEIR_HABIT})(?:都|也|在)?(?!\s*+(?:我|咱|自己|本人))"
)
_GROUP_OPENING = 40  # how far into its clause a group may be named (after a determiner, a bullet)
_MODIFIER_REACH = 48  # how far words of kind or degree after a negator are looked for
# what may stand between a list item and its own proficiency word ("Go 倒是很熟", "Go 我很熟")
_CLAIM_GAP = re.compile(r"\s*+(?:我|倒是|倒|则|就|反而|却|还|也|都)?\s*+")


# a relative clause of the writer's between a skill and a lack that reads back to it ("Kafka, which I had only read
# about", "Rust, which I've never used")
_WHICH_I = re.compile(r"\s*,\s*(?:which|that)\s+(?:i|we)(?:'ve|'d|\s+have|\s+had)?\s*")
# who someone else is, set apart by commas right after them ("My mentor, an AWS architect, recommended…", "Our SRE,
# Maria, is…"): a few words, no clause of the writer's
_APPOSITION = re.compile(r"[ \t]*,[ \t]*+(?P<who>(?!(?:i|we|and|but|so|who|which)\b)[^,.;:!?\n]{1,40}?),")
# ... unless they ask the writer (as lexicon -> not_cues "manager asked": "My manager, Anna, asked me to build it")
_APPOSED_ASKS = re.compile(r"[ \t]*+ask(?:ed|s|ing)?\b")
# the writer as a subject: someone else's clause ends there ("My colleague uses Docker while I write Terraform")
_WRITER_EN = r"(?:i|i'm|i've|i'd|i'll|we|we're|we've|we'd)(?![a-z0-9])"
_WRITER_SUBJECT = re.compile(rf"(?<![a-z0-9]){_WRITER_EN}|我")
# ... in English, after a word that opens a clause of its own ("until I fixed Kafka"; not "recommended I learn it")
_WRITER_SUBJECT_EN = re.compile(
    rf"\b(?:until|till|while|whereas|when|after|before|because|since|so|and|but|then|once|as)\s+{_WRITER_EN}"
)
# a lack set in the past, in its clause or before it in its sentence ("at first", "before this job", "一开始")
_LACK_THEN = re.compile(
    r"\b(?:at\s+first|initially|in\s+the\s+beginning|originally|back\s+then|before|until|till|when\s+i\s+started|"
    r"used\s+to|had\s+never|'d\s+never|had\s+no|had\s+not|hadn't)\b|一开始|起初|刚开始|最开始|以前|之前|原来|当初|最初"
)
# ... and a later clause of the writer's now ("now I run all our infrastructure on it", "these days I build our
# dashboards with it", "now it's my main language"); not a wish ("now I want to learn it")
_NOW_MINE = re.compile(
    r"\b(?:now|these\s+days|nowadays|today|since\s+then)\b,?\s+(?:i|we)(?:'m|'ve|\s+am|\s+have)?\s+"
    r"(?!(?:\w+\s+)?(?:want|plan|hope|wish|would|'d|need|should|am\s+going|'m\s+going|going|try|trying|learn|study|"
    r"read|look|explor|consider|think|curious|interested|getting\s+into|start(?:ed|ing)?\s+(?:to|learn|study|read))\w*\b)"
    r"[^.;!?\n]{0,60}?\b(?:it|them)\b"
    r"|\b(?:now|these\s+days|nowadays)\b,?\s+(?:it's|it\s+is|they're|they\s+are)\s+(?:[a-z']+\s+){0,2}?my\s+"
    r"(?:main|daily|go-to|favou?rite|primary|first)\b"
)
# a word of none right before a skill (Scopes._none_before): how far back it is looked for, and what may
# stand before it in its clause: nothing, a word of regret, the writer and a verb of having or doing ("I've done no")
_NONE_BACK = 40
_NONE_OWNER = re.compile(
    r"[\s\W]*+(?:(?:unfortunately|sadly|honestly|alas|so far|tbh|to be honest|also|and|but)[\s,]++)*+"
    r"(?:(?:i|i've|ive|i'd|i have|i had|we|we've|we have)[ \t]++"
    r"(?:(?:really|honestly|also|still|basically|got)[ \t]++)*+"
    r"(?:(?:have|had|got|done|written|used|touched|know|use|write|do|did|with)[ \t]++)?)?"
)
# what may stand between a skill and what went wrong with it: a part of the thing, a time, a manner ("集群半夜又")
_BEFELL_GAP = (
    r"(?:集群|实例|节点|服务|主从|线上|生产|那边|这边|的|半夜|晚上|凌晨|周末|突然|又|老是|总是|经常|一旦|万一|会|再|cluster|instance)"
    r"{1,4}+"
)


def none_near(text: str, at: int, ends: dict[str, tuple[str, ...]]) -> bool:
    """Whether the text right before ``at`` ends with a word of none and a space (``Refs.none_ends``, by their last
    word: "no" -> "no ", "i'm no "; "with" -> "but never with ", "nothing with "): a few string tests, no pattern (the
    boundary before it is the pattern's)."""
    if at < 2 or text[at - 1] not in " \t":
        return False
    lo = max(0, at - 24)
    word = text[max(text.rfind(" ", lo, at - 1), text.rfind("\t", lo, at - 1)) + 1 : at - 1].lstrip("([{\"'*•-–—")
    found = ends.get(word)
    return found is not None and text.endswith(found, max(0, at - 40), at)


def _by_last_word(phrases: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """Phrases by their last word, each with a space and a tab after it (``none_near``)."""
    out: dict[str, set[str]] = {}
    for p in phrases:
        out.setdefault(p.split()[-1], set()).update((p + " ", p + "\t"))
    return {w: tuple(sorted(v)) for w, v in out.items()}


@dataclass(frozen=True, slots=True)
class Refs:
    """The patterns of a bare answer, a pronoun after a lack and a limiter joined to hearsay (``negation``
    words of the lexicon: ``answers``, ``pronouns``, ``pronoun_tail``, ``joined_limiters``, ``secondhand``).
    Each is read at one place (an item's end, a cue's end) or in one pass; none nests a quantifier that backtracks."""

    answer: re.Pattern[str]  # a bare answer's words, wherever they stand: whether to look further
    fragment: re.Pattern[str]  # after a skill: "? No.", ": none", " — no.", " 经验：无"
    no_opening: re.Pattern[str]  # what opens a clause before its skill: "No "
    no_closing: re.Pattern[str]  # what ends it after the skill: "", " experience"
    pronoun: re.Pattern[str]  # after a lack, to its clause's end: " it.", " them yet", "它。"
    joined: re.Pattern[str]  # a limiter and a word of knowing second-hand: "只是听说过", "just read about"
    lacking: re.Pattern[str]  # a negator that lacks a thing: "缺少", "lack"
    lacked: re.Pattern[str]  # what it must lack to be a lack of the writer's: "经验", "experience"
    modifier: re.Pattern[str]  # a word of kind or degree the negation gap does not count: "production-grade", "真正"
    befell: re.Pattern[str]  # right after a skill, what goes wrong with it ("线上 Redis 挂", "Kafka 半夜出问题")
    # right after a Chinese word of never, that it went wrong: a record of the thing run, no lack ("K8s 集群从没宕过",
    # "MySQL 从未出过事故")
    never_failed: re.Pattern[str]
    none_before: re.Pattern[str]  # right before a skill: "no ", "zero ", "nothing in " (the writer's clause before it)
    none_elliptic: re.Pattern[str]  # right before a skill: ", but never with ", " just not ", " nor "
    none_closing: re.Pattern[str]  # after it (or its list): "", " experience", " on my resume", " and no"
    # the words of those three with a space after, by their last word: a literal test before any look back
    # (``none_near``)
    none_ends: dict[str, tuple[str, ...]]
    not_one_of: re.Pattern[str]  # right before a skill: "not really a " (and after it, ``one_of``: " guy")
    mishap: re.Pattern[str]  # as ``befell``, with the words of what went wrong after a lack (" outage")
    one_of: re.Pattern[str]

    @classmethod
    def build(
        cls,
        alternation: Callable[[Iterable[str]], str],
        negation: NegationCues,
        experience_words: Iterable[str],
        incidents: Iterable[str] = (),
    ) -> Refs:
        answer, pronoun, tail = (alternation(w) for w in (negation.answers, negation.pronouns, negation.pronoun_tail))
        exp = alternation(experience_words)
        kind = "相关|方面|的|实际|项目|使用|开发|实战"  # what kind of experience: "Kafka 相关经验：无"
        end = r"(?=[.!?;,。…\n|]|$)"  # (a table's bar ends a cell: "| Rust | none |")
        return cls(
            answer=re.compile(answer),
            fragment=re.compile(
                rf"(?:[ \t]*+(?:(?:{kind})?+(?:{exp})[ \t]*+)?(?:[:?,，|]|[\-–—]++)\s*+"  # " 相关经验：", "? ", " — "
                rf"|[ \t]++(?=[a-z]))"  # or a Latin word right after the skill: "SQL yes, Spark no."
                # (not "never again": a dislike of what was had, "Hadoop? Never again.")
                rf"(?P<word>{answer})(?![ \t]++(?:ever[ \t]++)?again\b)(?:[ \t]++(?:{tail}))?[ \t]*+{end}"
            ),
            no_opening=re.compile(  # (after a word of regret: "Unfortunately no Kafka.", "Sadly, no Rust.")
                rf"[\s\-–—•*·>#]*+(?:(?:unfortunately|sadly|alas|honestly)[ \t,]++)?(?P<word>{answer})[ \t]++"
            ),
            no_closing=re.compile(rf"[ \t]*+(?:(?:{exp})[ \t]*+)?{end}"),
            pronoun=re.compile(rf"\s*+(?:{pronoun})(?:\s*+(?:{tail}))*+\s*+{end}"),
            joined=re.compile(  # (or "只是听同事说过": who told it between 听 and 说)
                rf"(?:{alternation(negation.joined_limiters)})\s*+"
                rf"(?:{alternation(negation.secondhand)}|听[^\W\d_][^，,。.!！?？；;:：\n说讲提]{{0,7}}?(?:说|讲|提)起?过)"
            ),
            lacking=re.compile(alternation(negation.lacking)),
            lacked=re.compile(alternation(negation.lacked)),
            modifier=re.compile(rf"(?:{alternation(negation.modifiers)})\s*+"),
            # a part of the thing, a time or a manner may stand between ("Kafka 集群半夜又", "Redis 突然")
            befell=re.compile(rf"\s*+(?:{_BEFELL_GAP})?\s*+(?:{alternation(incidents)})"),
            never_failed=re.compile(rf"(?:再|又|真正)?(?:出|发生)?过?(?:一次|任何|什么)?(?:{alternation(incidents)})"),
            # (read with an end at the skill's start: "$" is that end)
            none_before=re.compile(rf"(?:{alternation(negation.determiners)})[ \t]++$"),
            none_elliptic=re.compile(rf"(?:{alternation(negation.elliptic)})[ \t]++$"),
            none_ends=_by_last_word(
                w.lower().strip() for w in (*negation.determiners, *negation.elliptic, *negation.identity_before)
            ),
            mishap=re.compile(rf"\s*+(?:{_BEFELL_GAP})?\s*+(?:{alternation([*incidents, *negation.mishaps])})"),
            not_one_of=re.compile(rf"(?:{alternation(negation.identity_before)})[ \t]++$"),
            one_of=re.compile(rf"[ \t]++(?:{alternation(negation.identity)})"),
            none_closing=re.compile(
                rf"[ \t]*+(?:(?:{exp})[ \t]*+)?(?:(?:{alternation(negation.determiner_tails)})[ \t]*+)*+"
                r"(?:[.!?;,。…)\n]|[\-–—]|$|(?:and|or|nor)[ \t]++(?:no|not|never|zero)(?![a-z]))"
            ),
        )


@dataclass(frozen=True, slots=True)
class Own:
    """Where the writer's own doing starts after what someone else said or has (``lexicon.yaml -> own_doing``):
    a clause that opens with the writer ("，我就搭了集群", ", so I rewrote", "and I've been using it"), a pronoun
    there that points back ("用它", "on it"), and after someone else the writer doing it with them or for them."""

    opening: re.Pattern[str]  # at a clause's opening: "于是我", "so we", "我们现在"
    # inside a clause, Latin: "and i've", "so i" | "and have": the two sides of one alternation, each looked for
    # alone (its first characters read in C; together the engine tries both at every position), see _alternated
    inner: tuple[re.Pattern[str], re.Pattern[str]]
    pronoun: re.Pattern[str]  # a pronoun that is an object: "用它", "on it", "using them"
    with_me: re.Pattern[str]  # right after someone else: "和我", "and I"
    determiner: re.Pattern[str]  # opening a clause before the others: "我们的", "our"
    directed: re.Pattern[str]  # right after someone else: "让我", "had me"
    group: re.Pattern[str]  # a group the writer may be part of, with its determiner: "我们组", "our data team"
    apart: re.Pattern[str]  # at the next clause's opening, the writer set apart from it: "但我做", "i just"
    apart_firsts: frozenset[str]  # the first characters of ``apart`` (a clause opening with none of them is skipped)

    @classmethod
    def build(cls, alternation: Callable[[Iterable[str]], str], words: OwnDoing, determiners: Iterable[str]) -> Own:
        latin = [w for w in words.connectors if w.isascii()]
        subjects = alternation(words.subjects)
        connectors = alternation(words.connectors)
        objects = alternation(words.objects)
        # a word before the pronoun that makes it an object: a verb or a preposition
        zh_before = "[用把拿将对在给跑接选试学写上于了入]"
        en_before = (
            r"(?:[a-z]+ed|[a-z]+ing|on|with|in|into|onto|around|for|from|use|uses|built|wrote|written|rewrote|ran|run|made|"
            r"taught|set up|picked up|try|learn|explore|study|master|pick up)"
        )
        return cls(
            opening=re.compile(rf"[\s\-–—]*+(?:(?:{connectors})[\s,]*+)*+(?:{subjects})(?![a-z0-9])"),
            inner=(
                re.compile(rf"(?<![a-z0-9])(?:{alternation(latin)})\s++(?:{subjects})(?![a-z0-9])"),
                re.compile(rf"(?:{alternation(words.continuations)})"),
            ),
            pronoun=re.compile(rf"(?:(?<={zh_before})|(?<![a-z0-9]){en_before}\s+)(?P<obj>{objects})"),
            with_me=re.compile(rf"(?:'s)?\s*+(?:{alternation(words.with_me)})"),
            directed=re.compile(rf"\s*+(?:{alternation(words.directed)})"),
            determiner=re.compile(rf"\s*+(?:{alternation(determiners)})"),
            group=re.compile(rf"(?:(?:{alternation(determiners)})\s*+)?(?:{alternation(words.groups)})"),
            apart=re.compile(rf"\s*+(?:{alternation(words.apart)})"),
            apart_firsts=frozenset(w.strip()[0] for w in words.apart if w.strip()),
        )


def _alternated(sides: tuple[re.Pattern[str], ...], text: str) -> list[re.Match[str]]:
    """The matches of the alternation of ``sides`` (in order), as its ``finditer`` reads them: the leftmost match of
    any side, the earlier side at a tie, then on from its end (a side that found nothing further on finds nothing
    from later; one whose match starts past the end is not looked for again). None matches empty. Each side alone
    opens with characters the engine skips to in C; their alternation is tried at every position."""
    out: list[re.Match[str]] = []
    found = [p.search(text) for p in sides]
    while True:
        best = None
        for m in found:
            if m is not None and (best is None or m.start() < best.start()):
                best = m
        if best is None:
            return out
        out.append(best)
        pos = max(best.end(), best.start() + 1)
        found = [m if m is None or m.start() >= pos else p.search(text, pos) for p, m in zip(sides, found, strict=True)]


_ADVERBS = ("actually", "really", "quite", "even", "ever", "once", "properly")


@dataclass(frozen=True, slots=True)
class Outcomes:
    """What became of a wish said in the past (``lexicon.yaml -> wish_outcomes``): the word of the past before it, and
    after it a word that it came to nothing, or a word of at last with a word of work done."""

    past: re.Pattern[str]  # "本来", "was", "had"
    unmet: re.Pattern[str]  # "一直没时间", "never got to it"
    met: re.Pattern[str]  # "终于", "finally"
    done: re.Pattern[str]  # "用上", "shipped"
    instead: re.Pattern[str]  # "改用", "switched to"
    dropped: re.Pattern[str]  # "放弃了", "gave up": of any wish, not only one said in the past

    @classmethod
    def build(cls, alternation: Callable[[Iterable[str]], str], words: WishOutcomes) -> Outcomes:
        # an adverb after an English negator: "never actually got to it", "didn't really get around to it"
        unmet = [*words.unmet]
        for w in words.unmet:
            first, _, rest = w.partition(" ")
            if rest and first in ("never", "didn't"):
                unmet += [f"{first} {adverb} {rest}" for adverb in _ADVERBS]
        return cls(
            past=re.compile(alternation(words.past)),
            unmet=re.compile(alternation(unmet)),
            met=re.compile(alternation(words.met)),
            done=re.compile(alternation(words.done)),
            instead=re.compile(alternation(words.instead)),
            dropped=re.compile(alternation(words.dropped)),
        )


# a pronoun's skill is named on its own, not inside another thing's name, and nothing else is named between
# it and the lack ("I used Python for the ETL job but never deployed it", "写了个爬虫，但没部署过它": the job, the
# crawler, not Python); a 的 that ends its clause names nothing ("Flink 挺火的，我还没碰过它")
_DETERMINER = r"\b(?:the|a|an|this|that|these|those|my|our|their|his|her|its|your|some)"
_OTHER_THING = re.compile(rf"{_DETERMINER}\b|[个把将]|的(?![\s,.!?;。…])")
_THING_BEFORE = re.compile(rf"(?:{_DETERMINER}\s+|[个把将的]\s*)$")
_POINTS_BACK = 48  # how far before a pronoun's lack its skill may stand
_IF_OPEN = re.compile(r"[\s\W]*(?:if|should)\b")  # a clause that opens with a condition
# a wish's object that is the writer's own ("migrate our Kafka cluster", "improve my Rust"), where a move starts
# ("switch from Java to Go"), and the word that ends the start ("to", "into")
_OURS = re.compile(r"(?:\b(?:our|my)|我们的|我的)\s*$")
# the writer's own years of it, right before it ("I'd be excited to bring my five years of Kafka experience")
_MY_YEARS = re.compile(r"\b(?:our|my)\s+(?:[\w+.-]+\s+){0,3}?(?:years?|months?|yrs?)\s+of\s+(?:hands-on\s+)?$")
_FROM = re.compile(r"\bfrom\b")
_MOVE_TO = re.compile(r"\b(?:to|into|towards?)\b")
# what may stand around a dislike that is a sentence of its own ("Never again lol.", "Honestly? Never again!", "These
# days I'm so over it."), and how far back the sentence it speaks of may end
_ALONE = re.compile(
    r"(?:[\s\W_]|\b(?:lol|lmao|haha|tbh|honestly|seriously|ugh|man|oh|god|and|so|just|really|ever|it|them|anymore"
    r"|again|for good|now|but now|by now|these days|nowadays|frankly|at this point"
    r"|i'm|i am|i've|i have|been|got|getting|totally|completely|pretty|kinda|very)\b)*"
)
_SAID_AFTER = 160
# the verb of doing between a dislike and its pronoun ("I hate writing it", "can't stand maintaining them")
_DOING = re.compile(r"[ \t]+[a-z]+ing\b")
# the verb between a lack that ends in "to" and its pronoun ("never had the chance to use it", "never got to try them")
_TO_DO = re.compile(
    r"(?<=\bto)[ \t]+(?:use|try|learn|touch|play\s+with|work\s+with|dig\s+into|look\s+at|pick\s+up|run|deploy)\b"
)
# a thing named in brackets right after another, the same thing said twice ("frontend (React)")
_APPOSED = re.compile(r"[ \t]*[(（][ \t]*")
# what may open a clause of the writer's wish, its subject left out: a clause mark or a joining word, then adverbs, or
# a word of finding it so ("…and find it fascinating")
_WISH_JOINED = re.compile(
    r"(?:[,;]|\b(?:and|so|now|but|then))\s*(?:(?:really|honestly|definitely|also|still|now|so|and)\s+)*"
    r"(?:(?:find|found)\s+(?:it|them)\s+(?:(?:really|super|so|very|quite)\s+)?)?$"
)
# a count of years ("5 years", "over ten yrs", "3+ years")
_SOME_YEARS = (
    r"(?:over\s+|more\s+than\s+|nearly\s+|almost\s+|about\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten"
    r"|several|many)\+?\s+(?:years?|yrs?)"
)
# a clause of the writer's own doing after a wish or an interest ("…, and I work with Kafka daily", "…; we already run
# Spark"): what it names is had
_OWN_WORK = (
    r"(?:i|we)(?:'ve|'m|\s+have|\s+am|\s+are)?\s+(?:(?:also|already|currently|still|now|mostly|actually)\s+)*"
    r"(?:use|work with|run|write|maintain|build|ship|deploy|know|been using|using|used|worked with|written|wrote|built|"
    r"ran|shipped|deployed|maintained|worked on|work on|working with|working on"
    # years of it had ("…because I have 5 years of Kafka experience")
    rf"|{_SOME_YEARS})\b"
)
_OWN_DOING = re.compile(rf"(?:[,;]\s*|\b(?:and|but|so|while|though|although|since|as|because)\s+){_OWN_WORK}")
# years of it said after a wish or an interest ("Looking to move into management after 8 years of Java development")
_YEARS_OF = re.compile(
    rf"\b(?:after|with|from|having|bringing|given)\s+(?:had\s+)?{_SOME_YEARS}\s+(?:of|in|as|doing|with|writing|using|building)\b"
)
# a second predicate of the writer's, its subject left out, after a wish or an interest: work done ("…and have run it in
# production for 5 years", "…and shipped it"), whatever the cue; a verb in the present after an interest ("I'm curious
# about Rust and write Go every day"; after a wish it goes on with the infinitive: "want to learn K8s and run my apps")
_JOINED_ADVERBS = r"(?:(?:also|already|currently|still|now|mostly|actually|have\s+been|'ve\s+been|been)\s+)*"
_JOINED_DONE = re.compile(
    r"\b(?:and|but)\s+(?:(?:have|'ve)\s+)?" + _JOINED_ADVERBS + r"(?:used|worked\s+with|worked\s+on|written|wrote|built"
    r"|ran|shipped|deployed|maintained|implemented|migrated|led|using|running|shipping|maintaining)\b"
    r"|\b(?:and|but)\s+(?:have|'ve)\s+" + _JOINED_ADVERBS + r"run\b"
)
_JOINED_DOING = re.compile(
    r"\b(?:and|but)\s+" + _JOINED_ADVERBS + r"(?:use|write|run|maintain|build|ship|deploy|work\s+with|work\s+on)\b"
)
# the writer's own doing opening a clause, before what it names ("I build Kafka pipelines", "we already run Spark")
_OWN_OPENING = re.compile(rf"\b{_OWN_WORK}")
# a dislike said of what did it to the writer ("burned me out", "drains me", "made me hate"): its subject is disliked
_DONE_TO_ME = re.compile(r"\bme\b")
_ME_BEFORE = re.compile(r"\bme\s+$")  # "made me hate", not "taught me to hate"
# a pronoun that is the subject of a dislike ("…and honestly it bores me", "every minute of it was painful", "it's
# tedious"), before the cue or opening it
_IT_SUBJECT = re.compile(
    r"\b(?:it|they|all of it|every minute of it|every bit of it)(?:'s|'re|\s+(?:is|was|are|were|has been|have been|"
    r"really|just|honestly|totally|always|still|quickly|soon|became|got|gets|felt|feels|kind of|kinda|so|very))*\s*$"
)
_IT_OPENS = re.compile(r"it(?:'s|\s+is|\s+was)?\b")
# what joins a disliked task to the tool it is done with ("writing CRUD in Spring")
_TOOL_OF = re.compile(r"[ \t]+(?:in|with|using)[ \t]+")
# a claim by a reason whose object is one thing ("since I use it"): it claims the item it follows, not its list
_ONE_CLAIMED = re.compile(r"\bit\b")


@dataclass(slots=True)
class Item:
    """A skill mention or a title, in normalised text, and what the cues reaching it decided."""

    start: int
    end: int
    status: str = "has"  # has | lacks | wants | heard_of | dislike
    cue: tuple[int, int] | None = None  # the words that decided the status (normalised text)
    distance: int = _FAR
    like: tuple[int, int] | None = None
    limiter: tuple[int, int] | None = None


def _start(it: Item) -> int:
    return it.start


@dataclass(frozen=True, slots=True)
class _Cue:
    effect: str
    start: int
    end: int
    mode: str  # both | back | around | sentence | clause | heading | inner | within
    inner: tuple[int, int] = (0, 0)  # a composed negation: where its negator ends and its predicate starts
    kind: str = ""  # the lexicon's kind of the cue word, where it matters ("interest")


class Scopes:
    """The cues of one text and their reach; :meth:`resolve` decides the items' statuses."""

    def __init__(
        self,
        text: str,
        hits: Sequence[Hit],
        *,
        sentences: list[int],
        clauses: list[int],
        enumeration: Callable[[str], bool],
        cue_back: int,
        negation_gap: int,
        blocker_reach: int,
        predicates: re.Pattern[str],
        predicate_blockers: re.Pattern[str],
        predicate_longest: int,
        quotes: Iterable[str],
        opens_clause: Callable[[str], bool],
        section_starts: list[int],
        hard_breaks: list[int],
        refs: Refs,
        topic: Callable[[str], bool],
        topic_opener: Callable[[str], bool],
        own: Own,
        speakers: re.Pattern[str],
        list_opener: Callable[[str], bool],
        outcomes: Outcomes,
        posting: bool = False,
    ) -> None:
        self.text = text
        self.refs = refs
        self.sentences, self.clauses = sentences, clauses
        self.enumeration, self.cue_back, self.negation_gap = enumeration, cue_back, negation_gap
        self.blocker_reach = blocker_reach  # how far a not-cue word may stand around the word it holds
        self.opens_clause = opens_clause
        self.section_starts = section_starts
        self.hard_breaks = hard_breaks  # commas written "，": a clause ends there, no list runs on
        self.topic = topic  # what ends a clause that only names its topic ("Rust 的话，", "CUDA 这块，")
        self.topic_opener = topic_opener  # what opens one ("至于 Verilog，", "Regarding Kafka,")
        self.speakers = speakers  # someone named by their role (a cue only when they speak)
        self.list_opener = list_opener  # what opens a list of alternatives ("不论 JAX 或者 TensorFlow，")
        self.outcomes = outcomes
        self.posting = posting  # a posting's text: the company's aims are the job's
        self.wishes = [h.start for h in hits if h.kind == "aspire"]  # (in order: see _wish_over)
        self.skill_starts = [h.start for h in hits if h.kind in ("skill", "ctx")]
        self.skill_ends = [h.end for h in hits if h.kind in ("skill", "ctx")]
        self.set_apart: set[tuple[int, int]] = set()  # groups the writer set apart from (see _group_apart)
        if any(h.kind == "interest" for h in hits):  # a verdict that says nothing of the writer is no cue, no stop
            heard = [h.start for h in hits if h.kind in ("hearsay", "third_party")]
            hits = [h for h in hits if not self._idle_verdict(h, heard)]
        self.stops = sorted(h.start for h in hits if h.kind in _STOPPING)
        self.stops_but_proficiency = sorted(h.start for h in hits if h.kind in _STOPPING and h.kind != "prof")
        # what was had once ("当年用过 X，不过早就生疏了"): neither its contrast word nor its claim stops the reach
        self.stops_but_past = sorted(
            h.start for h in hits if h.kind in _STOPPING and h.kind not in ("break", "prof", "limiter")
        )  # (a lowered level is had before it is gone: "my Java is rusty, basically can't write it anymore")
        self.prof_ends = {h.start: h.end for h in hits if h.kind == "prof"}
        self._said_of_me: list[re.Match[str]] | None = None  # (see _said_of_writer)
        self._said_of_me_starts: list[int] = []
        self._heard_by_clause: dict[int, list[int]] | None = None  # (see _others_then_me)
        self._found: dict[tuple[re.Pattern[str], int], tuple[int, re.Match[str] | None]] = {}  # (see _search)
        self.prof_starts = sorted(self.prof_ends)
        self.exceptions = {self.clause(h.start) for h in hits if h.kind == "exception"}
        self.exception_ends = sorted(h.end for h in hits if h.kind == "exception")
        self.predicates, self.predicate_blockers = predicates, predicate_blockers
        self.predicate_longest = predicate_longest  # how far past its start a predicate may end
        self.blocked = [(h.start, h.end) for h in hits if h.kind == "not_cue"]
        self.blocked_starts = [s for s, _ in self.blocked]
        self.others = [(h.start, h.end) for h in hits if h.kind == "third_party"]
        self.own = own
        self.heard_at = frozenset(h.start for h in hits if h.kind in ("hearsay", "third_party"))
        self.heard_starts = sorted(self.heard_at)
        self.dislikes = [(h.start, h.end) for h in hits if h.kind == "dislike"]  # (in order: see _fed_up)
        self.dislike_starts = [s for s, _ in self.dislikes]
        self.cues = [c for c in self._cues(hits) if not (c.effect == "lacks" and self._said_of_others(c))]
        if any(c.effect == "heard_of" and c.mode == "sentence" for c in self.cues):
            self.cues = [self._reported_lack(c) for c in self.cues]
        hearsay = any(c.effect == "heard_of" for c in self.cues)
        self.quotes = self._quotes(quotes) if hearsay else []
        self.own_starts = self._own_starts() if hearsay else []

    def _idle_verdict(self, h: Hit, heard: list[int]) -> bool:
        """Whether ``h`` is a verdict of interest ("很有意思", "很酷", "是未来") that says nothing of the writer's
        interest: inside its clause ("做过很有意思的项目", "看好 VLA 是未来机器人落地的方向"), or after someone else
        in its sentence, whose opinion it is ("朋友说 Rust 很酷")."""
        if h.kind != "interest" or not _VERDICT.search(h.form):
            return False
        if not _BARE_TAIL.fullmatch(self.text, h.end, self._clause_end(h.start)):
            return True
        sentence = self.sentence(h.start)
        return any(at < h.start and self.sentence(at) == sentence for at in heard) or bool(
            _SAY_VERB_ZH.search(self.text, self.sentences[sentence - 1] + 1 if sentence else 0, h.start)
        )

    # ------------------------------------------------------------------ where things are

    def sentence(self, pos: int) -> int:
        return bisect_right(self.sentences, pos)

    def clause(self, pos: int) -> int:
        return bisect_right(self.clauses, pos)

    def _search(self, pattern: re.Pattern[str], lo: int, hi: int) -> re.Match[str] | None:
        """``pattern.search(self.text, lo, hi)``, remembered by its end: a later search to the same end from further
        on, but not past the match found, finds the same match (or none again). A long run-on clause or sentence is
        then read once for all the cues and items in it, not once each (which was quadratic)."""
        got = self._found.get((pattern, hi))
        if got is not None and got[0] <= lo and (got[1] is None or lo <= got[1].start()):
            return got[1]
        m = pattern.search(self.text, lo, hi)
        self._found[(pattern, hi)] = (lo, m)
        return m

    def _listed(self, lo: int, hi: int) -> bool:
        """Whether ``text[lo:hi]`` lies between two items of one list (not across a "，", nor across a sentence's end:
        "Docker, yes. Kubernetes, not yet." holds two answers, not one list)."""
        i = bisect_left(self.hard_breaks, lo)
        return (
            not (i < len(self.hard_breaks) and self.hard_breaks[i] < hi)
            and self.sentence(lo) == self.sentence(hi - 1)
            and self.enumeration(self.text[lo:hi])
        )

    def _stopped(self, lo: int, hi: int, cue: _Cue, *, lenient: bool = False) -> bool:
        """Whether a stop (a contrast word, an exception, another cue) stands in ``[lo, hi)`` outside
        ``cue``; one right after the cue is part of it ("想深入研究", "plan to thoroughly learn"). What
        someone else is good at is theirs: their proficiency words do not stop them ("同事精通 CUDA")."""
        mode = "past" if lenient else cue.mode  # (a lack that is its whole clause: as what was forgotten reads)
        stops = {"clause": self.stops_but_proficiency, "past": self.stops_but_past}.get(mode, self.stops)
        i = bisect_left(stops, lo)
        while i < len(stops) and stops[i] < hi:
            at = stops[i]
            # (not across a clause mark: "对推荐系统很感兴趣，熟悉 Transformer" ends at the comma)
            attached = cue.start <= at <= cue.end + _ATTACHED and self.clause(at) == self.clause(cue.start)
            now = at < cue.start and _NOW.fullmatch(self.text, at, cue.start)
            # "对后端倒是很有兴趣", "Vue 反而很烦": a contrast right before a liking or a dislike is part of it
            now = now or (
                cue.effect in ("wants", "dislike") and at < cue.start and _LEANING.fullmatch(self.text, at, cue.start)
            )
            if cue.effect == "heard_of" and self._reported(cue, at):
                pass
            elif cue.effect == "heard_of" and cue.mode == "clause" and self._their_habit(cue, at):
                pass  # "师兄搞 NLP，平时用 PyTorch": the word of habit goes on with them
            elif not attached and not now and not (cue.effect == "wants" and self._wished(cue, at)):
                return True
            i += 1
        return False

    def _reported(self, cue: _Cue, at: int) -> bool:
        """Whether the stop at ``at`` is part of what a hearsay cue reports: another word of someone else
        ("According to my friend, Flink…"), or a proficiency word they ask for, in the cue's clause with no
        word of the writer before it ("JD 上写着要熟悉 Kafka", "领导说我们要熟悉 Kafka"; not "同事说我精通 Kafka")."""
        if at in self.heard_at:
            return True
        if at not in self.prof_ends or self.clause(at) != self.clause(cue.start) or at < cue.end:
            return False
        if _WRITER.search(self.text, cue.end, at) is not None:
            return False
        # an ask: what a job ad says, or a word of requiring right before the proficiency word
        return (
            _AD.search(self.text, cue.start, cue.end) is not None
            or _ASKED.search(self.text, max(cue.end, at - 6), at) is not None
        )

    def _reported_lack(self, cue: _Cue) -> _Cue:
        """A negation inside what someone else is reported to say is theirs, not the writer's lack ("听说 Redis 不适合做
        MQ", "Medium 上一篇 blog 说 Redis 不适合做 MQ"), in the clause of what is reported: heard of, unless the
        writer speaks between ("听说很多人不用 Spark 而我没用过"); a later clause is the writer's."""
        if cue.effect != "lacks":
            return cue
        for c in self.cues:
            if (
                c.effect == "heard_of"
                and c.mode == "sentence"
                and c.end <= cue.start
                and self.clause(c.end - 1) == self.clause(cue.start)
                and _WRITER.search(self.text, c.end, cue.start) is None
            ):
                return _Cue("heard_of", cue.start, cue.end, cue.mode, cue.inner, cue.kind)
        return cue

    def _said_of_writer(self, cue: _Cue, it: Item) -> bool:
        """Whether what someone says of the writer is a claim of the skill: the writer right after the word of
        saying, and a proficiency word later in the skill's clause ("同事说我精通 Kafka", "领导夸我 Go 写得很熟",
        "My manager says I'm an expert in Kafka"); not a plan ("领导说我们要上 K8s")."""
        if self._said_of_me is None:  # found once a text, not once a cue and item it may reach
            self._said_of_me = _alternated(_SAID_OF_ME, self.text)
            self._said_of_me_starts = [m.start() for m in self._said_of_me]
        said = self._said_of_me
        i = bisect_left(self._said_of_me_starts, cue.start)
        m = said[i] if i < len(said) else None
        if m is None or m.end() > it.start or self.clause(m.start()) != self.clause(it.start):
            return False
        end = self._clause_end(it.start)
        return any(m.end() <= p < end for p in self.prof_ends) or _PRAISED.search(self.text, m.end(), end) is not None

    def _own_starts(self) -> list[int]:
        """Where the writer's own doing starts: a clause that opens with the writer ("，我就搭了集群", ", so I
        built"), or, in Latin text, a joined clause of theirs ("and I've been using it", "and have used it")."""
        text, out = self.text, []
        for lo in (0, *(c + 1 for c in self.clauses)):
            if lo < len(text) and (self.own.opening.match(text, lo) or _ME_TOO.match(text, lo)):
                out.append(lo)
        out += [m.start() for m in _alternated(self.own.inner, text)]
        # a wish or an interest of the writer's, its subject left out, opening a clause or joined by "and" after what
        # was heard ("Heard great things about Flink, would love to try it", "…and want to learn it")
        out += [
            c.start
            for c in self.cues
            if c.kind in ("aspire", "interest")
            and c.effect == "wants"
            and c.start > 0
            and text[c.start : c.end].isascii()
            and _WISH_JOINED.search(text, max(0, c.start - 40), c.start) is not None
        ]
        return sorted(set(out))

    def _own_between(self, cue: _Cue, lo: int, hi: int) -> bool:
        """Whether the writer's own doing starts in ``[lo, hi)``, after something the cue reports: what is
        said ends there ("领导说要用 Kafka，我就搭了集群"); a clause right after "说，" is what is said
        ("领导说，我们要上 K8s")."""
        i = bisect_left(self.own_starts, max(lo, cue.end))
        while i < len(self.own_starts) and self.own_starts[i] < hi:
            at = self.own_starts[i]
            if _WORDY.search(self.text, cue.end, at) and self.sentence(at) == self.sentence(cue.start):
                return True
            i += 1
        return False

    def _wished(self, cue: _Cue, at: int) -> bool:
        """Whether the stop at ``at`` is the verb a wish reaches for ("希望有机会接触 CUDA"): a Chinese
        word of coming to know, at most ``_WISH_GAP`` characters after the wish, in its clause."""
        end = self.prof_ends.get(at)
        if end is None or at - cue.end > _WISH_GAP or self.clause(at) != self.clause(cue.start):
            return False
        way = _WISH_WAY.fullmatch(self.text, cue.end, at)
        return way is not None and _WISHED_VERB.search(self.text, at, end) is not None

    # ------------------------------------------------------------------ the cues

    def _cues(self, hits: Sequence[Hit]) -> list[_Cue]:
        out: list[_Cue] = []
        text = self.text
        for i, h in enumerate(hits):
            k = h.kind
            if k == "neg_before" and not h.form.isascii() and self.refs.never_failed.match(text, h.end):
                continue  # "K8s 集群两年从没宕过", "从未出过事故": what never went wrong, run by the writer
            if k == "dislike" and self._fed_up(h, hits):  # "写了三年前端，真的写吐了": what was done before
                out.append(_Cue("dislike", h.start, h.end, "past"))
            elif k == "aspire" and (over := self._wish_over(h)) is not None:
                if over == "lacks":  # "本来想学 Rust，后来一直没时间": a wish that came to nothing
                    out.append(_Cue("lacks", h.start, h.end, _MODE[k], kind=k))
                continue  # "Go was on my list for years; finally shipped a service in it": a wish that came about
            elif k == "interest" and h.form.isascii() and self._if_clause(h.start):
                continue  # "If building AI and data engineering sounds exciting, apply": a condition put to the reader
            elif k == "interest" and _VERDICT.search(h.form):  # "强化学习很有意思。" (the idle ones are gone)
                out.append(_Cue("wants", h.start, h.end, "back", kind=k))
            elif k == "hearsay" and "问" in h.form and (answer := self._answer_to(h.end)) is not None:
                if answer == "lacks":  # "面试被问到 K8s 调度，一个都没答上来": what the writer could not answer
                    out.append(_Cue("lacks", h.start, h.end, "sentence"))
                continue  # "面试被问到 Kafka 的原理，都答上来了": the writer's own
            elif k == "hearsay" and h.form == "according to" and _BY_THE_BOOK.match(text, h.end):
                continue  # "Delivered features according to an agile methodology like Scrum": a norm followed
            elif (
                k == "aspire"
                and h.form == "计划"
                and (
                    _PLAN_NOUN.match(text, h.end)
                    or (_PLAN_LISTED.match(text, h.end) and _PLAN_HEAD.search(text, max(0, h.start - 1), h.start))
                )
            ):
                continue  # "制定季度计划，推动 Flink 实时数仓落地": a plan drawn up, a thing done
            elif (
                k == "aspire"
                and h.form == "plan to"
                and _A_PLAN.search(text, max(0, h.start - 40), h.start)
                and not _TO_LEARN.match(text, h.end)
            ):
                continue  # "Created the migration plan to move MySQL to PostgreSQL": a plan drawn up
            elif (
                k == "aspire"
                and self.posting
                and (_COMPANY_WISH.search(text, max(0, h.start - 16), h.start) or _TO_READER.match(text, h.end))
            ):
                continue  # a posting's "We aim to provide a cache on Redis": what the job is about
            elif k == "aspire" and h.form == "想" and self._thought(hits, i):
                continue  # "我想 Kafka 的问题在于运维成本": a thought about it, not a wish
            elif k == "aspire" and self._given_up(h):
                # "原本打算学 Rust，后来放弃了，完全不会": a plan dropped, what it named is lacked
                out.append(_Cue("lacks", h.start, h.end, "clause"))
            elif k == "aspire" and self._search(_HELPFUL, h.end, self._clause_end(h.start)):
                continue  # "希望这次分享的 Flink 调优经验对大家有帮助": a hope for the reader, the writer's own work
            elif k == "aspire" and self._their_wish(h):
                continue  # "领导希望我负责 Flink", "Manager 希望我 own Flink": someone else's wish for the writer
            elif k in _MODE:
                out.append(_Cue(EFFECT[k], h.start, h.end, _MODE[k], kind=k))
                wish_end = self._clause_end(h.start)
                if (contrast := self._search(_CONTRAST, h.end, wish_end)) is not None:
                    wish_end = contrast.start()  # "Rust 不会，想学但没时间": the wish ends where a contrast opens
                if (
                    (k == "aspire" or (k == "interest" and self._bare_interest(h)))
                    and (
                        _WISH_END.fullmatch(text, h.end, wish_end)
                        or (h.form.isascii() and _WISH_END_EN.fullmatch(text, h.end, wish_end))
                    )
                    and not _NO_WISH.search(text, max(0, h.start - 5), h.start)
                    and not _NO_WISH_EN.search(text, max(0, h.start - 12), h.start)
                ):
                    out.append(_Cue("wants", h.start, h.end, "wish_back", kind=k))  # "Rust 不会但想学"
            elif (k == "status_head" or k in HEADS) and self._heading(h):
                out.append(_Cue(EFFECT[k], h.start, h.end, "heading", kind=k))  # "Dislikes: PHP", "Gaps:"
            elif k in HEADS:
                continue  # a heading's words inside a sentence ("the gaps in our monitoring"): no cue
            elif k == "status_head" and (said := _IS.match(text, h.end)):  # "职业目标是做推荐系统", "研究兴趣是 RL"
                out.append(_Cue("wants", h.start, said.end(), "sentence", kind="aspire"))
            elif (
                k == "status_head"
                and _MINE.search(text, max(0, h.start - 4), h.start)
                and _BARE_TAIL.fullmatch(text, h.end, self._clause_end(h.start))
            ):
                out.append(_Cue("wants", h.start, h.end, "back", kind="interest"))  # "RAG 是我感兴趣的方向"
            elif k == "third_party":
                if self._with_writer(h):
                    continue  # "同事和我一起用 Go 重构了网关", "领导让我用 Kafka 搭了集群": the writer did it
                opening = text[self._clause_start(h.start) : h.start]
                heard = opening.rfind("听")
                said = _SAYS.match(text, h.end) if heard >= 0 and self.opens_clause(opening[heard + 1 :]) else None
                often = None if _TO_THEM.search(opening) else _SAYS_OFTEN.match(text, h.end)
                if said:  # "听 friend 说 Ray 很好用", "听我的导师讲": what they say, to the end of the sentence
                    out.append(_Cue("heard_of", h.start - len(opening) + heard, said.end(), "sentence"))
                elif often:  # "隔壁组同事老说 Flink 好用"
                    out.append(_Cue("heard_of", h.start, often.end(), "sentence"))
                elif (
                    h.form not in _ANYONE
                    and (who := _THEIRS_WHO.match(text, h.end)) is not None
                    and not _WRITER_OR_NOT.search(who.group())
                ):
                    out.append(_Cue("heard_of", h.start, who.end(), "clause"))  # "the ML folks who train on Ray"
                elif self.opens_clause(opening) or self._by_field(opening):
                    out.append(_Cue("heard_of", h.start, h.end, "clause"))
                    end = self._clause_end(h.start)  # "哥们在字节做推荐，说 Flink 用得特别多": what they say next
                    says = _SAYS_NEXT.match(text, end + 1) if end < len(text) and text[end] in ",，" else None
                    if says:
                        out.append(_Cue("heard_of", says.start(), says.end(), "sentence"))
                    elif (apposed := _APPOSITION.match(text, h.end)) is not None and not _APPOSED_ASKS.match(
                        text, apposed.end()
                    ):
                        # "My mentor, an AWS architect, recommended I learn Terraform": who they are, then their clause
                        out.append(_Cue("heard_of", h.start, apposed.end(), "within", apposed.span("who")))
                        out.append(_Cue("heard_of", h.start, apposed.end(), "clause"))
            elif k == "negator":
                if any(lo <= h.start < hi for lo, hi in self._none_without):
                    continue  # "没有一个项目不用 Git": a double negation, a claim
                pred = self._predicate(hits, i)
                if (
                    pred is not None
                    and self.refs.lacking.fullmatch(h.form.lower())
                    and not self.refs.lacked.fullmatch(text, *pred)
                ):
                    pred = None  # "系统缺乏 Redis 缓存的问题做了优化": a thing lacks it, not the writer
                if pred is not None and self._search(_SINCE, pred[1], self._clause_end(h.start)):
                    continue  # "haven't touched Java since college": had once, then not used since
                if pred is not None:
                    end = pred[1]
                    if text.startswith(",", end) and (verbs := _VERB_LIST.match(text, end)) is not None:
                        end = verbs.end()  # "Haven't built, deployed or maintained anything on Kubernetes"
                    out.append(_Cue("lacks", h.start, end, "inner", (h.end, pred[0])))
                elif not h.form.isascii() and _BARE_TAIL.fullmatch(text, h.end, self._clause_end(h.start)):
                    out.append(_Cue("lacks", h.start, h.end, "back"))  # "Kafka 没用过，RabbitMQ 也没有，"
        # "I follow diffusion model research closely": what stands between (both words: skip the pass without them;
        # "work closely with" alone is in most postings)
        for m in _FOLLOW.finditer(text) if "closely" in text and "follow" in text else ():
            if _PRACTICE.search(m.group(1)):
                continue  # "I follow the Kafka runbook closely": a way of working, not a field
            out.append(_Cue("wants", m.start(), m.end(), "within", (m.start(1), m.end(1)), kind="interest"))
        for m in _FIND_COOL.finditer(text) if _finds_cool(text) else ():
            out.append(_Cue("wants", m.start(), m.end(), "within", (m.start(1), m.end(1)), kind="interest"))
        for m in _NOT_THIS.finditer(text) if "not " in text or "no " in text else ():  # "Not Kubernetes though."
            out.append(_Cue("lacks", m.start(), m.end(), "within", m.span("what")))
        for m in _FIND_DULL.finditer(text) if _finds_dull(text) else ():  # "I find Helm charts tedious"
            out.append(_Cue("dislike", m.start(), m.end(), "within", (m.start(1), m.end(1)), kind="dislike"))
        if _tried_or_listed(text):  # "might give Rust a go", "Adding Rust to my learning list"
            for pattern in (_GIVE_A_TRY, _ADDED_TO_LIST):
                for m in pattern.finditer(text):
                    out.append(_Cue("wants", m.start(), m.end(), "within", (m.start(1), m.end(1)), kind="aspire"))
        for m in _INTEREST_IS.finditer(text) if _interest_is(text) else ():  # "My main interest these days is MLOps"
            out.append(_Cue("wants", m.start(), m.end(), "within", m.span("what"), kind="interest"))
        for m in _SOMETHING_I.finditer(text) if _something_i(text) else ():
            lo = self._clause_start(m.start())  # "Graph neural networks are something I find fascinating"
            out.append(_Cue("wants", lo, m.end(), "within", (lo, m.start()), kind="interest"))
        for m in _KEEPING_UP.finditer(text) if "关注" in text else ():
            out.append(_Cue("wants", m.start(), m.end(), "within", m.span("what"), kind="interest"))
        for m in _ENROLLED.finditer(text) if "了" in text else ():  # "报了极客时间的 Kafka 课，还没看"
            out.append(_Cue("wants", m.start(), m.end(), "within", m.span("what"), kind="interest"))
        for m in _STUDYING.finditer(text) if "在" in text else ():  # "目前在看 Kubeflow 的 docs"
            out.append(_Cue("wants", m.start(), m.end(), "within", m.span("what"), kind="interest"))
        for m in _PAPERS.finditer(text) if "论文" in text or "paper" in text else ():
            out.append(_Cue("wants", m.start(), m.end(), "within", m.span("what"), kind="interest"))
        # "Spark 只是听说过", "just read about Kafka": known second-hand only, a lack (as "只听说过", "only heard
        # of" read), not a lowered level
        for m in self.refs.joined.finditer(text):
            out.append(_Cue("lacks", m.start(), m.end(), "both"))
        for start, said in spoken(
            self.speakers, text
        ):  # "架构师说下半年要上 Flink", "our architect keeps pushing Kafka"
            opening = text[self._clause_start(start) : start]
            if not _TO_THEM.search(opening) and (self.opens_clause(opening) or self._by_field(opening)):
                out.append(_Cue("heard_of", start, said.end(), "sentence"))
        out += self._group_apart(hits)  # "我们组用 Kafka，但我做前端": the group's, not the writer's
        for m in _HEARD_SAY.finditer(text):  # "听 team lead 说下个季度要上 Kubernetes"
            if self.opens_clause(text[self._clause_start(m.start()) : m.start()]):
                out.append(_Cue("heard_of", m.start(), m.end(), "sentence"))
        for m in _BY_REPORT.finditer(text) if "据" in text else ():  # "据《晚点》报道，某大厂转向 JAX"
            out.append(_Cue("heard_of", m.start(), m.end(), "sentence"))
        for m in _THEIR_SIDE.finditer(text) if "那" in text else ():  # "客户那边的 IT 说他们只用 Azure"
            out.append(_Cue("heard_of", m.start(), m.end(), "sentence"))
        for m in _CROWD.finditer(text) if _crowded(text) else ():  # "看到很多人推荐 LangChain"
            out.append(_Cue("heard_of", m.start(), m.end(), "sentence"))
        for m in _TASKED.finditer(text) if _tasked(text) else ():  # "老板让我们调研一下向量数据库" (not "…调研了两周")
            rest = text[m.end() : self._clause_end(m.start())]
            if "了" not in rest and "过" not in rest:
                out.append(_Cue("heard_of", m.start(), m.end(), "sentence"))
        return self._feelings_of_others(out)

    def _feelings_of_others(self, cues: list[_Cue]) -> list[_Cue]:
        """A like, a dislike or an interest in a clause that opens with someone else is theirs ("My manager can't
        stand Java", "My colleague is obsessed with Rust", "老板很讨厌 Java"): what it names is heard of. So is a
        Chinese lack with no word of the writer between them and it ("我同事不会 K8s，集群都是我搭的"; not "同事说我不会
        K8s")."""
        theirs = [(self.clause(c.start), c.start, c.end) for c in cues if c.effect == "heard_of" and c.mode == "clause"]
        if not theirs:
            return cues
        return [
            _Cue("heard_of", c.start, c.end, "clause")
            if any(
                clause == self.clause(c.start)
                and at < c.start
                and (
                    c.effect in ("dislike", "like")
                    or c.kind == "interest"
                    or (
                        c.effect == "lacks"
                        and not self.text[c.start : c.end].isascii()
                        and _WRITER.search(self.text, their_end, c.start) is None
                    )
                )
                for clause, at, their_end in theirs
            )
            else c
            for c in cues
        ]

    def _thought(self, hits: Sequence[Hit], i: int) -> bool:
        """Whether a bare "想" is a thought, not a wish: a skill right after it is the subject of what is thought
        ("我想 Kafka 的问题在于…", "我想 Rust 是更好的选择"), where a wish would have its verb ("想学 Kafka")."""
        nxt = hits[i + 1] if i + 1 < len(hits) else None
        return (
            nxt is not None
            and nxt.kind == "skill"
            and not self.text[hits[i].end : nxt.start].strip()
            and _THOUGHT_OF.match(self.text, nxt.end) is not None
        )

    def _given_up(self, h: Hit) -> bool:
        """Whether a later clause of the wish's sentence says it was dropped ("原本打算学 Rust，后来放弃了",
        "原计划学 Flink，后来没学成"); a course not yet started is still wished for ("报了课还没开始")."""
        end = self._clause_end(h.start)
        stop = self._search(_SENTENCE_END, end, len(self.text))
        return (
            end < len(self.text)
            and self._search(self.outcomes.dropped, end, stop.start() if stop else len(self.text)) is not None
        )

    def _their_wish(self, h: Hit) -> bool:
        """Whether a wish word follows someone else closely and is for the writer ("领导希望我负责 Flink",
        "Manager 希望我 own Flink 这块"): their wish, read as what they have the writer do (``own_doing.directed``)."""
        if not self.own.directed.match(self.text, h.start):
            return False
        return any(hi <= h.start and _THEIR_GAP.fullmatch(self.text, hi, h.start) for _, hi in self.others)

    def _answer_to(self, pos: int) -> str | None:
        """How the writer answered a question a hearsay cue says they were asked ("被问到 Kafka 的原理，都答上来了",
        "…，一个都没答上来"), later in its sentence: "lacks", "has" (answered, or asked both ways: the answer's own
        words decide), or None (no answer said: the question is heard of)."""
        end = self._search(_SENTENCE_END, pos, len(self.text))
        hi = end.start() if end is not None else len(self.text)
        if _NOT_ANSWERED.search(self.text, pos, hi):
            return "lacks"
        # (asked both ways, "问我会不会 Spark，我只能说不会": the writer's answer is read as a lack or a claim is)
        return "has" if _ANSWERED.search(self.text, pos, hi) or _BOTH_WAYS.search(self.text, pos, hi) else None

    @cached_property
    def _none_without(self) -> list[tuple[int, int]]:
        """Where a double negation says every one of something has the skill ("没有一个项目不用 Git", "没有哪个服务
        不上 Docker"): the two negators, up to the verb."""
        text = self.text
        out = [m.span() for m in _NONE_WITHOUT.finditer(text)] if "没" in text else []
        # "I never deploy without running our tests", "can't imagine working without Docker": read back from each
        # "without" (a few in a posting), not over the whole text
        at = text.find("without")
        while at >= 0:
            if (m := _NEVER_WITHOUT.search(text, max(0, at - _WITHOUT_BACK), at + 7)) is not None:
                out.append(m.span())
            at = text.find("without", at + 7)
        return out

    def _if_clause(self, at: int) -> bool:
        """Whether ``at`` stands in a condition that opens its sentence, with "if" (or "should"), and the sentence goes
        on after its clause: a condition put to the reader, not the writer's statement ("If working on Kafka at scale
        sounds exciting, we'd love to hear from you", "If building a high-impact, innovative product in data
        engineering sounds exciting, apply"; not the last clause after it: "If I'm honest, I'm fascinated by Rust")."""
        i = self.sentence(at)
        lo = self.sentences[i - 1] + 1 if i else 0
        if _IF_OPEN.match(self.text, lo, at) is None:
            return False
        hi = self.sentences[i] if i < len(self.sentences) else len(self.text)
        return self.clause(at) != self.clause(max(at, hi - 1))

    def _bare_interest(self, h: Hit) -> bool:
        """Whether an interest names no object of its own before it in its clause, or only a pronoun ("Rust 完全不会，
        不过挺感兴趣的", "没写过 Go，对它挺好奇的"; not "对请求的内部链路充满好奇")."""
        return _INTEREST_OPEN.fullmatch(self.text, self._clause_start(h.start), h.start) is not None

    def _wish_over(self, h: Hit) -> str | None:
        """What became of a wish said in the past (a word of the past close before it, or in it: "本来想学 Rust",
        "Kotlin was on my list", "I always meant to learn Scala"), said later in its sentence or opening the next one
        after a semicolon or a full stop: ``lacks`` where it came to nothing ("，后来一直没时间", ", never got to it",
        "but it never happened") and no other wish follows; ``has`` where a clause says at last the work was done and
        names no other skill, or points back to it ("; finally shipped a service in it", "，去年终于用它搭了消息
        队列"); else ``None``: the wish stands ("wanted to learn Rust", "Kotlin is still on my list; haven't gotten to
        it yet")."""
        text, words = self.text, self.outcomes
        lo = max(self._clause_start(h.start), h.start - _PAST_BEFORE)
        if words.past.search(text, lo, h.end) is None:
            return None
        sentence = self.sentence(h.start)
        hi = self.sentences[sentence] if sentence < len(self.sentences) else len(text)
        if hi < len(text) and text[hi] in _GOES_ON:  # or the next sentence ("I meant to learn Scala. Never did.")
            hi = self.sentences[sentence + 1] if sentence + 1 < len(self.sentences) else len(text)
        unmet = self._search(words.unmet, h.end, hi)
        if unmet is not None:
            at = self.sentence(unmet.start())
            end = self.sentences[at] if at < len(self.sentences) else len(text)
            later = bisect_left(self.wishes, unmet.end())
            if later < len(self.wishes) and self.wishes[later] < end:
                return None  # "本来想学 Rust，一直没时间，今年打算开始": the wish stands again
            return "lacks"
        met = self._search(words.met, h.end, hi)
        while met is not None:
            lo, end = self._clause_start(met.start()), self._clause_end(met.start())
            done = words.done.search(text, max(lo, h.end), end)
            if done is not None and words.instead.search(text, max(lo, h.end), end) is None:
                pointed = self.own.pronoun.search(text, max(lo, h.end), end) is not None
                first = bisect_left(self.skill_starts, max(lo, h.end))
                if pointed or not (first < len(self.skill_starts) and self.skill_starts[first] < end):
                    return "has"
            met = self._search(words.met, end, hi) if end < hi else None
        return None

    def _group_apart(self, hits: Sequence[Hit]) -> list[_Cue]:
        """A group the writer may be part of that uses a skill, in a clause the next one (or a contrast in it) sets the
        writer apart from ("My team uses Kafka but I'm on the frontend", "our data team runs Airflow; I just consume
        the tables", "数据组在跑 Airflow，我只是用表"): what it names is heard of. Not when the writer's clause points
        back to it or says work was done ("…, I just maintain it", "…, I just built the whole setup"): theirs too.
        Found from the writer's words (a clause's opening, a contrast word), then the group at the clause's opening."""
        text, out = self.text, list[_Cue]()
        if not writer_in(text):
            return out  # every word that sets the writer apart holds "i" or "我"
        found: list[tuple[int, re.Match[str]]] = []
        firsts, n = self.own.apart_firsts, len(text)
        for c in self.clauses:  # the writer set apart in the next clause: "…; I just consume the tables"
            k = c + 2 if c + 2 < n and text[c + 1] == " " else c + 1
            if k < n and text[k] in firsts and (a := self.own.apart.match(text, c + 1)) is not None:
                found.append((self.clause(c), a))
        for w in _CONTRAST_STARTS:  # a contrast in the group's own clause: "… but I'm on the frontend"
            i = text.find(w)
            while i >= 0:
                if (a := self.own.apart.match(text, i)) is not None:
                    found.append((self.clause(i) + 1, a))
                i = text.find(w, i + 1)
        for nxt, apart in found:
            clause = nxt - 1
            lo = self.clauses[clause - 1] + 1 if clause > 0 else 0
            hi = min(apart.start(), self.clauses[clause] if clause < len(self.clauses) else len(text))
            m = self.own.group.search(text, lo, min(hi, lo + _GROUP_OPENING))
            if m is None or not self.opens_clause(text[lo : m.start()]) or (m.start(), m.end()) in self.set_apart:
                continue
            own = _POINTED_OR_DONE.search(text, apart.end(), self._clause_end(apart.end()))
            # (a pronoun after a skill of the writer's own is that one's: "I just maintain the FastAPI app around it")
            if own is not None and not any(h.kind == "skill" and apart.end() <= h.start < own.start() for h in hits):
                continue  # "…, I just maintain it", "…, I just built the whole setup": the writer's too
            out.append(_Cue("heard_of", m.start(), m.end(), "clause"))
            self.set_apart.add((m.start(), m.end()))
        return out

    def _by_field(self, opening: str) -> bool:
        """Whether a clause's opening names the others by their field, after a determiner ("我们的算法同学",
        "我们 team 的 infra 同学", "our ML folks", "the data science guys"): a few nouns, no verb, no "and"."""
        m = self.own.determiner.match(opening)
        return m is not None and _FIELD.fullmatch(opening, m.end()) is not None

    def _with_writer(self, h: Hit) -> bool:
        """Whether someone else is named with the writer who does it ("同事和我一起…", "My colleague and I trained…"),
        or has the writer do what is then done ("领导让我用 Kafka 搭了集群", "had me build"); a task not yet done
        ("老板让我调研一下") stays theirs."""
        if (w := self.own.with_me.match(self.text, h.end)) is not None:
            # (not when they say it to the writer: "一位前辈跟我说 Go 很适合写中间件")
            return _SAYING_NEXT.match(self.text, w.end()) is None
        m = self.own.directed.match(self.text, h.end)
        if m is None:
            return False
        rest = self.text[m.end() : self._clause_end(h.start)]
        if m.group().isascii() or "了" in rest or "过" in rest:
            return True
        # a later clause of the sentence says it is done ("领导希望我负责 Flink 的维护，这块我已经做了半年")
        end = _SENTENCE_END.search(self.text, m.end())
        later = self.text[self._clause_end(h.start) : end.start() if end is not None else len(self.text)]
        return "已经" in later or _DONE_VERB.search(later) is not None

    def _fed_up(self, h: Hit, hits: Sequence[Hit]) -> bool:
        """Whether a dislike word ends its clause ("真的写吐了", "but it's mind-numbing and I'm trying to
        move on"): it speaks of what was done before it, and reads back like what was forgotten."""
        end = self._clause_end(h.start)
        # a character no tail word holds, outside the dislike words, ends it at once (a long run-on clause is not
        # copied and read for each dislike word in it)
        bad = _NOT_TAIL.search(self.text, h.end, end)
        while bad is not None:
            at = bad.start()
            lo, hi = bisect_left(self.dislike_starts, h.end), bisect_right(self.dislike_starts, at)
            covers = [e for _, e in self.dislikes[lo:hi] if at < e <= end]  # the dislike words it stands in
            if not covers:
                return False
            bad = _NOT_TAIL.search(self.text, max(covers), end)
        tail = list(self.text[h.end : end])
        for o in hits:
            if o.kind == "dislike" and h.end <= o.start and o.end <= end:
                tail[o.start - h.end : o.end - h.end] = " " * (o.end - o.start)
        return _FED_UP_TAIL.fullmatch("".join(tail)) is not None

    def _subordinate(self, cue: _Cue) -> bool:
        """Whether a cue stands in a clause that only sets a time or a condition for the next one
        ("听闻用户反馈后，用 Redis 做了缓存", "After I read about Ray, I rewrote the scheduler in Go")."""
        lo, hi = self._clause_start(cue.start), self._clause_end(cue.start)
        if hi >= len(self.text) or self.text[hi] not in ",，":
            return False  # the last clause of its sentence
        return bool(_SUBORDINATE_END.search(self.text, cue.end, hi) or _SUBORDINATE_OPEN.match(self.text, lo))

    def _said_of_others(self, cue: _Cue) -> bool:
        """Whether a negation describes other people, not the writer: it stands in a clause that
        qualifies them ("给不懂 Python 的同事做培训", "trained interns who knew nothing about Docker"); or
        a moment that is over ("junior 不熟 Git 的时候", "I had never used Terraform before this job")."""
        end = self._clause_end(cue.start)
        when = self.text.find("的时", cue.end, min(end, cue.end + _OF_REACH))
        if when >= 0 and _WHEN.match(self.text, when):
            return True  # "junior 不熟 Git 的时候都找我帮忙": a moment, not what the writer lacks
        if _HAD.search(self.text, max(0, cue.start - 8), cue.start) and _UNTIL.search(self.text, cue.end, end):
            return True  # "I had never used Terraform before this job": a lack that ended
        if not self.others:
            return False
        for lo, hi in self.others:
            if cue.end <= lo < min(end, cue.end + _OF_REACH) and self.text[cue.end : lo].rstrip().endswith("的"):
                return True  # "不懂 Python 的同事": the negation, its object, 的, then who they are
            same_clause = hi <= cue.start and self.clause(hi) == self.clause(cue.start)
            if same_clause and _WHO.fullmatch(self.text, hi, cue.start):
                return True  # "interns who knew nothing about": who they are, then who or that
        return False

    def _predicate(self, hits: Sequence[Hit], i: int) -> tuple[int, int] | None:
        """Where the word for knowing or doing that completes the negator ``hits[i]`` stands ("没…写过",
        "not familiar"): later in its clause, within ``negation_gap`` characters besides skills."""
        neg = hits[i]
        clause_end = self._list_end(neg.start)
        if not neg.form.isascii():
            # "没加班也把 Flink 任务跑通了", "没几天就把 Redis 搞懂了": 也 or 就 opens the next verb, which is done
            for adverb in _NEXT_VERB:
                at = self.text.find(adverb, neg.end, clause_end)
                if at >= 0:
                    clause_end = at
        pos, budget = neg.end, self.negation_gap
        for h in hits[i + 1 :]:
            if h.start >= clause_end or budget < 0:
                break
            if h.start < pos:
                continue
            # a mention may be the word itself: "never deployed a model" (model serving, by "deployed")
            own = h.kind in ("skill", "ctx")
            free = self._modifiers(pos, h.start)  # "no production-grade Kafka experience": only the rest counts
            found = self._predicate_in(pos, min(h.start + own, pos + budget + free + 1), clause_end)
            if found is not None:
                return found
            budget -= h.start - pos - free
            if h.kind in ("skill", "ctx"):
                pos = h.end
            elif h.kind == "prof":  # "no hands-on experience", "不熟练"
                return (h.start, h.end) if budget >= 0 else None
            elif h.kind == "break" and pos == neg.end and self._modifiers(pos, h.end) >= h.end - pos - 1 > 0:
                pos = h.end  # "Haven't yet had exposure to Kafka": a word of time among the negation's modifiers
            elif h.kind in _STOPPING and h.kind != "limiter":  # "没有一点 Go 的经验": not even a bit
                return None
            else:
                pos = h.start
        if budget < 0:
            return None
        free = self._modifiers(pos, min(clause_end, pos + budget + _MODIFIER_REACH))
        return self._predicate_in(pos, min(clause_end, pos + budget + free + 1), clause_end)

    def _list_end(self, pos: int) -> int:
        """Where the clause at ``pos`` ends, over the commas of a list of skills it holds ("I don't have Kubernetes,
        Docker or CI/CD experience": the negator's word of experience stands after the list)."""
        text, end = self.text, self._clause_end(pos)
        while end < len(text) and text[end] == ",":
            j = bisect_left(self.skill_starts, end)
            if j == 0 or j >= len(self.skill_starts) or self.skill_starts[j - 1] < pos:
                break
            before, after = self.skill_ends[j - 1], self.skill_starts[j]
            if text[before:end].strip() or not self._listed(before, after):
                break  # the comma ends something else than a skill, or what follows is not the list's next
            end = self._clause_end(end + 1)
        return end

    def _modifiers(self, lo: int, hi: int) -> int:
        """How many characters of ``text[lo:hi]`` are words of kind or degree that a negation's gap does not count
        ("production-grade ", "any serious ", "真正上线的"): those in a row from ``lo``, after its spaces."""
        pos = lo
        while pos < hi and self.text[pos] == " ":
            pos += 1
        start = pos
        while pos < hi and (m := self.refs.modifier.match(self.text, pos, hi)) is not None and m.end() > pos:
            pos = m.end()
        return pos - start

    def _predicate_in(self, lo: int, starts_before: int, end: int) -> tuple[int, int] | None:
        """The first word for knowing or doing that starts in ``[lo, starts_before)`` (and ends by ``end``)."""
        # a match that starts in time ends within the longest word (and one character its boundary reads):
        # no search runs on to the clause's end (a run of negators would make that quadratic)
        for m in self.predicates.finditer(self.text, lo, min(end, starts_before + self.predicate_longest + 1)):
            if m.start() >= starts_before:
                return None
            j = bisect_right(self.blocked_starts, m.start()) - 1
            if j >= 0 and self.blocked[j][1] > m.start():
                continue  # inside a word that holds it but is no cue ("不限于")
            near = self.predicate_blockers.finditer(
                self.text, max(0, m.start() - self.blocker_reach), m.end() + self.blocker_reach
            )
            if any(b.start() <= m.start() < b.end() for b in near):
                continue  # "机会", "应用"
            return m.start(), m.end()
        return None

    def _clause_end(self, pos: int) -> int:
        i = bisect_right(self.clauses, pos)
        return self.clauses[i] if i < len(self.clauses) else len(self.text)

    def _heading(self, h: Hit) -> bool:
        return heading_at(self.text, h.start, h.end)

    def _line_end(self, pos: int) -> int:
        end = self.text.find("\n", pos)
        return len(self.text) if end == -1 else end

    def _clause_start(self, pos: int) -> int:
        i = bisect_right(self.clauses, pos) - 1
        return self.clauses[i] + 1 if i >= 0 else 0

    def _quotes(self, pairs: Iterable[str]) -> list[tuple[int, int]]:
        spans: list[tuple[int, int]] = []
        for pair in pairs:
            if len(pair) != 2:
                continue
            opening, closing = pair[0], pair[1]
            for m in re.finditer(rf"{re.escape(opening)}([^{re.escape(closing)}\n]*){re.escape(closing)}", self.text):
                spans.append((m.start(1), m.end(1)))
        return sorted(spans)

    # ------------------------------------------------------------------ reach

    def _forward(self, cue: _Cue, items: list[Item], starts: list[int], *, whole_sentence: bool) -> list[Item]:
        """The items a cue reaches after it: the first in its clause (or sentence), then the list it opens."""
        out: list[Item] = []
        sentence = self.sentence(cue.end - 1)
        clause = self.clause(cue.end - 1)
        edge = cue.end
        sub = whole_sentence and (cue.effect == "heard_of" or cue.kind == "interest") and self._subordinate(cue)
        heard = bisect_left(self.heard_starts, cue.end) if cue.effect == "heard_of" else 0
        theirs_clause = cue.effect == "heard_of" and cue.mode == "clause"  # someone else's clause
        for it in items[bisect_left(starts, cue.end) :]:
            if self.sentence(it.start) != sentence or self._stopped(edge, it.start, cue):
                break
            if cue.effect == "heard_of" and bisect_left(self.heard_starts, it.start) - heard > _HEARD_PAST:
                break  # a run-on of hearsay ("heard of Rust and heard of Go and …"): each word speaks for its part
            if sub and self.clause(it.start) != clause:
                break  # "听闻用户反馈后，用 Redis 做了缓存": the time clause ends it
            if cue.effect == "heard_of" and self.own_starts and self._own_between(cue, edge, it.start):
                break  # "听 colleague 推荐了 Ray，后来我们用 Ray 重写了调度": the writer's own doing
            if cue.effect == "heard_of" and self._said_of_writer(cue, it):
                break  # "同事说我精通 Kafka": what they say is the writer's skill
            if theirs_clause and _THE_WRITERS.search(self.text, edge, it.start):
                break  # "Seniors on my team review my Scala code": what is the writer's own
            if theirs_clause and _WRITER_SUBJECT_EN.search(self.text, edge, it.start):
                break  # "Interns struggled until I fixed Kafka": the writer as a subject ends their clause (not 我,
                # as often an object in Chinese: "朋友让我学 Rust")
            if cue.kind in ("aspire", "interest") and self._done(it, clause, cue):
                break  # "计划用 Kafka 重构了消息系统", "想转 Go，做过三年 Java": work done, not wished for
            if cue.kind == "aspire" and self.clause(it.start) == clause and _KEPT_ON.search(self.text, edge, it.start):
                break  # "希望继续用 Python": what the wish goes on with is had
            if cue.kind in ("aspire", "interest") and (
                _OWN_DOING.search(self.text, edge, it.start) or _YEARS_OF.search(self.text, edge, it.start)
            ):
                break  # "I want to learn Flink, and I work with Kafka daily": the writer's own doing, had
            if cue.kind in ("aspire", "interest") and self._joined_doing(cue, edge, it.start):
                break  # "I'm fascinated by Kafka and have run it for years", "curious about Rust and write Go daily"
            if cue.kind == "aspire" and self._had_in_wish(cue, it):
                edge = it.end  # "My plan: migrate our Kafka cluster", "transition into ML from backend work in Java"
                continue
            theirs = theirs_clause and self._theirs_on(cue, it)
            if not out:
                if (
                    not whole_sentence
                    and self.clause(it.start) != clause
                    and not self._examples(cue, it, items)
                    and not theirs
                ):
                    break
            elif (
                not whole_sentence
                and not self._listed(edge, it.start)
                and not self._tool_of(cue, edge, it.start)
                and not theirs
            ):
                break
            elif self._claimed(it):
                break  # "不会 Rust, Go 很熟": the item has its own claim, a clause of its own
            out.append(it)
            edge = it.end
        return out

    def _joined_doing(self, cue: _Cue, lo: int, hi: int) -> bool:
        """Whether a second predicate of the writer's, its subject left out, stands in ``[lo, hi)`` after a wish or
        an interest (:data:`_JOINED_DONE`, :data:`_JOINED_DOING`)."""
        if " and " not in self.text[lo:hi] and " but " not in self.text[lo:hi]:
            return False
        if _JOINED_DONE.search(self.text, lo, hi):
            return True
        return cue.kind == "interest" and _JOINED_DOING.search(self.text, lo, hi) is not None

    def _their_habit(self, cue: _Cue, at: int) -> bool:
        """Whether the stop at ``at`` is the word of habit that opens the clause right after someone else's
        ("师兄搞 NLP，平时用 PyTorch")."""
        clause = self.clause(cue.start)
        if self.clause(at) != clause + 1 or self._subordinate(cue):
            return False
        end = self.clauses[clause]
        m = _THEIR_NEXT.match(self.text, end + 1) if self.text[end] in ",，" else None
        return m is not None and at < m.end()

    def _theirs_on(self, cue: _Cue, it: Item) -> bool:
        """Whether an item after someone else's clause is still theirs: later in that clause ("我老婆做数据分析天天用
        pandas"), or in the next clause when it opens with their pronoun or a word of habit and no subject of its own
        ("师兄搞 NLP，平时用 PyTorch", "室友是前端，她每天写 Vue")."""
        clause, at = self.clause(cue.start), self.clause(it.start)
        if at == clause:  # (up to the writer as a subject: "My colleague uses Docker while I write Terraform")
            return _WRITER_SUBJECT.search(self.text, cue.end, it.start) is None
        if at != clause + 1 or self._subordinate(cue):  # (not after a time: "同事离职后，天天维护 Kafka")
            return False
        end = self.clauses[clause]  # the mark that ends their clause (the sentence goes on: see _forward)
        return self.text[end] in ",，" and _THEIR_NEXT.match(self.text, end + 1) is not None

    def _examples(self, cue: _Cue, it: Item, items: list[Item]) -> bool:
        """Whether a lack that ends its clause is followed by a clause that only lists what it lacks, opened by a word
        of example ("别的都不会，比如 Go 和 Rust", "除了 Python 别的都不会, like Go and Rust"): the lack reaches it."""
        clause = self.clause(cue.end - 1)
        if cue.effect != "lacks" or self.clause(it.start) != clause + 1 or clause + 1 in self.exceptions:
            return False
        if not _BARE_TAIL.fullmatch(self.text, cue.end, self._clause_end(cue.start)):
            return False
        before, tail = self._gaps(clause + 1, items)
        return (
            bool(before)
            and self.list_opener(before[0].strip())
            and all(self.enumeration(r) for r in [*before[1:], tail])
        )

    def _asked_of(self, last: Item, cue: _Cue) -> bool:
        """Whether the skill is asked of as a topic in the sentence right before the cue's, the question ending with
        it ("Manual testing? Done it, hated it.", "Kafka? Never touched it."), or named alone there ("Kubernetes.
        Never touched it.")."""
        i = self.sentence(last.start)
        if self.sentence(cue.start) != i + 1 or i >= len(self.sentences):
            return False
        mark = self.sentences[i]
        if self.text[last.end : mark].strip():
            return False
        if self.text[mark] in "?？":
            return True
        # or named alone, as its own sentence or line: "Kubernetes. Never touched it.", "- Kubernetes\n  never used it"
        start = self.sentences[i - 1] + 1 if i > 0 else 0
        return self.text[mark] in ".\n" and _LINE_OPEN.fullmatch(self.text, start, last.start) is not None

    def _done_to_me(self, cue: _Cue) -> bool:
        """Whether a dislike says what something did to the writer ("burned me out", "made me hate")."""
        return bool(
            _DONE_TO_ME.search(self.text, cue.start, cue.end)
            or _ME_BEFORE.search(self.text, max(0, cue.start - 4), cue.start)
        )

    def _said_after(self, cue: _Cue, items: list[Item]) -> list[tuple[Item, int]]:
        """What a dislike that is a sentence of its own speaks of ("Data labeling was my first job. Never again lol.",
        "Three years of PHP. Never again!"): the items of the sentence right before it, close before it."""
        i = self.sentence(cue.start)
        if i == 0:
            return []
        lo = self.sentences[i - 1] + 1
        hi = self.sentences[i] if i < len(self.sentences) else len(self.text)
        if not (_ALONE.fullmatch(self.text, lo, cue.start) and _ALONE.fullmatch(self.text, cue.end, hi)):
            return []
        before = self.sentences[i - 2] + 1 if i > 1 else 0
        return [
            (it, cue.start - it.end)
            for it in items
            if before <= it.start and it.end <= lo and cue.start - it.end <= _SAID_AFTER
        ]

    def _had_in_wish(self, cue: _Cue, it: Item) -> bool:
        """Whether a wish names the item as the writer's own ("migrate our Kafka cluster", "improve my Rust") or as
        where a move starts ("switch from Java to Go": Java), in the item's clause: had, not wished for."""
        text, lo = self.text, max(cue.end, self._clause_start(it.start))
        if _OURS.search(text, max(lo, it.start - 8), it.start) or _MY_YEARS.search(
            text, max(lo, it.start - 40), it.start
        ):
            return True
        start = text.rfind("from", lo, it.start)
        return start >= 0 and _FROM.match(text, start) is not None and _MOVE_TO.search(text, start, it.start) is None

    def _tool_of(self, cue: _Cue, edge: int, start: int) -> bool:
        """Whether a dislike's first object is done with the next item ("sick of writing CRUD in Spring", "tired of
        writing tests with pytest"): the tool of what is disliked is disliked with it."""
        return (
            cue.effect == "dislike"
            and self.clause(start) == self.clause(cue.start)
            and _TOOL_OF.fullmatch(self.text, edge, start) is not None
        )

    def _claimed(self, it: Item) -> bool:
        """Whether a proficiency word follows ``it`` closely in its clause, only space or an adverb
        between ("Go 很熟", "Go 倒是很熟练", "Go I know well" is left alone)."""
        i = bisect_left(self.prof_starts, it.end)
        if i == len(self.prof_starts):
            return False
        at = self.prof_starts[i]
        return self.clause(at) == self.clause(it.start) and _CLAIM_GAP.fullmatch(self.text, it.end, at) is not None

    def _done(self, it: Item, clause: int, cue: _Cue) -> bool:
        """Whether what a wish or an interest reaches is work already done: in the wish's own clause, a verb of
        done work after the item ("计划用 Kafka 重构了消息系统") or a next clause that says it is done ("之前打算用
        Redis 做缓存，已经上线了"); in a later clause, anywhere in it ("想转 Go，做过三年 Java")."""
        own = self.clause(it.start)
        end = self._clause_end(it.start)
        if own != clause:
            return self._search(_DONE_LATER, self._clause_start(it.start), end) is not None
        if self._search(_ALREADY, it.end, end):
            return True
        after = self._search(_DONE_VERB, it.end, end)  # the verb of the skill: close after it, not past 的 or 是
        if after and after.start() - it.end <= _DONE_GAP and not _NOUN_TAIL.search(self.text, it.end, after.start()):
            return True
        done = self._search(_DONE_VERB, cue.end, end)  # "计划完成了 Kafka 的迁移" (not "想学了很久的 Rust")
        if done and cue.end < done.start() < it.start:
            return True
        return end < len(self.text) and self.text[end] in ",，" and _DONE_NEXT.match(self.text, end + 1) is not None

    def _own_before(self, it: Item) -> bool:
        """Whether the clause of ``it`` opens with the writer's own doing before it ("I build Kafka pipelines, and
        Flink intrigues me"): a list a wish or an interest reads back to does not reach into it."""
        return _OWN_OPENING.search(self.text, self._clause_start(it.start), it.start) is not None

    def _back(self, cue: _Cue, items: list[Item], starts: list[int]) -> list[Item]:
        """The list a cue with nothing after it reads back to, when it stands close before the cue."""
        i = bisect_left(starts, cue.start) - 1
        while i >= 0 and items[i].end > cue.start:
            i -= 1
        if i < 0:
            return []
        last = items[i]
        bridge = self.text[last.end : cue.start]
        past = cue.mode == "past"  # what was had once: over a contrast word and into the clause before
        claim = cue.mode == "claim"  # "CUDA, which I already use": into the clause before, as a relative clause is
        both_ways = self._answers_both_ways(last.start, cue)  # "问我会不会 Spark，我只能说不会"
        answer = both_ways or self._answers(last.start, cue)  # "Do I know Terraform? Not at all."
        others_me = self._others_then_me(last, cue)  # "我老公会 Python，我不会"
        gap = self.clause(cue.start) - self.clause(last.start)
        bare = gap == 1 and self._bare_lack(cue, items)  # "Flink 看过几篇博客，没上手": over the clause's own claim
        if (
            len(bridge.strip()) > self.cue_back * (2 if past or bare else 1)
            or (self.sentence(last.start) != self.sentence(cue.start) and not answer)
            or (self._stopped(last.end, cue.start, cue, lenient=bare) and not both_ways and not others_me)
        ):
            return []
        if (
            gap
            and not answer
            and not others_me
            and not ((past or claim) and gap == 1)
            and not (gap == 1 and cue.effect == "lacks" and _WHICH_I.fullmatch(bridge))  # "Kafka, which I never used"
            and not self._bare_list(self.clause(last.start), items)
            and not (gap == 1 and self._topic_only(self.clause(last.start), items))
            and not bare
        ):
            return []
        if self._excepted(([last, *self._listed_before(items, i)])[-1].start) or _SAVE_AFTER.match(self.text, last.end):
            # "除了 Java 都不会", "除了 Kafka 和 Flink 以外都没用过", "Java 以外的语言都不会": kept apart, had
            return []
        out = [last]
        if cue.effect == "limiter" and "(" in bridge:
            return out  # "Java / C++ / CUDA（能看懂 kernel）": a limit in brackets is the last item's alone
        while i > 0:
            prev = items[i - 1]
            if (
                self.sentence(prev.start) != self.sentence(last.start)
                or self.clause(prev.start) in self.exceptions
                or self._stopped(prev.end, items[i].start, cue)
                or not self._listed(prev.end, items[i].start)
                or (cue.effect == "wants" and self._own_before(prev))
            ):
                break
            out.append(prev)
            i -= 1
        if cue.effect == "lacks" and len(out) > 1 and self._claimed_list(out):
            return out[:1]  # "Comfortable with PyTorch, JAX not yet": the claim before the list holds its head
        return out

    def _claimed_list(self, out: list[Item]) -> bool:
        """Whether a list read back to by a lack opens with a proficiency word and its last two items stand
        apart by a mark only ("Comfortable with PyTorch, JAX not yet", "熟悉 Python、Go 不熟"): the lack is the last
        item's, said against the claim. Not with a joiner ("Spark and Flink not required": both)."""
        head = out[-1]
        j = bisect_right(self.prof_starts, head.start) - 1
        if j < 0:
            return False
        start = self.prof_starts[j]
        end = self.prof_ends[start]
        gap = self.text[end : head.start].strip()  # "Strong in Python, Go no."
        if end > head.start or gap not in _PROF_LINKS or self.clause(start) != self.clause(head.start):
            return False
        return self.text[out[1].end : out[0].start].strip() in _MARKS

    def _others_then_me(self, last: Item, cue: _Cue) -> bool:
        """Whether a lack that ends its clause is the writer's, said right after a clause of someone else's having
        the skill ("我老公会 Python，我不会", "公司用的是 Spark，不过我没接触过"): it reads back to that clause."""
        if cue.effect != "lacks" or self.clause(cue.start) != self.clause(last.start) + 1:
            return False
        if self.sentence(cue.start) != self.sentence(last.start):
            return False
        clause = self.clause(last.start)
        if self._heard_by_clause is None:  # the ends of the words of someone else's having, by clause (once)
            self._heard_by_clause = {}
            for c in self.cues:
                if c.effect == "heard_of" and c.mode == "clause":
                    self._heard_by_clause.setdefault(self.clause(c.start), []).append(c.end)
        if not any(end <= last.start for end in self._heard_by_clause.get(clause, ())):
            return False
        lo = self._clause_start(cue.start)
        m = self.own.opening.match(self.text, lo)
        if m is None or m.end() > cue.start or not _MANNER.fullmatch(self.text, m.end(), cue.start):
            return False
        return _BARE_TAIL.fullmatch(self.text, cue.end, self._clause_end(cue.start)) is not None

    def _excepted(self, pos: int) -> bool:
        """Whether an exception word ("除了", "except") stands right before ``pos``, in its clause."""
        j = bisect_right(self.exception_ends, pos) - 1
        if j < 0:
            return False
        end = self.exception_ends[j]
        return not self.text[end:pos].strip() and self.clause(end) == self.clause(pos)

    def _answers(self, pos: int, cue: _Cue) -> bool:
        """Whether ``cue`` opens the answer to a question asked just before it, in the sentence of
        ``pos`` ("Do I know Terraform? Not at all.", "Kafka 会吗？完全不会。")."""
        asked = self.sentence(pos)
        if self.sentence(cue.start) != asked + 1:
            return False
        mark = self.sentences[asked]  # the question mark that ends the question
        return self.text[mark] == "?" and _ANSWER_OPEN.fullmatch(self.text, mark + 1, cue.start) is not None

    def _answers_both_ways(self, pos: int, cue: _Cue) -> bool:
        """Whether ``cue`` ends the clause right after one that asks both ways, in the sentence of ``pos``
        ("面试官问我会不会 Spark，我只能老实说不会。")."""
        asked = self.clause(pos)
        if self.clause(cue.start) != asked + 1 or self.sentence(cue.start) != self.sentence(pos):
            return False
        lo = self.clauses[asked - 1] + 1 if asked > 0 else 0
        if not _BOTH_WAYS.search(self.text, lo, self._clause_end(pos)):
            return False
        return _BARE_TAIL.fullmatch(self.text, cue.end, self._clause_end(cue.start)) is not None

    def _gaps(self, clause: int, items: list[Item]) -> tuple[list[str], str]:
        """The text of a clause around its items: what stands before each of them, and what follows the last."""
        lo = self.clauses[clause - 1] + 1 if clause > 0 else 0
        hi = self.clauses[clause] if clause < len(self.clauses) else len(self.text)
        before, edge = [], lo
        first = bisect_left(items, lo, key=_start)  # (items in order: the clause's own, not every item of the text)
        for it in items[first : bisect_left(items, hi, key=_start)]:
            if lo <= it.start < hi:
                before.append(self.text[edge : it.start])
                edge = it.end
        return before, self.text[edge:hi]

    def _bare_list(self, clause: int, items: list[Item]) -> bool:
        """Whether a clause holds nothing but a list of items ("微积分、线性代数、概率论，…")."""
        if clause in self.exceptions:
            return False
        before, tail = self._gaps(clause, items)
        if before and self.list_opener(before[0].strip()):
            before[0] = ""  # "不论 JAX 或者 TensorFlow，…": the list of alternatives it opens
        rest = [*before, tail]
        return len(rest) > 2 and all(self.enumeration(r) for r in rest)  # two items at least

    def _topic_only(self, clause: int, items: list[Item]) -> bool:
        """Whether a clause only names its topic, a skill or a list and a topic word ("Rust 的话，never touched",
        "CUDA 这块，完全 zero"), or a word that opens a topic and a skill or a list ("至于 Verilog，我是门外汉",
        "Regarding Kafka, no experience"): what the next clause says of it reads back to it."""
        if clause in self.exceptions:
            return False
        before, tail = self._gaps(clause, items)
        if not before:
            return False
        opened, tail = before[0].strip(), tail.strip()
        if opened and not self.topic_opener(opened):
            return False
        if not self.topic(tail) and not (opened and not tail):
            return False
        return all(self.enumeration(r) for r in before[1:])

    def _bare_lack(self, cue: _Cue, items: list[Item]) -> bool:
        """Whether a lack (or a limit) is the whole of its clause and the clause before opens with the skill (or list)
        it speaks of ("SQL 写得稀烂，基本不会", "Flink, heard of it, never used it", "Python 写过点小脚本，谈不上精通"):
        it reads back to it."""
        if cue.effect not in ("lacks", "limiter") or self.clause(cue.start) == 0:
            return False
        clause = self.clause(cue.start)
        if not _LACK_OPEN.fullmatch(self.text, self._clause_start(cue.start), cue.start):
            return False
        end = self._clause_end(cue.start)
        tail = self._limits_run(cue, end) if cue.effect == "limiter" else cue.end
        if not _BARE_TAIL.fullmatch(self.text, tail, end) and not self.refs.pronoun.match(self.text, cue.end):
            return False  # (or a pronoun that points back: "TensorFlow, tried once, gave up on it")
        if clause - 1 in self.exceptions:
            return False
        before, _ = self._gaps(clause - 1, items)
        return (
            bool(before)
            and _TOPIC_OPEN.fullmatch(before[0]) is not None
            and all(self.enumeration(r) for r in before[1:])
        )

    def _limits_run(self, cue: _Cue, end: int) -> int:
        """Where the run of limits that opens with ``cue`` ends, each the next with only spaces between, before
        ``end`` ("Vue, only at a tutorial level": one limit of two cues, the whole of its clause)."""
        tail = cue.end
        for c in self.cues:
            if c.effect == "limiter" and tail <= c.start and c.end <= end and not self.text[tail : c.start].strip():
                tail = c.end
        return tail

    def _listed_before(self, items: list[Item], i: int) -> list[Item]:
        """The items of the list that ends with ``items[i]``, before it, nearest first ("Docker, Kubernetes: none")."""
        out = []
        while i > 0 and self._listed(items[i - 1].end, items[i].start):
            i -= 1
            out.append(items[i])
        return out

    def _line_done(self, it: Item, lo: int) -> bool:
        """Whether the line of ``it``, under a label (below ``lo``), opens with work done before it ("- Shipped Docker
        images to production"): the writer's claim, whatever the label above says."""
        if it.start <= lo:
            return False
        line_start = self.text.rfind("\n", 0, it.start) + 1
        return line_start > lo and _LINE_DONE.match(self.text, line_start, it.start) is not None

    def _heading_reach(self, cue: _Cue) -> tuple[int, int]:
        line_end = self._line_end(cue.end)
        rest = self.text[cue.end : line_end]
        if rest.strip(" \t:：*_") and not rest.rstrip().endswith(":"):
            # "兴趣方向：扩散模型、强化学习", to the end of its first sentence ("Goal: 99.9% uptime. Achieved it on
            # our Kafka cluster": what follows the full stop is said apart)
            # or to the next heading on its line ("Interests: RL; Skills: Python")
            stop = _FULL_STOP.search(self.text, cue.end, line_end)
            end = stop.start() if stop else line_end
            if ":" in self.text[cue.end : end]:
                nxt = _NEXT_HEADING.search(self.text, cue.end, end)
                end = end if nxt is None else nxt.start()
            return cue.end, end
        # (the empty lines under a heading open its list: "Interests:\n\n- Rust")
        return line_end, self._block_end(line_end, opens_line=True)

    def _block_end(self, line_end: int, *, opens_line: bool = False) -> int:
        return block_end(self.text, line_end, self.section_starts, self._names_item, opens_line=opens_line)

    def _names_item(self, lo: int, hi: int) -> bool:
        return any_between(self.skill_starts, lo, hi)

    def _row_before(self, cue: _Cue) -> tuple[int, int] | None:
        """Where the cells before the cue's stand, when the cue stands alone in a cell of a table's row ("| Kafka |
        heard of it |", "| Terraform | never used |"): what the row names is what its status cell speaks of."""
        text = self.text
        line_start = text.rfind("\n", 0, cue.start) + 1
        if not text[line_start : cue.start].lstrip().startswith("|"):
            return None
        cell_start = text.rfind("|", line_start, cue.start)
        cell_end = text.find("|", cue.end, self._line_end(cue.end))
        if cell_start <= line_start or cell_end < 0 or self._names_item(cell_start, cell_end):
            return None
        return line_start, cell_start

    def _label_block(self, cue: _Cue) -> tuple[int, int] | None:
        """The lines a cue speaks of when its words are a label of their own line, the list under it (see
        :func:`label_line`), to where they stop (:func:`block_end`)."""
        line_end = label_line(self.text, cue.start, cue.end, self._names_item)
        if line_end is None:
            return None
        line_start = self.text.rfind("\n", 0, cue.start) + 1
        opens = _LINE_OPEN.fullmatch(self.text, line_start, cue.start) is not None
        return line_end, self._block_end(line_end, opens_line=opens)

    # ------------------------------------------------------------------ deciding

    def resolve(self, items: list[Item]) -> None:
        """Decide each item's status (the nearest cue reaching it) and its like and limiter flags; then what
        the writer's own doing says of a skill only heard of before it (:meth:`_taken_up`)."""
        items.sort(key=lambda it: it.start)
        self._decide(items)
        if self.own_starts:
            self._taken_up(items)

    def _taken_up(self, items: list[Item]) -> None:
        """A skill heard of, then taken up by the writer later in the sentence (or in the next one, after a semicolon
        or a full stop: "Everyone says Rust is hard; I've shipped two services in it"): a pronoun in their own clause
        points back to it ("同事推荐了 vLLM，我们现在线上就用它", "I heard about Ray from a colleague and have used it
        since"), or what was said is to use it and the writer's clause says it was done ("领导说要用 Kafka，我就搭了
        集群").
        The skill takes the status of that pronoun or clause, as the cues of the text read it there."""
        text = self.text
        for i, it in enumerate(items):
            if it.status != "heard_of" or it.cue is None or it.cue in self.set_apart:
                continue  # (the writer said they stand apart from it: "我们组用 Java，不过我只做测试")
            sentence = self.sentence(it.start)
            nxt = items[i + 1].start if i + 1 < len(items) else len(text)
            j = bisect_right(self.own_starts, it.end)
            if j >= len(self.own_starts):
                continue
            own = self.own_starts[j]
            if own >= nxt or (self.sentence(own) != sentence and not self._opens_next(own, sentence)):
                continue  # another skill first, or the writer's clause is further on
            at = self.sentence(own)
            hi = min(nxt, self.sentences[at] if at < len(self.sentences) else len(text))
            spot = self._spot(it, own, hi, items)
            if spot is None:
                continue
            status, said = self._status_at(items, *spot)
            if status == "has" and self._denied(own, spot[1]):
                # "听说很多人用 Spark，但我从来没用过": the writer's clause, nothing but a lack (and its evidence)
                status, said = "lacks", (own, spot[1])
            if status == "heard_of" or (status == "has" and not self._may_have(it, own, spot[1])):
                continue
            if status != "has" and not self._pointed(own, spot) and not self._bare(own, spot[1]):
                continue  # "同事会 Go，我不会写文档": the writer's lack is of something else
            # (what the writer says of it is the evidence: "would love to", "但我从来没用过"; a claim needs none)
            it.status, it.cue, it.distance = status, (None if status == "has" else said), _FAR

    def _opens_next(self, own: int, sentence: int) -> bool:
        """Whether the writer's clause at ``own`` opens the sentence right after ``sentence``, which a semicolon or a
        full stop ends ("Everyone says Rust is hard; I've shipped two services in it", "大家都说 Flink 难。我用它
        做了实时计算"): not after a line break, a bullet or a question."""
        if sentence >= len(self.sentences) or self.sentence(own) != sentence + 1:
            return False
        mark = self.sentences[sentence]
        return self.text[mark] in _GOES_ON and not self.text[mark + 1 : own].strip()

    def _spot(self, it: Item, own: int, hi: int, items: list[Item]) -> tuple[int, int] | None:
        """Where the writer's clause (opening at ``own``, before ``hi``) speaks of ``it``: a pronoun that points
        back ("用它", "on it"), or the clause's end when it names nothing ("我也会", "我也想学", "我就搭了集群")."""
        text = self.text
        m = self.own.pronoun.search(text, own, hi)
        if m is not None:
            return m.start("obj"), m.end("obj")
        end = self._clause_end(own)
        if end > hi or any(own <= x.start < end for x in items):
            return None
        return end - 1, end

    def _pointed(self, own: int, spot: tuple[int, int]) -> bool:
        m = self.own.pronoun.search(self.text, own, spot[1])
        return m is not None and m.start("obj") == spot[0]

    def _denied(self, own: int, end: int) -> bool:
        """Whether the writer's clause (from ``own`` to ``end``) is a lack and nothing more ("但我从来没用过",
        "但我 never 用过"): it says the writer lacks what was heard of before it."""
        return any(c.effect == "lacks" and own <= c.start and c.end <= end for c in self.cues) and self._bare(own, end)

    def _bare(self, own: int, end: int) -> bool:
        """Whether the writer's clause holds nothing but the writer, cue words and particles ("我也想学",
        "我还没开始")."""
        m = self.own.opening.match(self.text, own)
        lo = m.end() if m is not None else own
        rest = list(self.text[lo:end])
        for c in self.cues:
            if lo <= c.start and c.end <= end:
                rest[c.start - lo : c.end - lo] = " " * (c.end - c.start)
        return _MANNER.sub("", _BARE_TAIL.sub("", "".join(rest))).strip(" ,.。!！") == ""

    def _may_have(self, it: Item, own: int, spot_end: int) -> bool:
        """Whether the writer's clause claims the skill heard of before it: it points back with a pronoun, says "me
        too" and no more ("同事都会 Rust，我也会", "…, and so do I"), says the work is long done ("大家都说 K8s 难，
        我已经维护了三年集群"), or has done what was said to use it ("领导说要用 Kafka，我就搭了集群"; not "朋友说
        Rust 很难，我就放弃了")."""
        text = self.text
        if self.own.pronoun.search(text, own, spot_end) is not None:
            return True
        too = _ME_TOO.match(text, own)
        if too is not None and too.end() >= len(text[:spot_end].rstrip()):
            return True
        if _ALREADY.search(text, own, spot_end) is not None or _USED_FOR.search(text, own, spot_end) is not None:
            return True  # "大家都说 K8s 难，我已经维护了三年集群", "都说 Go 简单，我用了三年": long done
        assert it.cue is not None
        directive = _DIRECTIVE.search(text, it.cue[1], it.start) and self.clause(it.start) == self.clause(it.cue[0])
        return bool(directive) and _DONE.search(text, own, spot_end) is not None

    def _status_at(self, items: list[Item], lo: int, hi: int) -> tuple[str, tuple[int, int] | None]:
        """The status the cues of the text give a mention at ``[lo, hi)`` (a pronoun, the end of a clause), and the
        cue that decided it."""
        probe = [Item(it.start, it.end) for it in items if it.end <= lo or it.start >= hi]
        spot = Item(lo, hi)
        probe.append(spot)
        probe.sort(key=lambda x: x.start)
        self._decide(probe)
        return spot.status, spot.cue

    def _decide(self, items: list[Item]) -> None:
        starts = [it.start for it in items]
        for cue in self.cues + self._fragments(items):
            for it, distance in self._reached(cue, items, starts):
                span = (cue.start, cue.end)
                if cue.effect == "like":
                    it.like = it.like or span
                elif cue.effect == "limiter":
                    it.limiter = it.limiter or span
                elif cue.effect == "dislike" and self.refs.befell.match(self.text, it.end):
                    continue  # "最怕线上 Redis 挂": what the writer runs failing, not a dislike of it
                elif cue.effect == "lacks" and self.refs.mishap.match(self.text, it.end):
                    continue  # "never had to deal with a Kafka outage": what the writer runs failing, not a lack of it
                elif distance < it.distance or (cue.mode == "claim" and distance == it.distance):
                    # (a claim right after its item outweighs a heading over the same line: "Interests: Go (use it
                    # at work), Rust")
                    it.status, it.cue, it.distance = cue.effect, span, distance
        for cue in self.cues:
            if cue.mode == "wish_back":
                for it in self._wished_back(cue, items, starts):
                    it.status, it.cue, it.distance = "wants", (cue.start, cue.end), 0
        for it in items:
            # the lack is of production use: in its cue, or in the rest of the cue's clause ("nothing in production")
            if it.status == "lacks" and it.cue and _UNPROVEN.search(self.text, it.cue[0], self._clause_end(it.cue[0])):
                limit = it.limiter or self._limit_beside(it, items)
                if limit:  # "Redis 没有生产经验，只在本地玩过": never in production, but used a little: a lowered level
                    it.status, it.cue, it.distance, it.limiter = "has", None, _FAR, limit

    def _limit_beside(self, it: Item, items: list[Item]) -> tuple[int, int] | None:
        """A limit in the item's clause or the one next to it, in its sentence, that names no other skill
        ("Redis 没有生产经验，只在本地玩过")."""
        clause, sentence = self.clause(it.start), self.sentence(it.start)
        for cue in self.cues:
            if cue.effect != "limiter" or self.sentence(cue.start) != sentence:
                continue
            at = self.clause(cue.start)
            if abs(at - clause) <= 1 and not any(o is not it and self.clause(o.start) == at for o in items):
                return (cue.start, cue.end)
        return None

    def _wished_back(self, cue: _Cue, items: list[Item], starts: list[int]) -> list[Item]:
        """What a wish that ends its clause wants: a skill the writer has just said they lack, in its clause or the one
        before ("Rust 不会但想学", "没用过 Kafka，打算学一下"); what they have stays had ("Go 会，Rust 不会但想学")."""
        clause, sentence = self.clause(cue.start), self.sentence(cue.start)
        lo = self.clauses[clause - 2] if clause > 1 else 0  # (where the clause before opens)
        return [
            it
            for it in self._between(items, starts, lo, cue.start)
            if it.end <= cue.start
            and it.status == "lacks"
            and (it.cue is None or it.cue[1] <= cue.start)  # (not "Rust is on my list but I have never written it")
            and self.sentence(it.start) == sentence
            and clause - self.clause(it.start) <= 1
        ]

    def _since_taken_up(self, cue: _Cue, items: list[Item], starts: list[int]) -> bool:
        """Whether a later clause of the cue's sentence says the writer now uses what the cue disliked or was
        curious about ("SQL was boring at first, now I use it every day", "一开始觉得 SQL 无聊，现在天天用"), or
        has done the work an interest is in ("对 RAG 很感兴趣，已经做了两个项目"); not when that clause names
        another skill ("…，现在天天写 Java")."""
        end = self._search(_SENTENCE_END, cue.end, len(self.text))
        hi = end.start() if end is not None else len(self.text)
        m = self._search(_TAKEN_UP, cue.end, hi)
        if m is None and cue.kind == "interest":
            m = self._search(_INTEREST_DONE, cue.end, hi)
        if m is None:
            return False
        close = self._clause_end(m.start())
        return bisect_left(starts, m.start()) == bisect_left(starts, close)  # no item in that clause

    def _lack_over(self, cue: _Cue, items: list[Item], starts: list[int]) -> bool:
        """Whether a lack was the writer's once only: its clause sets it in the past ("at first", "before this job",
        "一开始") and a later clause of its sentence says the writer has it now ("I never used Docker at first, but now
        I use it daily", "Before this job I had never used AWS; now I run all our infrastructure on it", "一开始不会
        Docker，现在天天用"), naming no other skill."""
        lo = self.sentences[self.sentence(cue.start) - 1] + 1 if self.sentence(cue.start) else 0
        if self._search(_LACK_THEN, lo, self._clause_end(cue.end - 1)) is None:
            return False
        hi = self._search(_SENTENCE_END, cue.end, len(self.text))
        stop = hi.start() if hi is not None else len(self.text)
        m = self._search(_NOW_MINE, cue.end, stop) or self._search(_TAKEN_UP, cue.end, stop)
        if m is None:
            return False
        return bisect_left(starts, m.start()) == bisect_left(starts, self._clause_end(m.start()))

    def _fragments(self, items: list[Item]) -> list[_Cue]:
        """Bare answers and labels that deny the skill they follow ("Kubernetes? No.", "CUDA: none", "Rust — no.",
        "Flink 经验：无"), and a clause that is nothing but "no" and skills ("No Rust.", "No Java, no C++."):
        cues that reach the item (and the list it ends or opens) they were found at (``inner``)."""
        text, out = self.text, []
        fragment, opening, closing = self.refs.fragment, self.refs.no_opening, self.refs.no_closing
        nones = self.refs.none_ends
        for i, it in enumerate(items):
            m = fragment.match(text, it.end)
            if m:
                out.append(_Cue("lacks", m.start("word"), m.end("word"), "fragment", (it.start, it.end)))
                continue
            no = opening.fullmatch(text, self._clause_start(it.start), it.start)
            if no is None:
                if none_near(text, it.start, nones) and (none := self._none_before(it, items, i)) is not None:
                    out.append(none)  # "I've done no TypeScript.", "…, but never with Angular or Vue."
                continue  # its clause opens with something else than "no"
            last = it
            for nxt in items[i + 1 :]:
                if self.clause(nxt.start) != self.clause(it.start) or not self._listed(last.end, nxt.start):
                    break
                last = nxt
            if closing.match(text, last.end) and self._clause_end(last.start) == self._clause_end(it.start):
                out.append(_Cue("lacks", no.start("word"), no.end("word"), "fragment_ahead", (it.start, last.end)))
            elif none_near(text, it.start, nones) and (none := self._none_before(it, items, i)) is not None:
                out.append(none)  # "No Spark, no Hive — just pandas"
        return out

    def _none_before(self, it: Item, items: list[Item], i: int) -> _Cue | None:
        """A word of none right before ``it`` ("no", "zero", "nothing in"; after a contrast or a list word "but never
        with", "just not", "nor"), the item (and the list it opens) ending its clause or followed by a word of
        experience or by where it is missing from ("I've done no TypeScript and no Node.js.", "Zero Golang on my
        resume", "…, but never with Angular or Vue."): a lack of it. Not a thing the skill names ("no Docker issues",
        "zero Kafka downtime"), nor a word of none in someone else's clause ("The project had no CI"): a word of none
        after anything but the writer and a verb of having or doing needs a contrast or a list word before it."""
        text, refs = self.text, self.refs
        lo = self._clause_start(it.start)
        back = max(0, it.start - _NONE_BACK)
        if refs.one_of.match(text, it.end) and (who := refs.not_one_of.search(text, max(lo, back), it.start)):
            return _Cue("lacks", who.start(), who.end(), "fragment_ahead", (it.start, it.end))  # "Not a Java guy"
        m = refs.none_elliptic.search(text, back, it.start)
        if m is None or self.sentence(m.start()) != self.sentence(it.start):
            m = refs.none_before.search(text, max(lo, back), it.start)
            if m is None or not _NONE_OWNER.fullmatch(text, lo, m.start()):
                return None
        last = it
        for nxt in items[i + 1 :]:
            if not self._listed(last.end, nxt.start):
                break
            last = nxt
        if not refs.none_closing.match(text, last.end):
            return None
        return _Cue("lacks", m.start(), m.end(), "fragment_ahead", (it.start, last.end))

    def _points_back(self, cue: _Cue, items: list[Item], starts: list[int]) -> list[tuple[Item, int]]:
        """The skill a lack's pronoun points back to ("Kafka — I have never touched it", "说到 Rust，我从来没写过它",
        "Rust is on my list but I have never written it"): the lack ends its clause with the pronoun, and
        the skill stands before it in its sentence, with no other thing named between ("the ETL job")."""
        m = self.refs.pronoun.match(self.text, cue.end)
        if m is None and cue.effect == "dislike" and (doing := _DOING.match(self.text, cue.end)):
            m = self.refs.pronoun.match(self.text, doing.end())  # "I'm good at SQL but I hate writing it"
        elif m is None and cue.effect == "lacks" and (doing := _TO_DO.match(self.text, cue.end)):
            m = self.refs.pronoun.match(self.text, doing.end())  # "Spark seems cool, never had the chance to use it"
        at = cue.start  # where the pronoun's sentence part begins: the cue, or a pronoun that is its subject
        if m is None and cue.effect == "dislike":
            subject = _IT_SUBJECT.search(self.text, max(0, cue.start - 24), cue.start)
            if subject is None and not _IT_OPENS.match(self.text, cue.start):
                return []
            at = subject.start() if subject is not None else cue.start  # "…for years and honestly it bores me"
            distance = 0
        elif m is None:
            return []
        else:
            distance = m.end() - cue.end  # "Docker and Kubernetes — never used them": the list the pronoun ends
        i = bisect_left(starts, at) - 1
        while i >= 0 and items[i].end > at:
            i -= 1
        if i < 0:
            return []
        last = items[i]
        if (
            (self.sentence(last.start) != self.sentence(cue.start) and not self._asked_of(last, cue))
            or at - last.end > _POINTS_BACK
            or self.clause(last.start) in self.exceptions
        ):
            return []
        if _THING_BEFORE.search(self.text, max(0, last.start - 8), last.start):
            return []  # "the ETL job", "写了个爬虫": a thing named by the skill, the pronoun's own
        spans = [(c.start, c.end) for c in self.cues if last.end <= c.start and c.end <= at]
        for o in _OTHER_THING.finditer(self.text, last.end, at):
            if not any(lo <= o.start() < hi for lo, hi in spans):
                return []  # something else named between: the pronoun may be its
        listed = self._listed_before(items, i)
        if not listed and i > 0 and _APPOSED.fullmatch(self.text, items[i - 1].end, last.start):
            listed = [items[i - 1]]  # "I can do frontend (React) but I don't enjoy it": the field the tool names
        return [(it, distance) for it in (last, *listed)]

    @staticmethod
    def _between(items: list[Item], starts: list[int], lo: int, hi: int) -> list[Item]:
        """The items that start in ``[lo, hi)`` (``starts``: where each item starts, in order): found by halving, not by
        walking every item of the text for each cue."""
        return items[bisect_left(starts, lo) : bisect_left(starts, hi)]

    def _reached(self, cue: _Cue, items: list[Item], starts: list[int]) -> list[tuple[Item, int]]:
        if cue.mode == "wish_back":
            return []  # read once every other cue has spoken (resolve)
        if (cue.effect == "dislike" or cue.kind in ("interest", "aspire")) and self._since_taken_up(cue, items, starts):
            return []  # "SQL was boring at first, now I use it every day": what the writer has now
        if cue.effect == "lacks" and self._lack_over(cue, items, starts):
            return []  # "I never used Docker at first, but now I use it daily": a lack that ended
        if cue.mode in ("fragment", "fragment_ahead"):
            lo, hi = cue.inner
            got = [(it, 0) for it in self._between(items, starts, lo, hi) if it.end <= hi]
            if cue.mode == "fragment":  # "Docker, Kubernetes: none": the list the answer ends
                listed = self._listed_before(items, bisect_left(starts, lo))
                if got and listed and self._claimed_list([got[-1][0], *listed]):
                    listed = []  # "Good at SQL, Spark no.": the claim before the list holds its head
                got += [(it, 0) for it in listed]
            return got
        if cue.mode == "heading":
            lo, hi = self._heading_reach(cue)
            return [
                (it, 0) for it in self._between(items, starts, lo, hi) if it.end <= hi and not self._line_done(it, lo)
            ]
        if cue.effect in _LABEL_EFFECTS and cue.mode in _LABEL_MODES and (row := self._row_before(cue)) is not None:
            # "| Kubernetes | want to learn |": a cell that is the cue alone speaks of its row
            return [(it, cue.start - it.end) for it in self._between(items, starts, *row) if it.end <= row[1]]
        if cue.mode in _LABEL_MODES and cue.effect in _LABEL_EFFECTS and (block := self._label_block(cue)) is not None:
            # "Never worked with:\n- MongoDB\n- Redis": the label speaks of the list under it, as far as it goes
            lo, hi = block
            return [
                (it, it.start - cue.end)
                for it in self._between(items, starts, lo, hi)
                if it.end <= hi and not self._line_done(it, lo)
            ]
        if cue.mode == "clause":
            return [(it, it.start - cue.end) for it in self._forward(cue, items, starts, whole_sentence=False)]
        # a skill named inside the cue's own words ("never fine-tuned"): the cue speaks of it
        within = takewhile(lambda it: it.start < cue.end, items[bisect_left(starts, cue.start) :])
        inner = [(it, 0) for it in within if it.end <= cue.end]
        if cue.mode in ("inner", "within"):
            lo, hi = cue.inner  # and a mention that opens with the word for doing ("never deployed models")
            inner = [(it, 0) for it in self._between(items, starts, lo, hi + 1) if it.end <= hi or it.start == hi]
        if cue.mode == "within":
            return inner
        whole = cue.mode == "sentence"
        ahead = [(it, it.start - cue.end) for it in self._forward(cue, items, starts, whole_sentence=whole)]
        if ahead and cue.effect == "lacks" and self.refs.mishap.match(self.text, cue.end):
            ahead = []  # "Never had to deal with downtime after we moved to Kubernetes": the lack is of what went wrong
        behind = [(it, cue.start - it.end) for it in self._back(cue, items, starts)]
        if cue.kind == "interest" and cue.mode == "back" and _VERDICT.search(self.text, cue.start, cue.end):
            # "写 Python 很有意思", "用 Go 写后端挺好玩": what the writer does is fun, a like of what is had
            behind = [
                (it, d) for it, d in behind if not _DOING_BEFORE.search(self.text, max(0, it.start - 4), it.start)
            ]
        if behind and cue.effect == "lacks" and self._others_then_me(behind[0][0], cue):
            behind = [(it, 0) for it, _ in behind]  # the writer's word on it outweighs what others have
        if cue.effect == "heard_of":
            sentence = self.sentence(cue.start)
            quoted = [
                (it, 0)
                for lo, hi in self.quotes
                if self.sentence(lo) == sentence or self.sentence(hi) == sentence
                for it in items
                if lo <= it.start and it.end <= hi
            ]
            inner += quoted
        if cue.effect in ("lacks", "dislike") and not ahead and not inner:
            # "Kafka — I have never touched it", "I write Go but I'm sick of it"
            pointed = self._points_back(cue, items, starts)
            if pointed:
                seen = {id(it) for it, _ in pointed}
                return pointed + [x for x in behind if id(x[0]) not in seen]
        if cue.effect == "dislike" and not ahead and not inner and not behind:
            return self._said_after(cue, items)  # "Data labeling was my first job. Never again lol."
        if cue.mode == "back" and behind:
            return inner + behind
        if cue.mode == "claim":  # right after what it claims: nearer than any wish before it
            if behind and _ONE_CLAIMED.search(self.text, cue.start, cue.end):
                return [(behind[0][0], 0)]  # "open source, maybe llama.cpp since I use it": the one it names
            return [(it, 0) for it, _ in behind]
        if cue.mode == "around":
            return inner + ahead + behind
        if cue.effect == "dislike" and ahead and behind and self._done_to_me(cue):
            return inner + ahead + behind  # "Years of Angular burned me out on frontend": the cause and the field
        if cue.mode == "inner" and inner:
            return inner + ahead  # its object stands inside it ("no Kubernetes needed"): nothing before it
        return inner + (ahead or behind)
