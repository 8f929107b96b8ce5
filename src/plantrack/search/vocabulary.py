"""The words a store has learned from its plans, kept in the store (table `search_vocabulary`).

Indexing a plan teaches the tokenizer the plan's own vocabulary (target metrics, entity names,
short headings: 港航物流, 甬江科创区) so they stay whole tokens. Those words are written here,
one row per plan, when the plan is indexed (migration 0007_search_vocabulary created the table
and filled it for plans stored before). Whoever tokenizes for this store reads them back
(`SearchIndex` in search/index.py), so every process segments a question the same way,
whichever process indexed the plan.

The row's `id` grows with every write: (largest id, row count) tells a reader whether anything
changed, and the rows past the largest id it saw are what was added.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import (
    Connection,
    delete,
    func,
    insert,
    select,
)

from plantrack.model import ParsedPlan
from plantrack.search.tokenize import domain_term
from plantrack.store.schema import search_vocabulary


def domain_words(parsed: ParsedPlan) -> list[str]:
    """The plan's own vocabulary: target metrics, entity names, short headings (港航物流)."""
    words = [t.metric for t in parsed.targets] + [e.name.strip("“”") for e in parsed.entities]
    words += [n.title for n in parsed.nodes if len(n.title) <= 8]
    return words


def plan_words(words: Iterable[str]) -> list[str]:
    """The dictionary words among `words`, normalised, distinct, sorted."""
    return sorted({w for w in map(domain_term, words) if w})


def write_plan_words(conn: Connection, plan_id: int, words: list[str]) -> None:
    """Replace the plan's learned words (inside the caller's transaction)."""
    conn.execute(delete(search_vocabulary).where(search_vocabulary.c.plan_id == plan_id))
    if words:
        conn.execute(insert(search_vocabulary).values(plan_id=plan_id, words=" ".join(words)))


def version(conn: Connection) -> tuple[int, int]:
    """(largest row id, rows): changes whenever a plan's words are written or removed."""
    top, rows = conn.execute(select(func.max(search_vocabulary.c.id), func.count())).one()
    return top or 0, rows


def words_after(conn: Connection, top: int) -> list[set[str]]:
    """The word sets of the rows written after row `top`."""
    stmt = select(search_vocabulary.c.words).where(search_vocabulary.c.id > top)
    return [set(words.split()) for words in conn.execute(stmt).scalars()]


def all_words(conn: Connection) -> set[str]:
    """Every word the store has learned."""
    out: set[str] = set()
    for words in conn.execute(select(search_vocabulary.c.words)).scalars():
        out.update(words.split())
    return out
