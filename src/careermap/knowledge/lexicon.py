"""The lexicon (``lexicon.yaml``): the words and numbers of language that reading a text needs.

Cue words around a skill (proficiency, negation, aspiration…), résumé headings, degree words,
address words, Chinese numerals, list separators and joiners, and how far a cue reaches. Each
part is a model here; types and ranges are checked as the file is parsed, and
:func:`lexicon_problems` checks what a type cannot say (a numeral is one character, a Chinese
joiner is Chinese, every degree with words has a rank…), naming each problem's place.

To add a part (a new list of cues): add a field to :class:`Lexicon` with its model, the words
to ``lexicon.yaml``, and, if a type cannot say everything, a check to :func:`lexicon_problems`
with a test in ``tests/test_lexicon.py``.
"""

import re
import unicodedata
from typing import Annotated, Any, Literal, get_args

from pydantic import Field, model_validator

from careermap.knowledge.models import Degree, Model
from careermap.text.numerals import numeral_class
from careermap.text.scripts import has_han

Reach = Annotated[int, Field(ge=0, le=2000)]


class ProficiencyCues(Model):
    expert: list[str]
    proficient: list[str]
    basic: list[str]


class NegationCues(Model):
    """What says a skill is lacked: phrases read forward (``before``) or back (``after``), and a
    negator with a word for knowing or doing later in its clause ("没写过", "have not used")."""

    before: list[str]
    after: list[str]
    negators: list[str] = Field(default_factory=list)
    predicates: list[str] = Field(default_factory=list)
    # read back like ``after``, also over a contrast word and into the clause before: what was
    # had once and is gone now ("以前用过 TensorFlow，现在全忘了", "used Java but have forgotten it")
    forgotten: list[str] = Field(default_factory=list)
    # a whole answer or label on its own, after a skill and a mark ("Kubernetes? No.", "CUDA: none", "Rust：无"),
    # or at a clause's opening before a skill that ends it ("No Rust.", "No Java, no C++.")
    answers: list[str] = Field(default_factory=list)
    # what points back, after a lack, to the skill named before it ("Spark? Never used it.", "我从来没写过它"),
    # and what may follow it to the end of its clause ("haven't written it yet")
    pronouns: list[str] = Field(default_factory=list)
    pronoun_tail: list[str] = Field(default_factory=list)
    # a limiter joined to a word of knowing only second-hand is hearsay ("只是听说过", "just read about")
    joined_limiters: list[str] = Field(default_factory=list)
    secondhand: list[str] = Field(default_factory=list)
    # negators that lack a thing ("缺少", "lack"): a lack of the writer's only with a noun of experience after
    # them ("缺少 Kubernetes 实战经验"); otherwise a thing lacks it ("系统缺乏 Redis 缓存的问题")
    lacking: list[str] = Field(default_factory=list)
    lacked: list[str] = Field(default_factory=list)
    # words of kind or degree between a negator and its word for knowing or doing that do not count against
    # ``reach.negation_gap`` ("no production-grade Kafka experience", "没有 production 级别的 Kafka 经验")
    modifiers: list[str] = Field(default_factory=list)
    # a word of none right before a skill that (with its list) ends the clause, or is followed by a word of experience
    # or by where it is missing from ("I've done no TypeScript.", "Zero Golang on my resume", "Nil Terraform so far"):
    # ``determiners`` in the writer's own clause, ``elliptic`` after a contrast or a list word, whoever's clause it is
    # ("…, but never with Angular or Vue", "…, just not Redis", "neither with Hadoop nor with Hive")
    determiners: list[str] = Field(default_factory=list)
    elliptic: list[str] = Field(default_factory=list)
    determiner_tails: list[str] = Field(default_factory=list)
    # what went wrong with a skill, after a lack, beside the lexicon's incidents ("never dealt with a Kafka outage")
    mishaps: list[str] = Field(default_factory=list)
    # not one of its people: a word of none, the skill, a word of who ("Not really a Java guy")
    identity_before: list[str] = Field(default_factory=list)
    identity: list[str] = Field(default_factory=list)


class GradeCues(Model):
    led: list[str]
    project: list[str]
    change: list[str]
    units: list[str]


