"""The search index: passages with pre-tokenised text in the plan store, and ranked search.

Passages are headings, paragraphs (box items too), their sentences and the plan's targets; each
carries its node id, so every hit cites the plan. `passages.tokens` is indexed per dialect:
SQLite FTS5 (bm25; migration 0003_search_fts) or PostgreSQL GIN over the stored column
`tokens_tsv` = to_tsvector('simple', tokens) (ts_rank; migration 0004_search_tsvector). The
dialect-specific matching lives in `fts`; both feed the same re-ranking here, so the two stores
answer alike.

What a search keeps in memory between calls — the tokenizer that knows the store's learned
words (`search.vocabulary`) and the index statistics — belongs to a `SearchIndex` the caller
holds (one per store, e.g. on its Workspace). The functions here take it as `index=`; without
one they build a throwaway one per call, which reads the store's words (and on PostgreSQL the
whole index vocabulary, `fts._pg_vocabulary`) each time: fine for small stores, not for large
ones. Its tokenizer comes from `tokenize.shared_tokenizer`, cached by vocabulary.
"""

from __future__ import annotations

import json
import math
import re
import threading
import weakref
from dataclasses import asdict, dataclass, field
from typing import Any

from sqlalchemy import Connection, Engine, bindparam, delete, insert, select, text

from plantrack.model import Entity, Node, ParsedPlan
from plantrack.search import vocabulary
from plantrack.search.fts import FtsStats, candidates, doc_freqs
from plantrack.search.fts import bm25 as bm25  # re-exported: tests import it from here
from plantrack.search.fts import match_expressions as match_expressions
from plantrack.search.fts import match_plan as match_plan
from plantrack.search.tokenize import DEFAULT_MODE, Tokenizer, normalise, shared_tokenizer
from plantrack.search.vocabulary import domain_words as domain_words  # re-exported
from plantrack.store.schema import entities, mentions, passages, plans

MAX_QUERY_CHARS = 200  # longer questions are cut: the first 200 characters carry the question
MAX_TERMS = 24
HEADING_KINDS = ("part", "chapter", "section", "box", "heading")
TEXT_KINDS = ("paragraph", "item", "table")
SENTENCE_END = re.compile(r"(?<=[。！？；!?])")
KIND_PRIOR = {"target": 0.04, "sentence": 0.03, "paragraph": 0.0, "heading": 0.0}


@dataclass
class SearchHit:
    """One ranked passage; `highlights` are [start, end) spans of the query's words in `text`."""

    plan_id: int
    node: str
    kind: str  # paragraph | sentence | target | heading
    text: str
    score: float
    path: list[str] = field(default_factory=list)
    chapter: int | None = None
    ref: str | None = None  # target id for kind=target
    plan_title: str = ""
    span: tuple[int, int] | None = None
    highlights: list[tuple[int, int]] = field(default_factory=list)
    terms: list[str] = field(default_factory=list)
    coverage: float = 0.0  # weighted share of the query's words found in this passage

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["span"] = list(self.span) if self.span else None
        data["highlights"] = [list(h) for h in self.highlights]
        return data


