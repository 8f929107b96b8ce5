"""Dialect-specific full-text matching of `passages.tokens`: bounded term groups, candidates.

SQLite: FTS5 MATCH with bm25 (migration 0003_search_fts). PostgreSQL: the GIN index over the
stored column `tokens_tsv` (migration 0004_search_tsvector), ranked by ts_rank and re-scored by
FTS5's bm25 in Python, so both stores feed `index.search` alike.

What is worth keeping between queries (document frequencies) is kept in an `FtsStats` the caller
holds (one per store, on its `SearchIndex`), never in module state.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, bindparam, text

CANDIDATES = 80
# A query's terms are matched rarest first until their document frequencies add up to this:
# the rest only re-rank. Keeps a query over 1,000 plans from touching most of the index.
DF_BUDGET = 5_000
SCOPED_DF_BUDGET = 60_000
MAX_RANKED = 5_000  # matching rows ranked per term group, at most
# ... and when a group is bound to match more (only the AND / rarest-word fallbacks, whose words
# are all frequent), this many: the cut is arbitrary anyway, so cut early
FALLBACK_RANKED = 2_000
PG_POOL = 300  # PostgreSQL: the best rows by ts_rank, re-scored by bm25 to keep CANDIDATES


@dataclass
class FtsStats:
    """A store's index statistics kept between queries, valid while its largest passage id
    stays `top`: document frequencies of the terms asked so far (SQLite) or the whole
    vocabulary read by ts_stat (PostgreSQL: words, passages, average tokens per passage)."""

    top: int | None = None
    df: dict[str, int] = field(default_factory=dict)
    pg: tuple[dict[str, int], int, float] | None = None

    def at(self, top: int) -> FtsStats:
        """Forget what belongs to another state of the index (or grew too large)."""
        if self.top != top or len(self.df) > 50_000:
            self.top, self.df, self.pg = top, {}, None
        return self


def _top(conn: Connection) -> int:
    return conn.execute(text("SELECT max(id) FROM passages")).scalar() or 0


def doc_freqs(
    conn: Connection, terms: list[str], stats: FtsStats | None = None
) -> tuple[dict[str, int], int]:
    """Document frequency of each term and the largest passage id (SQLite: fts5vocab, kept in
    `stats` until that id changes; PostgreSQL: `_pg_vocabulary`)."""
    total = _top(conn)
    stats = (stats or FtsStats()).at(total)
    if conn.dialect.name != "sqlite":
        vocab = _pg_vocabulary(conn, total, stats)[0]
        return {t: vocab[t] for t in terms if vocab.get(t)}, total
    # one equality lookup per term: fts5vocab answers `term = ?` from the index, `IN` by a scan
    cache = stats.df
    stmt = text("SELECT doc FROM passages_vocab WHERE term = :term")
    for term in terms:
        if term not in cache:
            cache[term] = conn.execute(stmt, {"term": term}).scalar() or 0
    return {t: cache[t] for t in terms if cache[t]}, total


def _rank_cut(op: str, group: list[str], freqs: dict[str, int]) -> int:
    """How many matching rows of a term group are scored: MAX_RANKED, which a group that fits
    the budget never reaches, or FALLBACK_RANKED for a group bound to match more (the AND /
    rarest-word fallbacks when every word is frequent) — cut in index order, the cheap
    criterion, on both stores."""
    dfs = [freqs.get(t, 0) for t in group]
    bound = sum(dfs) if op == "or" else min(dfs, default=0)
    return MAX_RANKED if bound <= MAX_RANKED else FALLBACK_RANKED


def _pg_vocabulary(
    conn: Connection, top: int | None = None, stats: FtsStats | None = None
) -> tuple[dict[str, int], int, float]:
    """PostgreSQL's twin of fts5vocab: (document frequency of every word, passages, average
    tokens per passage), read in one pass by ts_stat and kept in `stats` until the largest
    passage id changes. Counting a frequent word's postings one by one costs a heap visit per
    match (0.3 s for 179,000 of them), so the whole vocabulary is read once instead."""
    stats = (stats or FtsStats()).at(_top(conn) if top is None else top)
    if stats.pg is None:
        vocab, n_tokens = {}, 0
        stat = "SELECT word, ndoc, nentry FROM ts_stat('SELECT tokens_tsv FROM passages')"
        for word, ndoc, nentry in conn.execute(text(stat)):
            vocab[word] = ndoc
            n_tokens += nentry  # = the tokens of all passages (a word repeats < 256 times)
        n_rows = conn.execute(text("SELECT count(*) FROM passages")).scalar() or 0
        stats.pg = (vocab, n_rows, (n_tokens / max(1, n_rows)) or 1.0)
    return stats.pg


def _quote(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def match_plan(
    terms: list[str], freqs: dict[str, int], scoped: bool
) -> list[tuple[str, list[str]]]:
    """Term groups to match in turn, each ("or" | "and", terms). In a small index: any of the
    terms. In a large one: the rarest terms while their postings fit the budget, then all of the
    3, 2 rarest whole words, then the rarest alone — so no query walks or ranks more than a
    bounded number of postings. Within one plan the budget is larger: only that plan's passages
    are ranked. Both dialects use this plan, so they match the same passages."""
    limit = SCOPED_DF_BUDGET if scoped else DF_BUDGET
    if not freqs or sum(freqs.get(t, 0) for t in terms) <= limit:
        return [("or", list(terms))]
    order = sorted(terms, key=lambda t: freqs.get(t, 0))
    groups: list[tuple[str, list[str]]] = []
    budget, rare = 0, []
    for term in order:
        if budget + freqs.get(term, 0) > limit:
            break
        rare.append(term)
        budget += freqs.get(term, 0)
    if rare:
        groups.append(("or", rare))
    # AND only whole words: 增加 and 加值 add nothing to 增加值 but cost a posting-list walk
    whole = [t for t in order if not any(t != u and t in u for u in order)]
    for k in (3, 2):
        if len(whole) >= k:
            groups.append(("and", whole[:k]))
    if not rare:
        groups.append(("or", order[:1]))
    return groups


def match_expressions(terms: list[str], freqs: dict[str, int], scoped: bool) -> list[str]:
    """The FTS5 queries of `match_plan`."""
    return [
        f" {op.upper()} ".join(_quote(t) for t in group)
        for op, group in match_plan(terms, freqs, scoped)
    ]


def _tsquery(op: str, group: list[str]) -> str:
    # tokens are letters and digits only (tokenize.py), so quoting each as a lexeme is safe
    joiner = " & " if op == "and" else " | "
    return joiner.join("'" + t.replace("'", "").replace("\\", "") + "'" for t in group)


def _filters(chapter: int | None, place: str | None, params: dict[str, Any]) -> str:
    sql = ""
    if chapter is not None:
        c = f"c{int(chapter)}"
        sql += (
            " AND (p.node_id = :ch OR p.node_id LIKE :ch_a OR p.node_id LIKE :ch_b"
            " OR p.node_id LIKE :ch_c)"
        )
        params.update(ch=c, ch_a=f"{c}.%", ch_b=f"%.{c}.%", ch_c=f"%.{c}")
    if place:
        sql += " AND p.text LIKE :place ESCAPE '\\'"
        params["place"] = "%" + re.sub(r"([%_\\])", r"\\\1", place.strip()) + "%"
    return sql


COLUMNS = "p.id, p.plan_id, p.node_id, p.kind, p.ref, p.text, p.tokens, p.span_start, p.span_end"


def candidates(
    conn: Connection,
    terms: list[str],
    freqs: dict[str, int] | None = None,
    *,
    plan_ids: list[int] | None = None,
    chapter: int | None = None,
    place: str | None = None,
    kinds: tuple[str, ...] | None = None,
    limit: int = CANDIDATES,
    stats: FtsStats | None = None,
) -> list[dict[str, Any]]:
    """Passages matching the terms, best first by the engine's own score (bigger = better)."""
    if not terms:
        return []
    if conn.dialect.name != "sqlite":
        return _candidates_pg(
            conn, terms, freqs or {}, plan_ids, chapter, place, kinds, limit, stats
        )
    params: dict[str, Any] = {"n": limit, "inner": limit if not (chapter or place) else 4000}
    where = _filters(chapter, place, params)
    scope = ""
    if plan_ids:
        scope += " AND scope : (" + " OR ".join(f'"p{int(i)}"' for i in plan_ids) + ")"
    if kinds:
        scope += " AND scope : (" + " OR ".join(_quote("k" + k) for k in kinds) + ")"
    # the first :cut matches in rowid order are scored (a cut that binds only for a fallback
    # group bound to match more than MAX_RANKED: see `_rank_cut`), the best :inner kept
    sql = (
        f"SELECT {COLUMNS}, f.score FROM (SELECT rid, score FROM (SELECT rowid AS rid, "
        f"-bm25(passages_fts, 1.0, 0.0) AS score FROM passages_fts WHERE passages_fts MATCH :q "
        f"LIMIT :cut) ORDER BY score DESC LIMIT :inner) f "
        f"JOIN passages p ON p.id = f.rid WHERE 1 = 1{where} ORDER BY f.score DESC LIMIT :n"
    )
    rows: dict[int, dict[str, Any]] = {}
    for op, group in match_plan(terms, freqs or {}, scoped=bool(plan_ids)):
        params["q"] = f"tokens : ({f' {op.upper()} '.join(_quote(t) for t in group)}){scope}"
        params["cut"] = _rank_cut(op, group, freqs or {})
        for row in conn.execute(text(sql), params).mappings():
            rows.setdefault(row["id"], dict(row))
        if len(rows) >= 10:
            break
    return sorted(rows.values(), key=lambda r: -r["score"])[:limit]