class SectionHeadings(Model):
    skills: list[str]
    experience: list[str]
    projects: list[str]
    education: list[str]
    summary: list[str]
    other: list[str] = Field(default_factory=list)


class SelfDescription(Model):
    """Words with which a person names their own line of work: before a field word ("我是做", "干了",
    "former", "worked in") or after it ("出身", "背景", "by training"); see ``Archetype.fields``."""

    before: list[str] = Field(default_factory=list)
    after: list[str] = Field(default_factory=list)


class DegreeCues(Model):
    bachelor: list[str]
    master: list[str]
    phd: list[str]


class AddressWords(Model):
    """Words that make a street address, for redaction (:mod:`careermap.ingest.redact`)."""

    labels: list[str] = Field(min_length=1)  # "地址：…", "Address: …": the rest of the field
    zh_lead_ins: list[str] = Field(default_factory=list)  # 家住, 位于 … words before an address that are not part of it
    zh_divisions: list[str] = Field(min_length=1)  # 省, 市, 区 … before a road
    zh_roads: list[str] = Field(min_length=1)  # 路, 大街 … followed by a number
    zh_estates: list[str] = Field(min_length=1)  # 小区, 大厦 … followed by a number
    zh_units: list[str] = Field(min_length=1)  # 号, 栋, 室 … after a number
    en_streets: list[str] = Field(min_length=1)  # Street, Rd … after a house number and a name
    en_units: list[str] = Field(min_length=1)  # Apt, Suite … after the street


class Numerals(Model):
    """Numbers written as words, each numeral with its value (see :mod:`careermap.text.numerals`)."""

    zh: dict[str, Annotated[float, Field(gt=0, le=10)]] = Field(min_length=1)
    # characters written inside a number but never read as a count of years on their own: zeros and
    # place values ("一百零八号", "二〇二四"); an address or a list number may hold them
    zh_inside: list[str] = Field(default_factory=list)

    def zh_digits(self) -> str:
        """Every character a Chinese number is written with (whole numerals, then ``zh_inside``), as the
        inside of a regex character class: for patterns that find a number, not read its value."""
        return numeral_class(self.zh, whole=True) + "".join(re.escape(ch) for ch in self.zh_inside)


class Joiners(Model):
    zh: list[str] = Field(min_length=1)
    en: list[str] = Field(min_length=1)


class ListWords(Model):
    """What stands between two items of one list: "CUDA、Triton 和 NCCL", "CUDA, Triton, and NCCL"."""

    separators: list[str] = Field(min_length=1)
    joiners: Joiners
    closers: list[str] = Field(default_factory=list)  # "这些", "etc", "nor": other words between items
    # a word that says how well, never an item of a list the knowledge base does not know ("Docker ok, K8s 不熟")
    verdicts: list[str] = Field(default_factory=list)
    # a word that ends a clause naming only its topic ("Rust 的话，never touched"): the next clause speaks of it
    topics: list[str] = Field(default_factory=list)
    # a word that opens a list of alternatives ("不论 JAX 或者 TensorFlow，都没写过"): the clause is still a bare list
    openers: list[str] = Field(default_factory=list)
    # a word that opens a clause naming only its topic ("至于 Verilog，我是门外汉", "Regarding Kafka, no experience"):
    # the next clause speaks of it, as after a topic word that ends the clause
    topic_openers: list[str] = Field(default_factory=list)


class ReachWindows(Model):
    """How far words reach, in characters of normalised text (each is used by :mod:`careermap.extract.evidence`)."""

    context: Reach  # a short alias ("C", "Go") counts with a cue or another skill this close
    cue_after: Reach  # "Python（熟练）": a proficiency word this close after a skill (or its list) applies back
    paragraph: Reach  # in a project paragraph, "led" or a measured result counts for skills this close
    years_beside: Reach  # "5年Java", "Java 5年": years this close to a skill are its years
    years_linked: Reach  # "5 years of Java": with a link word between, a little further
    years_experience: Reach  # "5年工作经验", "5 years as a backend engineer": years this close to such words
    cue_back: Reach = 16  # a status cue with nothing after it reads back to a skill (list) this close before it
    negation_gap: Reach = 12  # a negator and its word for knowing or doing ("没…用过"), skills aside
    status_context: Reach = 12  # a short alias ("R", "Go") counts beside a status cue this close
    sense: Reach = 48  # a word-sense guard looks for its words this close to the alias
    self_field: Reach = 12  # "干了五年运维", "worked in QA": a field word this close after a self-description's opening
    blocker: Reach = 8  # a word holding a knowing/doing word but no cue ("不限于", "机会") this close to it
    address_before: Reach = 48  # redaction: a street's province, city and district are looked for this far before it