class SearchIndex:
    """The in-process side of one store's search index: the tokenizer, kept in step with the
    words the store has learned (`search.vocabulary`), and the index statistics (`FtsStats`).

    Hold one per store (e.g. on its Workspace) and pass it as `index=`; it is thread-safe. Before
    each search it reads the vocabulary's version and, when that changed, takes in what was
    written meanwhile (by any process), so it segments as a fresh process on the same store
    would. Words it learned for a plan whose transaction did not commit are dropped at the next
    change of the version (the tokenizer is then rebuilt from the store's words).
    """

    def __init__(self, engine: Engine, mode: str = DEFAULT_MODE, *, transient: bool = False):
        self.engine = engine
        self.mode = mode
        self.stats = FtsStats()
        # a throwaway index (one call) takes shared frozen tokenizers instead of building one
        self._transient = transient
        self._lock = threading.Lock()
        self._tok: Tokenizer | None = None
        self._owned = False  # False: a frozen shared_tokenizer, replaced rather than changed
        self._known: set[str] = set()  # learned words the tokenizer has
        self._stored: set[str] = set()  # the store's learned words at `_version`
        self._version: tuple[int, int] | None = None
        # transactions that wrote words through `learn` and may still roll back
        self._writing: weakref.WeakSet[Any] = weakref.WeakSet()

    @classmethod
    def of(cls, conn: Connection, index: SearchIndex | None = None) -> SearchIndex:
        """`index`, or a throwaway one for this call."""
        return index if index is not None else cls(conn.engine, transient=True)

    def tokenizer(self, conn: Connection | None = None) -> Tokenizer:
        """The tokenizer with every word the store has learned (read through `conn`, else a
        connection of its own)."""
        if conn is None:
            with self.engine.connect() as own:
                return self.tokenizer(own)
        with self._lock:
            return self._refresh(conn)

    def learn(self, conn: Connection, plan_id: int, words: list[str]) -> Tokenizer:
        """Store a plan's words (in the caller's transaction) and teach them to the tokenizer;
        returns the tokenizer to index the plan with."""
        words = vocabulary.plan_words(words)
        with self._lock:
            self._refresh(conn)
            vocabulary.write_plan_words(conn, plan_id, words)
            tx = conn.get_transaction()
            if tx is not None:
                self._writing.add(tx)
            self._teach(self._known | set(words))
            assert self._tok is not None
            return self._tok

    def _refresh(self, conn: Connection) -> Tokenizer:
        tx = conn.get_transaction()
        if self._tok is not None and tx is not None and tx.is_active and tx in self._writing:
            # inside a transaction that wrote words: a version read here counts rows that may
            # roll back (and SQLite then gives their ids again), so keep what is known
            return self._tok
        current = vocabulary.version(conn)
        if self._tok is not None and current == self._version:
            return self._tok
        words = None
        if self._tok is not None and self._version is not None:
            added = vocabulary.words_after(conn, self._version[0])
            if current[1] == self._version[1] + len(added):  # rows were only added
                words = self._stored.union(*added)
        if words is None:  # first read, or rows removed or committed out of id order
            words = vocabulary.all_words(conn)
        self._version, self._stored = current, words
        if self._tok is not None and self._known <= words:
            self._teach(words)
        else:  # words to forget (a plan deleted, an ingest rolled back): start afresh
            self._tok = shared_tokenizer(self.mode, frozenset(words))
            self._owned, self._known = False, set(words)
        return self._tok

    def _teach(self, words: set[str]) -> None:
        """Make the tokenizer know `words` (a superset of what it knows)."""
        new = words - self._known
        if not new:
            return
        if self._owned:
            assert self._tok is not None
            self._tok.add_words(sorted(new))
        elif self._transient:
            self._tok = shared_tokenizer(self.mode, frozenset(words))
        else:  # its first word of its own: a tokenizer of its own, grown word by word from now
            self._tok = Tokenizer(self.mode)
            self._tok.add_words(sorted(words))
            self._owned = True
        self._known = set(words)


# -- writing ---------------------------------------------------------------------------------
def sentences(text: str) -> list[tuple[int, str]]:
    """(offset, sentence) pieces of a paragraph, split after 。！？；."""
    out, pos = [], 0
    for piece in SENTENCE_END.split(text):
        if piece.strip() and len(piece.strip()) >= 4:
            out.append((pos, piece))
        pos += len(piece)
    return out