def _candidates_pg(
    conn: Connection,
    terms: list[str],
    freqs: dict[str, int],
    plan_ids: list[int] | None,
    chapter: int | None,
    place: str | None,
    kinds: tuple[str, ...] | None,
    limit: int,
    stats: FtsStats | None = None,
) -> list[dict[str, Any]]:
    """PostgreSQL: the GIN index over the stored `tokens_tsv` (migration 0004), the same term
    groups as FTS5 (`match_plan`). Per group, at most MAX_RANKED matching rows (FALLBACK_RANKED
    for a group bound to match more; in index order, the cheap criterion) are ranked by ts_rank, so no query reads the tsvectors of a large
    share of the table; the best PG_POOL are scored by FTS5's bm25 in Python (document
    frequencies, from ts_stat) and the best `limit` kept, as FTS5 keeps its best 80."""
    params: dict[str, Any] = {"n": PG_POOL, "inner": MAX_RANKED}
    where = _filters(chapter, place, params)
    if plan_ids:
        where += " AND p.plan_id IN :plan_ids"
        params["plan_ids"] = [int(i) for i in plan_ids]
    if kinds:
        where += " AND p.kind IN :kinds"
        params["kinds"] = list(kinds)
    # to_tsquery(regconfig, text) is immutable: written inline, the planner folds it and
    # estimates the match from the column's statistics
    sql = (
        f"SELECT {COLUMNS}, ts_rank(p.tokens_tsv, to_tsquery('simple', :q)) AS score "
        f"FROM (SELECT * FROM passages p WHERE p.tokens_tsv @@ to_tsquery('simple', :q)"
        f"{where} LIMIT :inner) p ORDER BY score DESC LIMIT :n"
    )
    stmt = text(sql)
    for name in ("plan_ids", "kinds"):
        if name in params:
            stmt = stmt.bindparams(bindparam(name, expanding=True))
    _vocab, n_rows, avgdl = _pg_vocabulary(conn, stats=stats)
    rows: dict[int, dict[str, Any]] = {}
    for op, group in match_plan(terms, freqs, scoped=bool(plan_ids)):
        params["q"] = _tsquery(op, group)
        params["inner"] = _rank_cut(op, group, freqs)
        found = [dict(row) for row in conn.execute(stmt, params).mappings()]
        for row in found:  # FTS5's score, so both stores re-rank alike
            row["score"] = bm25(row["tokens"], group, freqs, n_rows, avgdl)
        found.sort(key=lambda r: -r["score"])
        for row in found[:limit]:
            rows.setdefault(row["id"], row)
        if len(rows) >= 10:
            break
    return sorted(rows.values(), key=lambda r: -r["score"])[:limit]


def bm25(tokens: str, terms: list[str], freqs: dict[str, int], n_rows: int, avgdl: float) -> float:
    """SQLite FTS5's bm25 (k1 = 1.2, b = 0.75, its idf floor), as a positive score."""
    words = tokens.split()
    norm = 1.2 * (0.25 + 0.75 * len(words) / avgdl)
    score = 0.0
    for term in terms:
        tf = words.count(term)
        if tf:
            n = freqs.get(term, 0)
            idf = math.log((n_rows - n + 0.5) / (n + 0.5))
            score += (idf if idf > 0 else 1e-6) * tf * 2.2 / (tf + norm)
    return score