class YearsWords(Model):
    """Around a count of years."""

    more: list[str] = Field(min_length=1)  # "5+ 年", "五年多", "十余年": more than the number
    links: list[str] = Field(min_length=1)  # "5 years of Java": words that join years to the skill after them
    skill_max: Annotated[float, Field(gt=0, le=80)]  # more years of one skill than this is not a count of years
    total_max: Annotated[float, Field(gt=0, le=80)]  # nor of a career


class OwnDoing(Model):
    """Where the writer's own doing starts after what someone else said or has (``lexicon.yaml -> own_doing``):
    hearsay reaches no further, and a pronoun there that points back to the hearsay's skill makes it the writer's."""

    subjects: list[str] = Field(default_factory=list)  # the writer opening a clause: 我, 我们, I, we
    connectors: list[str] = Field(default_factory=list)  # what may stand before them: 于是, 后来, so, and then
    continuations: list[str] = Field(default_factory=list)  # the writer's clause with its subject left out: "and have"
    objects: list[str] = Field(default_factory=list)  # a pronoun that points back: 它, it, them
    with_me: list[str] = Field(default_factory=list)  # after someone else, the writer doing it with them: 和我, and I
    directed: list[str] = Field(default_factory=list)  # someone else has the writer do it: 让我, had me (done: has)
    # a group the writer may be part of (我们组, my team, the company): what it uses is the writer's, unless the next
    # clause sets the writer apart from it (``apart``: "但我做前端", "I just consume the tables", "I'm on the frontend")
    groups: list[str] = Field(default_factory=list)
    apart: list[str] = Field(default_factory=list)


class WishOutcomes(Model):
    """What became of a wish said in the past (``lexicon.yaml -> wish_outcomes``): it came to nothing ("Kotlin was on
    my list, never got to it": lacks) or it came about ("Go was on my list for years; finally shipped a service in
    it": has); a past wish alone stays a wish ("wanted to learn Rust")."""

    past: list[str] = Field(default_factory=list)  # before the wish, in its clause: it was wished: 本来, was, had
    unmet: list[str] = Field(default_factory=list)  # after it: it came to nothing: 一直没时间, never got to it
    met: list[str] = Field(default_factory=list)  # after it: at last: 终于, finally
    done: list[str] = Field(default_factory=list)  # then, in that clause, work done: 用上, shipped
    instead: list[str] = Field(default_factory=list)  # unless on something else instead: 改用, switched to
    # a plan dropped, said of a wish now or once, later in its sentence: the wish is a lack: 放弃了, gave up
    dropped: list[str] = Field(default_factory=list)


# the parts of the lexicon a family of cues may add to
FamilyPart = Literal["aspiration", "interest", "dislike", "like", "claims"]
FAMILY_PARTS: tuple[str, ...] = get_args(FamilyPart)


class CueFamily(Model):
    """A family of cue words written once as its openings and its endings (``lexicon.yaml -> families``): each
    opening joined to each ending (by a space; Chinese to Chinese closed up) is a cue of ``into`` ("i'd be" ×
    "thrilled to", "excited to" …), so a frame of grammar (a first-person modal, a verb of attraction with its object)
    is data, not one phrase a line. An empty ending joins nothing: the opening alone is a cue."""

    into: FamilyPart
    heads: list[str] = Field(min_length=1)
    tails: list[str] = Field(min_length=1)

    def words(self) -> list[str]:
        return [joined(h, t) for h in self.heads for t in self.tails]