def passage_rows(plan_id: int, parsed: ParsedPlan, tok: Tokenizer) -> list[dict[str, Any]]:
    """Rows for table `passages`: headings, paragraphs, sentences, targets.

    Each sentence is segmented once; its paragraph's tokens are its sentences' tokens plus the
    section heading's (segmentation never crosses 。！？；, so this equals segmenting the whole).
    """
    rows: list[dict[str, Any]] = []
    cache: dict[str, list[str]] = {}

    def tokens_of(text_: str) -> list[str]:
        if text_ not in cache:
            cache[text_] = tok.tokens(text_)
        return cache[text_]

    def add(
        node_id: str,
        kind: str,
        text_: str,
        tokens: list[str],
        ref: str | None = None,
        span: tuple[int, int] | None = None,
    ) -> None:
        if tokens:
            rows.append(
                {
                    "plan_id": plan_id,
                    "node_id": node_id,
                    "kind": kind,
                    "ref": ref,
                    "text": text_,
                    "tokens": " ".join(tokens),
                    "span_start": span[0] if span else None,
                    "span_end": span[1] if span else None,
                }
            )

    for node in parsed.nodes:
        if node.kind in HEADING_KINDS:
            add(node.node_id, "heading", node.text, tokens_of(node.text), span=node.span)
        elif node.kind in TEXT_KINDS and node.text.strip():
            section = tokens_of(node.path[-1]) if node.path else []
            if node.kind == "table":
                add(
                    node.node_id,
                    "paragraph",
                    node.text,
                    tok.tokens(node.text) + section,
                    span=node.span,
                )
                continue
            pieces = [(o, t, tok.tokens(t)) for o, t in _pieces(node.text)]
            add(
                node.node_id,
                "paragraph",
                node.text,
                [w for _o, _t, ws in pieces for w in ws] + section,
                span=node.span,
            )
            title = tokens_of(node.title) if node.title else []
            for offset, sentence, words in pieces:
                if len(sentence.strip()) < 4:
                    continue
                start = node.span[0] + offset
                context = title if node.title and node.title not in sentence else []
                add(
                    node.node_id,
                    "sentence",
                    sentence,
                    words + context,
                    span=(start, start + len(sentence)),
                )
    for target in parsed.targets:
        add(
            target.location.node,
            "target",
            target.text,
            tok.tokens(target.text) + tokens_of(target.metric),
            ref=target.id,
            span=target.span,
        )
    return rows


def _pieces(text_: str) -> list[tuple[int, str]]:
    out, pos = [], 0
    for piece in SENTENCE_END.split(text_):
        if piece.strip():
            out.append((pos, piece))
        pos += len(piece)
    return out


def index_plan(
    conn: Connection, plan_id: int, parsed: ParsedPlan, index: SearchIndex | None = None
) -> int:
    """Write the plan's passages and learned words (inside the caller's transaction); returns
    how many passages."""
    tok = SearchIndex.of(conn, index).learn(conn, plan_id, domain_words(parsed))
    conn.execute(delete(passages).where(passages.c.plan_id == plan_id))
    rows = passage_rows(plan_id, parsed, tok)
    if rows:
        conn.execute(insert(passages), rows)
    return len(rows)


def unindexed_plans(conn: Connection) -> list[int]:
    have = select(passages.c.id).where(passages.c.plan_id == plans.c.id).exists()
    return list(conn.execute(select(plans.c.id).where(~have).order_by(plans.c.id)).scalars())


def reindex(
    engine: Engine, plan_ids: list[int] | None = None, index: SearchIndex | None = None
) -> dict[int, int]:
    """Rebuild the passages, learned words and entities (with mentions) of the given plans from
    their stored nodes and targets, or of every plan that has no passages yet. Returns
    {plan id: passages}."""
    from plantrack.parse.entities import extract_entities
    from plantrack.store.plans import list_nodes, list_targets

    index = index or SearchIndex(engine)  # one tokenizer grown plan by plan, not one per plan
    done: dict[int, int] = {}
    with engine.begin() as conn:
        ids = plan_ids if plan_ids is not None else unindexed_plans(conn)
        for plan_id in ids:
            plan_nodes = list_nodes(conn, plan_id)
            found = extract_entities(plan_nodes)  # derived data: re-extract, never stale
            conn.execute(delete(mentions).where(mentions.c.plan_id == plan_id))
            conn.execute(delete(entities).where(entities.c.plan_id == plan_id))
            _insert_entities(conn, plan_id, found)
            parsed = ParsedPlan(
                title="",
                text="",
                nodes=plan_nodes,
                targets=list_targets(conn, plan_id),
                entities=found,
            )
            done[plan_id] = index_plan(conn, plan_id, parsed, index)
    return done


