"""The plain-language paragraph: the article's "who fits" and "how to choose" reasoning,
filled in from the assessment with the templates of ``advice.yaml``."""

from __future__ import annotations

from careermap.i18n import join, t
from careermap.knowledge.loader import Knowledge
from careermap.score.models import Assessment


def _pct(x: float) -> str:
    return f"{round(x * 100)}%"


def advise(kb: Knowledge, a: Assessment) -> str:
    lang = a.lang
    tpl = kb.advice
    top = a.top
    if top.score <= 0:
        return tpl.empty.get(lang)
    direction = kb.direction(top.id)
    role = kb.role(top.best_role.role)
    parts: list[str] = []
    bg = next(
        (b for b in a.backgrounds if any(r.startswith(top.id + ".") for r in kb.archetypes[b.archetype].affinities)),
        None,
    )
    if bg is not None:
        arch = kb.archetypes[bg.archetype]
        parts.append(
            tpl.background.get(lang).format(
                background=arch.name.get(lang), direction=direction.name.get(lang), leverage=arch.leverage.get(lang)
            )
        )
        if top.id != "training":
            parts.append(tpl.stagger.get(lang).format(article=kb.article.get(lang)))
    else:
        parts.append(tpl.no_background.get(lang).format(direction=direction.name.get(lang), role=role.name.get(lang)))

    best = top.best_role
    unmet = sorted((r for r in best.requirements if r.status != "met"), key=lambda r: (-r.weight, r.met))
    missing = join([kb.skills[r.skill].name.get(lang) for r in unmet[:3]], lang) or t("none", lang)
    level = t(role.threshold.level.value, lang)
    band = (
        tpl.readiness_low
        if best.readiness < 0.4
        else tpl.readiness_mid
        if best.readiness < 0.75
        else tpl.readiness_high
    )
    parts.append(band.get(lang).format(threshold=level, readiness=_pct(best.readiness), missing=missing))

    traits: dict[str, float] = {}
    for s in a.traits:
        traits[s.trait] = traits.get(s.trait, 0.0) + s.polarity
    traits = {k: v for k, v in traits.items() if v}
    if traits:
        names = [("+" if v > 0 else "−") + kb.traits[k].name.get(lang) for k, v in traits.items()]
        parts.append(tpl.trait_note.get(lang).format(trait=join(names, lang), choose_if=direction.choose_if.get(lang)))

    cf = a.counterfactual
    if len(a.directions) > 1 and a.directions[1].score > 0:
        runner = kb.direction(a.directions[1].id).name.get(lang)
        parts.append(tpl.runner_up.get(lang).format(runner_up=runner))
        if cf is not None and cf.skills:
            skills = join([kb.skills[s].name.get(lang) for s in cf.skills], lang)
            chosen = tpl.counterfactual if cf.reaches_top else tpl.counterfactual_none
            parts.append(chosen.get(lang).format(skills=skills, runner_up=runner))
    sep = "" if lang == "zh" else " "
    return sep.join(parts)