def joined(head: str, tail: str) -> str:
    """A head and a tail of a family as one cue: by a space, but Chinese to Chinese closed up ("很有" + "吸引力")."""
    if not tail or not head:
        return (head or tail).strip()
    if not head[-1].isascii() and not tail[0].isascii():
        return head + tail
    return f"{head} {tail}"


def _expanded(data: Any) -> Any:
    """The raw lexicon with each family's words added to the part it names (once, after that part's own)."""
    if not isinstance(data, dict) or not isinstance(data.get("families"), list):
        return data
    data = dict(data)
    for fam in data["families"]:
        if not isinstance(fam, dict):
            continue
        into, heads, tails = fam.get("into"), fam.get("heads"), fam.get("tails")
        if into not in FAMILY_PARTS or not isinstance(heads, list) or not isinstance(tails, list):
            continue  # (the field's own validation names the problem)
        own = data.get(into)
        if not isinstance(own, list):
            continue
        words = [joined(h, t) for h in heads for t in tails if isinstance(h, str) and isinstance(t, str)]
        data[into] = list(dict.fromkeys([*own, *words]))
    return data


class Lexicon(Model):
    """Words around a skill that change what it means, and the language data reading needs."""

    @model_validator(mode="before")
    @classmethod
    def _families(cls, data: Any) -> Any:
        return _expanded(data)

    # families of cue words, each opening with each ending (:class:`CueFamily`), added to the part they name
    families: list[CueFamily] = Field(default_factory=list)

    proficiency: ProficiencyCues
    # said only after the skill ("PyTorch 用得还行", "C++ 一般", "k8s just so so"): they apply back to it, never forward
    proficiency_after: ProficiencyCues = Field(
        default_factory=lambda: ProficiencyCues(expert=[], proficient=[], basic=[])
    )
    # a level as a heading only ("Expert:", "Familiar:", "Tools mastered"): the words open their line and a colon or the
    # line's end follows; the level reaches the items of that line and of the lines under it (a proficiency word of
    # either list that heads its line reaches as far)
    proficiency_headings: ProficiencyCues = Field(
        default_factory=lambda: ProficiencyCues(expert=[], proficient=[], basic=[])
    )
    negation: NegationCues
    aspiration: list[str]
    interest: list[str]
    dislike: list[str]
    weak: list[str]
    scope_breaks: list[str]
    status_headings: list[str] = Field(default_factory=list)
    # headings whose items are wanted, lacked or disliked ("Wishlist:", "Gaps:", "What I lack:", "Avoid:",
    # "Dislikes: PHP", "Turn-offs: legacy PHP"): read only as a heading (the words open their line, a colon or the
    # line's end follows), never inside a sentence
    wish_headings: list[str] = Field(default_factory=list)
    lack_headings: list[str] = Field(default_factory=list)
    dislike_headings: list[str] = Field(default_factory=list)
    like: list[str] = Field(default_factory=list)
    hearsay: list[str] = Field(default_factory=list)
    third_party: list[str] = Field(default_factory=list)
    # someone named by their role who is someone else only when they speak ("架构师说…", "CTO 说…", "产品经理老提…"):
    # on its own a role is a résumé's title line ("架构师，负责 Kafka 集群")
    speakers: list[str] = Field(default_factory=list)
    determiners: list[str] = Field(default_factory=list)  # before a third party: "我的同事", "my colleague"
    own_doing: OwnDoing = Field(default_factory=OwnDoing)
    wish_outcomes: WishOutcomes = Field(default_factory=WishOutcomes)
    limiter: list[str] = Field(default_factory=list)
    # a relative clause that claims the skill it follows ("CUDA, which I already use"): has, whatever wish stands before
    claims: list[str] = Field(default_factory=list)
    exceptions: list[str] = Field(default_factory=list)
    not_cues: list[str] = Field(default_factory=list)
    # what goes wrong with a thing the writer runs, right after it ("最怕线上 Redis 挂", "就怕 Kafka 半夜出问题"):
    # a fear of the thing failing is the care of one who runs it, not a dislike of it
    incidents: list[str] = Field(default_factory=list)
    quotes: list[str] = Field(default_factory=list)
    context_blockers: list[str]
    # words of building software, data and models: a word-sense guard marked ``technical`` (skills -> senses)
    # counts its alias only beside one of them (or its own ``need``), in a list of skills or after a cue
    technical: list[str] = Field(default_factory=list)
    # words of using or knowing right before such an alias, nothing between ("use Git", "never used Celery",
    # "会 Bash"): the tool, where the everyday sense takes an article ("use a rag", "know a rancher")
    technical_before: list[str] = Field(default_factory=list)
    # words of everyday life and of other trades (a campfire, a mechanic, the zoo, a wedding): a guarded alias
    # (skills -> senses) with one of them in reach and nothing technical around it is the everyday word
    # ("the rust under my car", "the campfire spark"), whatever its own guard lists
    everyday: list[str] = Field(default_factory=list)
    # of ``technical``, the words other trades use as much ("production", "system"): beside a word of everyday life
    # they say nothing of software
    technical_everyday: list[str] = Field(default_factory=list)
    # of ``technical_before``, the prepositions: beside a word of everyday life they say nothing ("covered in rust")
    technical_before_prepositions: list[str] = Field(default_factory=list)
    # of ``technical_before``, the words of using, learning and liking: beside a word of a walk of life a guard
    # names (``sense_families``) they are that walk of life's own ("我用小程序点外卖")
    technical_before_uses: list[str] = Field(default_factory=list)
    # families of words of one other field or walk of life (the power grid, the army, shopping, a car's driver, a
    # patient, school science): a word-sense guard (skills -> senses -> families) that names a family avoids each
    # of its words as if its own ``avoid`` listed them, so one list serves every alias that field borrows
    sense_families: dict[str, list[str]] = Field(default_factory=dict)
    # short tool names kept as context aliases (a cue or a skill nearby) that are a tool's name too where they
    # stand alone in Chinese prose ("Go 还在摸索"), right after one of ``name_before`` written with a capital
    # ("I do React"), or open their sentence with a question mark and a status after it ("Ray? never touched it")
    names_alone: list[str] = Field(default_factory=list)
    # the writer's doing right before such a name, nothing between ("learn Go", "I use Helm"): verbs, not
    # prepositions ("with Ray" may be a colleague)
    name_before: list[str] = Field(default_factory=list)
    # what joins such a name to a thing built on it, right after the name ("a React-based dashboard", "Ray-powered
    # training"): the tool
    name_after: list[str] = Field(default_factory=list)
    # the writer's answer about such a name right after its question mark or its comma ("React? yes, daily.",
    # "Spring? a little.", "Helm, sure."), besides ``negation.answers``, a negator or a level
    name_answers: list[str] = Field(default_factory=list)
    # an English verb's forms, its base form first: a skill alias opening with the base form ("serve models")
    # also matches opening with the others ("served models", "serving models")
    verb_forms: list[list[str]] = Field(default_factory=list)
    # skill aliases matched only as written: their spaced, closed or hyphenated form is everyday English
    # ("one shot", "plan and execute", "stress-testing" a plan)
    unjoined: list[str] = Field(default_factory=list)
    # the last words of skill aliases that a list of their modifiers shares, written once at its end ("tensor and
    # pipeline parallelism", "张量、流水线并行", "unit and integration tests"): each modifier with the head is a mention
    shared_heads: list[str] = Field(default_factory=list)
    # tool names of seven letters or more that people misspell by a letter ("Kubernates", "Pytroch", "Postgress"):
    # each also matches with one slip of typing (extract/matcher.py); never an everyday word nor a guarded alias
    misspelled: list[str] = Field(default_factory=list)
    # longer forms that hold a background's title and name another line of work ("sales ops engineer")
    not_titles: list[str] = Field(default_factory=list)
    # words of a job that, right after a background's field word, make its title: "recommendation systems engineer",
    # "搜索研发", "QA工程师" (a Latin field joins a Chinese word unspaced); see ``composed_titles``
    title_heads: list[str] = Field(default_factory=list)
    grades: GradeCues
    degrees: DegreeCues
    degree_ranks: dict[Degree, Annotated[int, Field(ge=0, le=10)]]
    year_units: list[str]
    years: YearsWords
    experience_words: list[str]
    sections: SectionHeadings
    address: AddressWords
    self_description: SelfDescription = Field(default_factory=SelfDescription)
    numerals: Numerals
    lists: ListWords
    reach: ReachWindows

    def degree_rank(self, degree: str | None) -> int:
        """The rank of a degree (``bachelor``…), ``none`` and ``None`` ranking lowest."""
        return self.degree_ranks[Degree(degree or "none")]

    def degrees_by_rank(self) -> list[str]:
        """The degrees that have words, lowest first."""
        return sorted(DegreeCues.model_fields, key=self.degree_rank)