def _insert_entities(conn: Connection, plan_id: int, found: list[Entity]) -> None:
    for entity in found:
        entity_id = conn.execute(
            insert(entities).values(plan_id=plan_id, name=entity.name, type=entity.type)
        ).inserted_primary_key[0]
        if entity.mentions:
            conn.execute(
                insert(mentions),
                [
                    {
                        "entity_id": entity_id,
                        "plan_id": plan_id,
                        "node_id": n,
                        "span_start": s,
                        "span_end": e,
                    }
                    for n, s, e in entity.mentions
                ],
            )


# -- querying --------------------------------------------------------------------------------
def prepare_query(
    conn: Connection, query: str, tok: Tokenizer, stats: FtsStats | None = None
) -> tuple[list[str], dict[str, float], dict[str, int]]:
    """(terms, weight of each term, document frequencies). Empty without content words."""
    query = (query or "").strip()[:MAX_QUERY_CHARS]
    if not query:
        return [], {}, {}
    terms = tok.query_terms(query, limit=MAX_TERMS)
    if not terms:
        return [], {}, {}
    words = set(tok.query_terms(query, limit=MAX_TERMS, bigrams=False))
    freqs, total = doc_freqs(conn, terms, stats)
    if total:
        # A real word the index has never seen still counts against coverage (with the highest
        # weight), so "GDP target of Paris" does not pass for a question about GDP. Fragments
        # the segmenter guessed and synonyms whose canonical term is present do not.
        weights = {
            t: math.log(1 + (total - freqs.get(t, 0) + 0.5) / (freqs.get(t, 0) + 0.5))
            for t in terms
            if freqs.get(t, 0) > 0 or (tok.is_word(t) and t not in tok.canonical)
        }
        seen = [t for t in terms if freqs.get(t, 0) > 0]
        # hybrid tokens: bigrams re-rank; the index is searched by words unless none is known
        match = [t for t in seen if t in words] or seen
        return match, weights, freqs
    return terms, {t: 1.0 + min(len(t), 4) / 4 for t in terms}, {}


def query_weights(
    conn: Connection, query: str, index: SearchIndex | None = None
) -> dict[str, float]:
    """The weight of each of a query's terms, as search() weighs coverage with them."""
    index = SearchIndex.of(conn, index)
    return prepare_query(conn, query, index.tokenizer(conn), index.stats)[1]


