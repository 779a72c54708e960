"""Find knowledge-base entries by id, name or alias, in either language."""

from __future__ import annotations

from careermap.knowledge.loader import Knowledge


def search(kb: Knowledge, word: str, *, lang: str = "zh") -> list[tuple[str, str, str]]:
    """``(kind, id, name)`` of every entry whose id, names or aliases contain ``word``."""
    q = kb.fold(word.strip())
    out: list[tuple[str, str, str]] = []

    def hit(*forms: str) -> bool:
        return not q or any(q in kb.fold(f) for f in forms)

    for d in kb.directions:
        if hit(d.id, str(d.number), d.name.zh, d.name.en):
            out.append(("direction", f"{d.number} {d.id}", d.name.get(lang)))
    for r in kb.roles.values():
        if hit(r.id, r.name.zh, r.name.en, *r.titles):
            out.append(("role", r.id, r.name.get(lang)))
    if not q:
        return out
    for s in kb.skills.values():
        if hit(s.id, s.name.zh, s.name.en, *s.aliases, *s.context_aliases):
            out.append(("skill", s.id, s.name.get(lang)))
    for a in kb.archetypes.values():
        if hit(a.id, a.name.zh, a.name.en, *a.titles):
            out.append(("background", a.id, a.name.get(lang)))
    for t in kb.traits.values():
        if hit(t.id, t.name.zh, t.name.en, *t.likes, *t.dislikes):
            out.append(("trait", t.id, t.name.get(lang)))
    return out