MISSPELLED_LENGTH = 7  # a shorter name is a letter away from everyday words ("docker": "locker", "rocker")


def lexicon_problems(lex: Lexicon, where: str = "lexicon.yaml") -> list[str]:
    """What the types cannot check, each problem with its place."""
    problems: list[str] = []
    for group in lex.verb_forms:
        if len(set(group)) < 2 or len(set(group)) != len(group):
            problems.append(f"[{where} -> verb_forms -> {group}] a verb needs its base form and another, each once")
        for form in group:
            if not (form.isascii() and form == form.lower() and form.strip() == form and " " not in form):
                problems.append(f"[{where} -> verb_forms -> {form}] a verb form is one lower-case Latin word")
    for name in lex.misspelled:
        if not (name.isascii() and name.isalpha() and name == name.lower() and len(name) >= MISSPELLED_LENGTH):
            problems.append(
                f"[{where} -> misspelled -> {name}] a name misspelled is one lower-case Latin word of"
                f" {MISSPELLED_LENGTH} letters or more"
            )
    for ch in lex.numerals.zh:
        if len(ch) != 1:
            problems.append(f"[{where} -> numerals.zh -> {ch}] a numeral is one character")
        elif not has_han(ch):
            problems.append(f"[{where} -> numerals.zh -> {ch}] a Chinese numeral must be a Chinese character")
    for ch in lex.numerals.zh_inside:
        if len(ch) != 1 or not (has_han(ch) or unicodedata.name(ch, "").startswith("IDEOGRAPHIC NUMBER")):
            problems.append(
                f"[{where} -> numerals.zh_inside -> {ch}] a character inside a number is one Chinese character"
            )
        elif ch in lex.numerals.zh:
            problems.append(f"[{where} -> numerals.zh_inside -> {ch}] already a numeral in numerals.zh")
    tens = [ch for ch, value in lex.numerals.zh.items() if value == 10]
    if len(tens) != 1:
        problems.append(f"[{where} -> numerals.zh] needs exactly one numeral worth 10 (the tens of 十五), found {tens}")
    for i, sep in enumerate(lex.lists.separators):
        if len(sep) != 1 or sep.isalnum() or sep.isspace():
            problems.append(f"[{where} -> lists.separators -> {i}] a separator is one punctuation mark, not {sep!r}")
    for i, word in enumerate(lex.lists.joiners.zh):
        if not word.strip() or any(not has_han(ch) for ch in word):
            problems.append(f"[{where} -> lists.joiners.zh -> {i}] a Chinese joiner is written in Chinese: {word!r}")
    for i, word in enumerate(lex.lists.joiners.en):
        if not word.strip() or not word.isascii() or word != word.lower() or word != word.strip():
            problems.append(
                f"[{where} -> lists.joiners.en -> {i}] an English joiner is lower-case Latin words: {word!r}"
            )
    for i, word in enumerate(lex.years.links):
        if not word.strip() or word != word.strip() or not word.isascii() or word != word.lower():
            problems.append(f"[{where} -> years.links -> {i}] a link word is lower-case Latin letters: {word!r}")
    ranked = set(lex.degree_ranks)
    for degree in Degree:
        if degree not in ranked:
            problems.append(f"[{where} -> degree_ranks] no rank for '{degree.value}'")
    ranks = list(lex.degree_ranks.values())
    if len(set(ranks)) != len(ranks):
        problems.append(f"[{where} -> degree_ranks] two degrees share a rank: {ranks}")
    lowest = lex.degree_ranks.get(Degree.none)
    if lowest is not None and any(r <= lowest for d, r in lex.degree_ranks.items() if d is not Degree.none):
        problems.append(f"[{where} -> degree_ranks] 'none' must rank below every degree")
    if lex.years.skill_max > lex.years.total_max:
        problems.append(f"[{where} -> years.skill_max] must not be above total_max")
    before = {w.casefold() for w in lex.technical_before}
    for part in ("technical_before_prepositions", "technical_before_uses"):
        for word in getattr(lex, part):
            if word.casefold() not in before:
                problems.append(f"[{where} -> {part} -> {word}] not one of technical_before")
    problems += _status_problems(lex, where)
    return problems