def search(
    conn: Connection,
    query: str,
    *,
    plan_ids: list[int] | None = None,
    chapter: int | None = None,
    place: str | None = None,
    limit: int = 10,
    kinds: tuple[str, ...] | None = None,
    per_node: bool = True,
    index: SearchIndex | None = None,
    locate: bool = True,
) -> list[SearchHit]:
    """Ranked passages for a query: engine candidates re-ranked by how much of the query they
    cover; with `per_node`, the best passage of each node only; with `locate`, their heading
    paths and plan titles (else call `add_locations` on the hits you keep)."""
    index = SearchIndex.of(conn, index)
    tok = index.tokenizer(conn)
    terms, weights, freqs = prepare_query(conn, query, tok, index.stats)
    rows = candidates(
        conn,
        terms,
        freqs,
        plan_ids=plan_ids,
        chapter=chapter,
        place=place,
        kinds=kinds,
        stats=index.stats,
    )
    if not rows:
        return []
    if not freqs:  # an empty store: "seen" means found in a candidate
        present = {w for r in rows for w in r["tokens"].split()}
        weights = {
            t: w
            for t, w in weights.items()
            if t in present or (tok.is_word(t) and t not in tok.canonical)
        }
    total_weight = sum(weights.values()) or 1.0
    top = max(r["score"] for r in rows) or 1.0
    scored = []
    for row in rows:
        words = set(row["tokens"].split())
        found = [t for t in weights if t in words]
        coverage = sum(weights[t] for t in found) / total_weight
        score = 0.35 * row["score"] / top + coverage + KIND_PRIOR.get(row["kind"], 0.0)
        scored.append((score, coverage, found, row))
    scored.sort(key=lambda s: -s[0])
    hits: list[SearchHit] = []
    seen: set[tuple[int, str]] = set()
    for score, coverage, found, row in scored:
        key = (row["plan_id"], row["node_id"])
        if per_node and key in seen:
            continue
        seen.add(key)
        span = (row["span_start"], row["span_end"]) if row["span_start"] is not None else None
        hits.append(
            SearchHit(
                plan_id=row["plan_id"],
                node=row["node_id"],
                kind=row["kind"],
                text=row["text"],
                score=round(score, 4),
                ref=row["ref"],
                span=span,
                terms=found,
                coverage=round(coverage, 4),
            )
        )
        if len(hits) >= limit:
            break
    if locate:
        add_locations(conn, hits)
    return hits


def highlight_spans(passage: str, terms: list[str]) -> list[tuple[int, int]]:
    """Merged [start, end) spans of the terms in the passage (case- and width-insensitive)."""
    folded = normalise(passage)
    if len(folded) != len(passage):
        folded = passage.lower()
    spans: list[tuple[int, int]] = []
    for term in sorted(set(terms), key=len, reverse=True):
        for match in re.finditer(re.escape(term), folded):
            spans.append((match.start(), match.end()))
    spans.sort()
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def node_path(node: Node) -> list[str]:
    """The citation path: the heading path plus the node's own heading or lead sentence."""
    own = node.text if node.kind in HEADING_KINDS else node.title
    if not own or (node.path and node.path[-1] == own):
        return list(node.path)
    return [*node.path, own]


_NODES_OF_PLAN = text(
    "SELECT node_id, kind, title, text, path FROM nodes WHERE plan_id = :plan AND node_id IN :ids"
).bindparams(bindparam("ids", expanding=True))


def add_locations(conn: Connection, hits: list[SearchHit]) -> None:
    """Heading paths, chapter numbers, plan titles and highlights of the hits."""
    if not hits:
        return
    for hit in hits:  # highlights only for the hits kept: cheap, but not for 80 candidates
        if not hit.highlights:
            hit.highlights = highlight_spans(hit.text, hit.terms)
    by_plan: dict[int, set[str]] = {}
    for hit in hits:
        by_plan.setdefault(hit.plan_id, set()).add(hit.node)
    found = {}
    for plan_id, node_ids in by_plan.items():  # the (plan_id, node_id) unique index
        for row in conn.execute(_NODES_OF_PLAN, {"plan": plan_id, "ids": sorted(node_ids)}):
            found[(plan_id, row.node_id)] = row
    plan_ids = sorted(by_plan)
    titles = dict(
        conn.execute(select(plans.c.id, plans.c.title).where(plans.c.id.in_(plan_ids))).all()
    )
    for hit in hits:
        row = found.get((hit.plan_id, hit.node))
        hit.plan_title = titles.get(hit.plan_id, "")
        if row is not None:
            path = row.path if isinstance(row.path, list) else json.loads(row.path)
            own = row.text if row.kind in HEADING_KINDS else row.title
            hit.path = list(path) if not own or (path and path[-1] == own) else [*path, own]
        match = re.search(r"(?:^|\.)c(\d+)(?:\.|$)", hit.node)
        hit.chapter = int(match.group(1)) if match else None