def status_cues(lex: Lexicon) -> dict[str, list[str]]:
    """The status cues of the lexicon by their part's name (``negation.before``, ``hearsay``…)."""
    return {
        "negation.before": lex.negation.before,
        "negation.after": lex.negation.after,
        "negation.forgotten": lex.negation.forgotten,
        "negation.negators": lex.negation.negators,
        "negation.predicates": lex.negation.predicates,
        "negation.answers": lex.negation.answers,
        "negation.pronouns": lex.negation.pronouns,
        "negation.pronoun_tail": lex.negation.pronoun_tail,
        "negation.joined_limiters": lex.negation.joined_limiters,
        "negation.secondhand": lex.negation.secondhand,
        "negation.determiners": lex.negation.determiners,
        "negation.elliptic": lex.negation.elliptic,
        "negation.determiner_tails": lex.negation.determiner_tails,
        "negation.identity_before": lex.negation.identity_before,
        "negation.identity": lex.negation.identity,
        "negation.mishaps": lex.negation.mishaps,
        "aspiration": lex.aspiration,
        "interest": lex.interest,
        "status_headings": lex.status_headings,
        "wish_headings": lex.wish_headings,
        "lack_headings": lex.lack_headings,
        "dislike_headings": lex.dislike_headings,
        "like": lex.like,
        "dislike": lex.dislike,
        "hearsay": lex.hearsay,
        "third_party": lex.third_party,
        "speakers": lex.speakers,
        "limiter": lex.limiter,
        "weak": lex.weak,
        "exceptions": lex.exceptions,
        "scope_breaks": lex.scope_breaks,
    }


def _status_problems(lex: Lexicon, where: str) -> list[str]:
    """Cue words are lower case and trimmed (they match normalised text); a negator needs words for
    knowing or doing; a not-cue must hold a cue word it keeps from reading; quotes come in pairs."""
    problems: list[str] = []
    parts = status_cues(lex)
    for part, words in [*parts.items(), ("not_cues", lex.not_cues)]:
        for i, word in enumerate(words):
            if not word.strip() or word != word.strip() or word != word.lower():
                problems.append(f"[{where} -> {part} -> {i}] a cue is trimmed lower-case text: {word!r}")
    if lex.negation.negators and not lex.negation.predicates:
        problems.append(f"[{where} -> negation.predicates] negators need words for knowing or doing")
    for i, word in enumerate(lex.negation.lacking):
        if word not in lex.negation.negators:
            problems.append(f"[{where} -> negation.lacking -> {i}] '{word}' is no negator: add it to negation.negators")
    for i, word in enumerate(lex.negation.lacked):
        if word not in lex.negation.predicates:
            problems.append(
                f"[{where} -> negation.lacked -> {i}] '{word}' is no predicate: add it to negation.predicates"
            )
    if lex.negation.lacking and not lex.negation.lacked:
        problems.append(f"[{where} -> negation.lacked] words of lacking need the nouns of experience they lack")
    cue_words = {w for words in parts.values() for w in words}
    for i, word in enumerate(lex.not_cues):
        if not any(c in word for c in cue_words if len(c) <= len(word)):
            problems.append(f"[{where} -> not_cues -> {i}] '{word}' holds no cue word: it keeps nothing from reading")
    for i, pair in enumerate(lex.quotes):
        if len(pair) != 2:
            problems.append(f"[{where} -> quotes -> {i}] a quote is an opening and a closing mark: {pair!r}")
    return problems
