"""Score target extraction on the wild set: real public government texts (evaluation/real/).

Run from the repository root: `.venv/bin/python -m evaluation.eval_real [-v] [--blindN [--record NAME]]`.

Each document goes through what `plantrack ingest` does (read the .txt, clean, outline, context,
targets, tables) with the plan period from its label. The split is fixed by a rule, not chosen:
a document is blind when the first hex digit of sha256(file stem) is 0–7 (GUIDE.md). The dev
split is scored every run (`-v` lists its errors). The first blind split was scored only twice,
at the start and at the end of the work it measured (evaluation/real/blind-scores.json,
docs/targets.md); it is retired now and scored every run like dev. The second batch (`b2-…`)
was blind as a whole and scored at the start and end of the next piece of work; it is retired
too, and so are the later ones once scored at their end (from the twentieth on, each text is
labelled twice and reconciled, `eval_agreement`). The batches of `BLIND_BATCHES` (now b191 to b194,
`--blind191` … `--blind194`) are gathered and labelled before the next piece of work; each is blind as a whole,
scored at the start and at the end of that work only.

Fields: value+unit; value_max (ranges); metric (the prediction contains the gold `key`, the key
noun phrase); comparator; kind; deadline; baseline (value and year); aspiration. Predicted
targets without a value (qualitative milestones) are not scored: the set labels numbers only.
Also counted: predictions inside a review passage (past figures taken as targets), documents
whose ingest failed, and the indicator-table rows (gold `table: true`): found, value, baseline,
binding.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
import unicodedata
from pathlib import Path

import opencc

from evaluation.eval_targets import show_errors
from plantrack.model import Target
from plantrack.parse.plan import parse_document
from plantrack.read import read_document
from plantrack.read.clean import chinese_punctuation, normalize_width
from plantrack.read.script import strip_pinyin, strip_toneless_glosses

HERE = Path(__file__).resolve().parent / "real"
_T2S = opencc.OpenCC("t2s")
FIELDS = (
    "value+unit",
    "value_max",
    "metric",
    "comparator",
    "kind",
    "deadline",
    "baseline",
    "aspiration",
)
TABLE_FIELDS = ("row", "value", "baseline", "binding")


# the batches blind for the next piece of work (b199–b202: to be gathered at the next session's start)
BLIND_BATCHES: tuple[int, ...] = (199, 200, 201, 202)
BATCH = re.compile(r"b(\d+)-")


def split_of(stem: str) -> str:
    """The fixed rule: a batch of `BLIND_BATCHES` is blind as a whole. The second to
    hundred-and-ninety-eighth batches (`b2-…` … `b198-…`) were blind as a whole and are retired
    since their end scores (scored every run, tuned on), bar the ninety-fourth (`b94-…`), scored
    once at its start and gathered to be tuned on; the hundred-and-ninety-ninth to
    two-hundred-and-second are blind. In the first batch a document was blind when sha256(stem)
    starts with 0–7. That first blind split was scored at the start and at the end of the work it
    measured (blind-scores.json); it is retired now — scored every run and tuned on like dev."""
    batch = BATCH.match(stem)
    if batch:
        number = int(batch.group(1))
        return f"blind{number}" if number in BLIND_BATCHES else f"retired{number}"
    first = hashlib.sha256(stem.encode("utf-8")).hexdigest()[0] in "01234567"
    return "retired" if first else "dev"


def predict(doc_path: Path, label: dict) -> tuple[list[Target], str]:
    """Targets of one document as ingest finds them, and the cleaned text."""
    doc = read_document(doc_path)
    period = (label["start_year"], label["end_year"])
    parsed = parse_document(doc, title=label.get("title"), period=period)
    return parsed.targets, parsed.text


def _simplified(text: str) -> str:
    """A label's words as the reader leaves the text: simplified, glosses (toned or not)
    dropped, full-width letters and digits narrowed (NFKC), punctuation and spaces kept."""
    if not text:
        return ""
    text = strip_toneless_glosses(strip_pinyin(text)[0])[0]
    return unicodedata.normalize("NFKC", _T2S.convert(text))


def _norm(text: str | None) -> str:
    """Text compared without spaces, quotes and pinyin glosses, in simplified characters (a
    traditional or glossed text's labels are written as the text is, its predictions as the
    reader leaves it: simplified, glosses dropped)."""
    # ratio signs: 2.2∶1, 2.1︰1 and 2.5:1 are one ratio (NFKC makes ︰ a leader ‥); ％ is %
    text = _simplified(text.replace("∶", ":").replace("︰", ":")) if text else ""
    return re.sub(r"[\s“”\"‘’'「」]", "", text).replace("(", "（").replace(")", "）")


def _same(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= 1e-9 * max(1.0, abs(a), abs(b))


def field_equal(name: str, gold: dict, pred: dict) -> bool:
    if name == "value+unit":
        return _same(gold.get("value"), pred["value"]) and _norm(gold.get("unit")) == _norm(
            pred["unit"]
        )
    if name == "value_max":
        return _same(gold.get("value_max"), pred.get("value_max"))
    if name == "metric":
        key = _norm(gold.get("key") or gold["metric"])
        return bool(key) and key in _norm(pred["metric"])
    if name == "baseline":
        return (
            _same(gold.get("baseline"), pred["baseline"])
            and gold.get("baseline_year") == pred["baseline_year"]
        )
    if name == "aspiration":
        return bool(gold.get("aspiration")) == bool(pred["aspiration"])
    if name == "binding":
        return gold.get("binding") == pred["binding"]
    return gold.get(name) == pred[name]


def _overlap(a: str, b: str) -> float:
    a, b = _norm(a), _norm(b)
    if not a or not b:
        return 0.0
    return sum(1 for ch in set(a) if ch in b) / len(set(a))


def align(gold: list[dict], pred: list[dict]) -> list[tuple[int, int]]:
    """One-to-one pairs (gold index, prediction index), best first."""
    scored = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            score = 2 * _overlap(g.get("key") or g["metric"], p["metric"])
            if field_equal("value+unit", g, p):
                score += 3
            elif _same(g.get("value"), p["value"]):
                score += 1.5
            if g.get("text") and p["value"] is not None and _norm(g["text"]) in _norm(p["text"]):
                score += 0.5
            if g.get("deadline") == p["deadline"]:
                score += 0.25  # rows alike but for their year (2016, 2017, 2018) pair by year
            if g.get("baseline") is not None and field_equal("baseline", g, p):
                score += 0.25  # a table row and the prose that restates it: the row has the base
            if score >= 2.0:
                scored.append((score, gi, pi))
    pairs, used_g, used_p = [], set(), set()
    for _, gi, pi in sorted(scored, key=lambda s: -s[0]):
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            pairs.append((gi, pi))
    return pairs


def _in_review(pred: dict, text: str, label: dict) -> bool:
    """True when a prediction's citation lies in a paragraph the label marks as a review (where
    its span, when it has one, says it was found)."""
    for start in label.get("review_passages", []):
        at = text.find(start.strip())
        if at < 0:  # a traditional or glossed text's passage, as the reader leaves it
            at = text.find(_simplified(start.strip()))
        if at < 0:  # a passage with ASCII commas, full-width in the text the reader cleaned
            at = text.find(chinese_punctuation(normalize_width(start.strip())))
        if at < 0:
            continue
        end = text.find("\n", at)
        end = end if end > 0 else len(text)
        span = pred.get("span")
        if span is not None and not at <= span[0] < end:
            continue  # 城镇登记失业率控制在3%以内 in the goals after a review that says it too
        if pred["text"] and pred["text"] in text[at:end]:
            return True
    return False


def empty_totals() -> dict:
    return {
        "fields": {f: {"tp": 0, "pred": 0, "gold": 0} for f in FIELDS},
        "table": {f: {"tp": 0, "gold": 0} for f in TABLE_FIELDS},
        "docs": 0,
        "failed": [],
        "review_errors": 0,
        "review_passages": 0,  # labelled review passages
        "review_leaked": 0,  # of those, passages in which a figure was taken as a target
    }


def count_fields(
    fields: dict, gold: list[dict], pred: list[dict], pairs: list[tuple[int, int]]
) -> None:
    """Add one document's gold, predicted and matching counts to each field's totals."""
    for f in FIELDS:
        t = fields[f]
        t["gold"] += len(gold)
        t["pred"] += len(pred)
        t["tp"] += sum(1 for gi, pi in pairs if field_equal(f, gold[gi], pred[pi]))


def score_document(label_file: Path, totals: dict, verbose: bool, quiet: bool = False) -> None:
    label = json.loads(label_file.read_text(encoding="utf-8"))
    doc_path = label_file.parent / label["document"]
    totals["docs"] += 1
    try:
        targets, text = predict(doc_path, label)
    except Exception as exc:  # a failed ingest is a result to count, not a crash of the scorer
        totals["failed"].append(f"{label_file.name}: {type(exc).__name__}: {exc}")
        targets, text = [], ""
    # the span (in the cleaned text) places a citation that a review passage repeats word for word
    pred = [{**t.to_dict(), "span": t.span} for t in targets if t.value is not None]
    gold = label["targets"]
    pairs = align(gold, pred)
    count_fields(totals["fields"], gold, pred, pairs)
    paired = dict(pairs)
    for gi, g in enumerate(gold):
        if not g.get("table"):
            continue
        for f in TABLE_FIELDS:
            totals["table"][f]["gold"] += 1
        if gi not in paired:
            continue
        p = pred[paired[gi]]
        totals["table"]["row"]["tp"] += 1
        for f, name in (("value", "value+unit"), ("baseline", "baseline"), ("binding", "binding")):
            totals["table"][f]["tp"] += field_equal(name, g, p)
    review = [p for p in pred if _in_review(p, text, label)]
    totals["review_errors"] += len(review)
    passages = label.get("review_passages", [])
    totals["review_passages"] += len(passages)
    totals["review_leaked"] += sum(
        1
        for start in passages
        if any(_in_review(p, text, {"review_passages": [start]}) for p in review)
    )
    if quiet:
        return  # the blind split shows totals only
    print(
        f"{label_file.name}: gold {len(gold)}, predicted {len(pred)}, aligned {len(pairs)}"
        + (f", {len(review)} in review passages" if review else "")
    )
    if verbose:
        show_errors(gold, pred, pairs, fields=FIELDS, equal=field_equal, short=_short)


def _short(t: dict) -> str:
    return (
        f"{t['metric']} [{t.get('key', '')}] | {t.get('value')}~{t.get('value_max')} "
        f"{t.get('unit')} {t.get('comparator')} {t.get('kind')} {t.get('deadline')} "
        f"base={t.get('baseline')}/{t.get('baseline_year')} asp={t.get('aspiration', False)} "
        f"bind={t.get('binding')}"
    )


def evaluate(split: str, verbose: bool = False) -> dict:
    totals = empty_totals()
    for label_file in sorted(HERE.glob("*.json")):
        if label_file.name.startswith("blind-scores") or split_of(label_file.stem) != split:
            continue
        tuned = split in dict(RETIRED)
        score_document(label_file, totals, verbose and tuned, quiet=not tuned)
    return totals


def f1_table(totals: dict) -> dict[str, dict[str, float]]:
    out = {}
    for f, t in totals["fields"].items():
        p = t["tp"] / t["pred"] if t["pred"] else 0.0
        r = t["tp"] / t["gold"] if t["gold"] else 0.0
        out[f] = {"P": p, "R": r, "F1": 2 * p * r / (p + r) if p + r else 0.0}
    return out


def print_totals(title: str, totals: dict) -> None:
    print(f"\n{title}: {totals['docs']} documents")
    print(f"{'field':<12} {'gold':>5} {'pred':>5} {'tp':>5} {'P':>6} {'R':>6} {'F1':>6}")
    scores = f1_table(totals)
    for f, t in totals["fields"].items():
        s = scores[f]
        print(
            f"{f:<12} {t['gold']:>5} {t['pred']:>5} {t['tp']:>5} "
            f"{s['P']:>6.3f} {s['R']:>6.3f} {s['F1']:>6.3f}"
        )
    table = totals["table"]
    if table["row"]["gold"]:
        rows = ", ".join(
            f"{f} {t['tp']}/{t['gold']} ({t['tp'] / t['gold']:.3f})" for f, t in table.items()
        )
        print(f"indicator-table rows: {rows}")
    print(
        f"past figures taken as targets in review passages: {totals['review_errors']}"
        f" (in {totals.get('review_leaked', 0)} of {totals.get('review_passages', 0)}"
        " labelled review passages)"
    )
    print(f"documents whose ingest failed: {len(totals['failed'])}")
    for line in totals["failed"]:
        print(f"  {line}")


def print_recorded() -> None:
    """Every recorded blind run, one a row (a run a column made the table too wide to read)."""
    path = HERE / "blind-scores.json"
    if not path.exists():
        return
    recorded = json.loads(path.read_text(encoding="utf-8"))
    print(
        "\nblind batches, recorded runs (F1; a batch is scored only at the start and the end of a"
        " piece of work; past = past figures taken as targets in its review passages)"
    )
    width = max(len(n) for n in recorded)
    print(f"{'run':<{width}} " + " ".join(f"{_SHORT.get(f, f):>8}" for f in FIELDS) + "     past")
    for name, run in recorded.items():
        cells = " ".join(f"{run['f1'].get(f, 0):>8.3f}" for f in FIELDS)
        past = run.get("totals", {}).get("review_errors")
        print(f"{name:<{width}} {cells} {'—' if past is None else past:>8}")


_SHORT = {
    "value+unit": "value",
    "value_max": "max",
    "comparator": "compare",
    "aspiration": "aspire",
}


RETIRED = (
    ("dev", "wild set, dev split (rules may be tuned on these)"),
    ("retired", "wild set, retired first blind split (scored blind twice, tuned on since)"),
    ("retired2", "wild set, retired second batch b2- (scored blind twice, tuned on since)"),
    ("retired3", "wild set, retired third batch b3- (scored blind twice, tuned on since)"),
    ("retired4", "wild set, retired fourth batch b4- (scored blind twice, tuned on since)"),
    ("retired5", "wild set, retired fifth batch b5- (scored blind twice, tuned on since)"),
    ("retired6", "wild set, retired sixth batch b6- (scored blind twice, tuned on since)"),
    ("retired7", "wild set, retired seventh batch b7- (scored blind twice, tuned on since)"),
    ("retired8", "wild set, retired eighth batch b8- (scored blind twice, tuned on since)"),
    ("retired9", "wild set, retired ninth batch b9- (scored blind twice, tuned on since)"),
    ("retired10", "wild set, retired tenth batch b10- (scored blind twice, tuned on since)"),
    ("retired11", "wild set, retired eleventh batch b11- (scored blind twice, tuned on since)"),
    ("retired12", "wild set, retired twelfth batch b12- (scored blind twice, tuned on since)"),
    ("retired13", "wild set, retired thirteenth batch b13- (scored blind twice, tuned on since)"),
    ("retired14", "wild set, retired fourteenth batch b14- (scored blind twice, tuned on since)"),
    ("retired15", "wild set, retired fifteenth batch b15- (scored blind twice, tuned on since)"),
    ("retired16", "wild set, retired sixteenth batch b16- (scored blind twice, tuned on since)"),
    ("retired17", "wild set, retired seventeenth batch b17- (scored blind twice, tuned on since)"),
    ("retired18", "wild set, retired eighteenth batch b18- (scored blind twice, tuned on since)"),
    ("retired19", "wild set, retired nineteenth batch b19- (scored blind twice, tuned on since)"),
    ("retired20", "wild set, retired twentieth batch b20- (scored blind twice, tuned on since)"),
    ("retired21", "wild set, retired twenty-first batch b21- (scored blind twice, tuned on since)"),
    (
        "retired22",
        "wild set, retired twenty-second batch b22- (scored blind twice, tuned on since)",
    ),
    (
        "retired23",
        "wild set, retired twenty-third batch b23- (scored blind twice, tuned on since)",
    ),
    (
        "retired24",
        "wild set, retired twenty-fourth batch b24- (scored blind twice, tuned on since)",
    ),
    (
        "retired25",
        "wild set, retired twenty-fifth batch b25- (scored blind twice, tuned on since)",
    ),
    (
        "retired26",
        "wild set, retired twenty-sixth batch b26- (scored blind twice, tuned on since)",
    ),
    (
        "retired27",
        "wild set, retired twenty-seventh batch b27- (scored blind twice, tuned on since)",
    ),
    (
        "retired28",
        "wild set, retired twenty-eighth batch b28- (scored blind twice, tuned on since)",
    ),
    (
        "retired29",
        "wild set, retired twenty-ninth batch b29- (scored blind twice, tuned on since)",
    ),
    ("retired30", "wild set, retired thirtieth batch b30- (scored blind twice, tuned on since)"),
    (
        "retired31",
        "wild set, retired thirty-first batch b31- (scored blind twice, tuned on since)",
    ),
    (
        "retired32",
        "wild set, retired thirty-second batch b32- (scored blind twice, tuned on since)",
    ),
    (
        "retired33",
        "wild set, retired thirty-third batch b33- (scored blind twice, tuned on since)",
    ),
    (
        "retired34",
        "wild set, retired thirty-fourth batch b34- (scored blind twice, tuned on since)",
    ),
    (
        "retired35",
        "wild set, retired thirty-fifth batch b35- (scored blind twice, tuned on since)",
    ),
    (
        "retired36",
        "wild set, retired thirty-sixth batch b36- (scored blind twice, tuned on since)",
    ),
    (
        "retired37",
        "wild set, retired thirty-seventh batch b37- (scored blind twice, tuned on since)",
    ),
    (
        "retired38",
        "wild set, retired thirty-eighth batch b38- (scored blind twice, tuned on since)",
    ),
    (
        "retired39",
        "wild set, retired thirty-ninth batch b39- (scored blind twice, tuned on since)",
    ),
    (
        "retired40",
        "wild set, retired fortieth batch b40- (scored blind twice, tuned on since)",
    ),
    (
        "retired41",
        "wild set, retired forty-first batch b41- (scored blind twice, tuned on since)",
    ),
    (
        "retired42",
        "wild set, retired forty-second batch b42- (scored blind twice, tuned on since)",
    ),
    (
        "retired43",
        "wild set, retired forty-third batch b43- (scored blind twice, tuned on since)",
    ),
    (
        "retired44",
        "wild set, retired forty-fourth batch b44- (scored blind twice, tuned on since)",
    ),
    (
        "retired45",
        "wild set, retired forty-fifth batch b45- (scored blind twice, tuned on since)",
    ),
    (
        "retired46",
        "wild set, retired forty-sixth batch b46- (scored blind twice, tuned on since)",
    ),
    (
        "retired47",
        "wild set, retired forty-seventh batch b47- (scored blind twice, tuned on since)",
    ),
    (
        "retired48",
        "wild set, retired forty-eighth batch b48- (scored blind twice, tuned on since)",
    ),
    (
        "retired49",
        "wild set, retired forty-ninth batch b49- (scored blind twice, tuned on since)",
    ),
    (
        "retired50",
        "wild set, retired fiftieth batch b50- (scored blind twice, tuned on since)",
    ),
    (
        "retired51",
        "wild set, retired fifty-first batch b51- (scored blind twice, tuned on since)",
    ),
    (
        "retired52",
        "wild set, retired fifty-second batch b52- (scored blind twice, tuned on since)",
    ),
    (
        "retired53",
        "wild set, retired fifty-third batch b53- (scored blind twice, tuned on since)",
    ),
    (
        "retired54",
        "wild set, retired fifty-fourth batch b54- (scored blind twice, tuned on since)",
    ),
    (
        "retired55",
        "wild set, retired fifty-fifth batch b55- (scored blind twice, tuned on since)",
    ),
    (
        "retired56",
        "wild set, retired fifty-sixth batch b56- (scored blind twice, tuned on since)",
    ),
    (
        "retired57",
        "wild set, retired fifty-seventh batch b57- (scored blind twice, tuned on since)",
    ),
    (
        "retired58",
        "wild set, retired fifty-eighth batch b58- (scored blind twice, tuned on since)",
    ),
    (
        "retired59",
        "wild set, retired fifty-ninth batch b59- (scored blind twice, tuned on since)",
    ),
    (
        "retired60",
        "wild set, retired sixtieth batch b60- (scored blind twice, tuned on since)",
    ),
    (
        "retired61",
        "wild set, retired sixty-first batch b61- (scored blind twice, tuned on since)",
    ),
    (
        "retired62",
        "wild set, retired sixty-second batch b62- (scored blind twice, tuned on since)",
    ),
    (
        "retired63",
        "wild set, retired sixty-third batch b63- (scored blind twice, tuned on since)",
    ),
    (
        "retired64",
        "wild set, retired sixty-fourth batch b64- (scored blind twice, tuned on since)",
    ),
    (
        "retired65",
        "wild set, retired sixty-fifth batch b65- (scored blind twice, tuned on since)",
    ),
    (
        "retired66",
        "wild set, retired sixty-sixth batch b66- (scored blind twice, tuned on since)",
    ),
    (
        "retired67",
        "wild set, retired sixty-seventh batch b67- (scored blind twice, tuned on since)",
    ),
    (
        "retired68",
        "wild set, retired sixty-eighth batch b68- (scored blind twice, tuned on since)",
    ),
    (
        "retired69",
        "wild set, retired sixty-ninth batch b69- (scored blind twice, tuned on since)",
    ),
    (
        "retired70",
        "wild set, retired seventieth batch b70- (scored blind twice, tuned on since)",
    ),
    (
        "retired71",
        "wild set, retired seventy-first batch b71- (scored blind twice, tuned on since)",
    ),
    (
        "retired72",
        "wild set, retired seventy-second batch b72- (scored blind twice, tuned on since)",
    ),
    (
        "retired73",
        "wild set, retired seventy-third batch b73- (scored blind twice, tuned on since)",
    ),
    (
        "retired74",
        "wild set, retired seventy-fourth batch b74- (scored blind twice, tuned on since)",
    ),
    (
        "retired75",
        "wild set, retired seventy-fifth batch b75- (scored blind twice, tuned on since)",
    ),
    (
        "retired76",
        "wild set, retired seventy-sixth batch b76- (scored blind twice, tuned on since)",
    ),
    (
        "retired77",
        "wild set, retired seventy-seventh batch b77- (scored blind twice, tuned on since)",
    ),
    (
        "retired78",
        "wild set, retired seventy-eighth batch b78- (scored blind twice, tuned on since)",
    ),
    (
        "retired79",
        "wild set, retired seventy-ninth batch b79- (scored blind twice, tuned on since)",
    ),
    (
        "retired80",
        "wild set, retired eightieth batch b80- (scored blind twice, tuned on since)",
    ),
    (
        "retired81",
        "wild set, retired eighty-first batch b81- (scored blind twice, tuned on since)",
    ),
    (
        "retired82",
        "wild set, retired eighty-second batch b82- (scored blind twice, tuned on since)",
    ),
    (
        "retired83",
        "wild set, retired eighty-third batch b83- (scored blind twice, tuned on since)",
    ),
    (
        "retired84",
        "wild set, retired eighty-fourth batch b84- (scored blind twice, tuned on since)",
    ),
    (
        "retired85",
        "wild set, retired eighty-fifth batch b85- (scored blind twice, tuned on since)",
    ),
    (
        "retired86",
        "wild set, retired eighty-sixth batch b86- (scored blind twice, tuned on since)",
    ),
    (
        "retired87",
        "wild set, retired eighty-seventh batch b87- (scored blind twice, tuned on since)",
    ),
    (
        "retired88",
        "wild set, retired eighty-eighth batch b88- (scored blind twice, tuned on since)",
    ),
    (
        "retired89",
        "wild set, retired eighty-ninth batch b89- (scored blind twice, tuned on since)",
    ),
    (
        "retired90",
        "wild set, retired ninetieth batch b90- (scored blind twice, tuned on since)",
    ),
    (
        "retired91",
        "wild set, retired ninety-first batch b91- (scored blind twice, tuned on since)",
    ),
    (
        "retired92",
        "wild set, retired ninety-second batch b92- (scored blind twice, tuned on since)",
    ),
    (
        "retired93",
        "wild set, retired ninety-third batch b93- (scored blind twice, tuned on since)",
    ),
    (
        "retired94",
        "wild set, retired ninety-fourth batch b94- (scored at its start, gathered to tune on)",
    ),
    (
        "retired95",
        "wild set, retired ninety-fifth batch b95- (scored blind twice, tuned on since)",
    ),
    (
        "retired96",
        "wild set, retired ninety-sixth batch b96- (scored blind twice, tuned on since)",
    ),
    (
        "retired97",
        "wild set, retired ninety-seventh batch b97- (scored blind twice, tuned on since)",
    ),
    (
        "retired98",
        "wild set, retired ninety-eighth batch b98- (scored blind twice, tuned on since)",
    ),
    (
        "retired99",
        "wild set, retired ninety-ninth batch b99- (scored blind twice, tuned on since)",
    ),
    ("retired100", "wild set, retired hundredth batch b100- (scored blind twice, tuned on since)"),
    ("retired101", "wild set, retired batch b101- (scored blind twice, tuned on since)"),
    ("retired102", "wild set, retired batch b102- (scored blind twice, tuned on since)"),
    ("retired103", "wild set, retired batch b103- (scored blind twice, tuned on since)"),
    ("retired104", "wild set, retired batch b104- (scored blind twice, tuned on since)"),
    ("retired105", "wild set, retired batch b105- (scored blind twice, tuned on since)"),
    ("retired106", "wild set, retired batch b106- (scored blind twice, tuned on since)"),
    ("retired107", "wild set, retired batch b107- (scored blind twice, tuned on since)"),
    ("retired108", "wild set, retired batch b108- (scored blind twice, tuned on since)"),
    ("retired109", "wild set, retired batch b109- (scored blind twice, tuned on since)"),
    ("retired110", "wild set, retired batch b110- (scored blind twice, tuned on since)"),
    ("retired111", "wild set, retired batch b111- (scored blind twice, tuned on since)"),
    ("retired112", "wild set, retired batch b112- (scored blind twice, tuned on since)"),
    ("retired113", "wild set, retired batch b113- (scored blind twice, tuned on since)"),
    ("retired114", "wild set, retired batch b114- (scored blind twice, tuned on since)"),
    ("retired115", "wild set, retired batch b115- (scored blind twice, tuned on since)"),
    ("retired116", "wild set, retired batch b116- (scored blind twice, tuned on since)"),
    ("retired117", "wild set, retired batch b117- (scored blind twice, tuned on since)"),
    ("retired118", "wild set, retired batch b118- (scored blind twice, tuned on since)"),
    ("retired119", "wild set, retired batch b119- (scored blind twice, tuned on since)"),
    ("retired120", "wild set, retired batch b120- (scored blind twice, tuned on since)"),
    ("retired121", "wild set, retired batch b121- (scored blind twice, tuned on since)"),
    ("retired122", "wild set, retired batch b122- (scored blind twice, tuned on since)"),
    ("retired123", "wild set, retired batch b123- (scored blind twice, tuned on since)"),
    ("retired124", "wild set, retired batch b124- (scored blind twice, tuned on since)"),
    ("retired125", "wild set, retired batch b125- (scored blind twice, tuned on since)"),
    ("retired126", "wild set, retired batch b126- (scored blind twice, tuned on since)"),
    ("retired127", "wild set, retired batch b127- (scored blind twice, tuned on since)"),
    ("retired128", "wild set, retired batch b128- (scored blind twice, tuned on since)"),
    ("retired129", "wild set, retired batch b129- (scored blind twice, tuned on since)"),
    ("retired130", "wild set, retired batch b130- (scored blind twice, tuned on since)"),
    ("retired131", "wild set, retired batch b131- (scored blind twice, tuned on since)"),
    ("retired132", "wild set, retired batch b132- (scored blind twice, tuned on since)"),
    ("retired133", "wild set, retired batch b133- (scored blind twice, tuned on since)"),
    ("retired134", "wild set, retired batch b134- (scored blind twice, tuned on since)"),
    ("retired135", "wild set, retired batch b135- (scored blind twice, tuned on since)"),
    ("retired136", "wild set, retired batch b136- (scored blind twice, tuned on since)"),
    ("retired137", "wild set, retired batch b137- (scored blind twice, tuned on since)"),
    ("retired138", "wild set, retired batch b138- (scored blind twice, tuned on since)"),
    ("retired139", "wild set, retired batch b139- (scored blind twice, tuned on since)"),
    ("retired140", "wild set, retired batch b140- (scored blind twice, tuned on since)"),
    ("retired141", "wild set, retired batch b141- (scored blind twice, tuned on since)"),
    ("retired142", "wild set, retired batch b142- (scored blind twice, tuned on since)"),
    ("retired143", "wild set, retired batch b143- (scored blind twice, tuned on since)"),
    ("retired144", "wild set, retired batch b144- (scored blind twice, tuned on since)"),
    ("retired145", "wild set, retired batch b145- (scored blind twice, tuned on since)"),
    ("retired146", "wild set, retired batch b146- (scored blind twice, tuned on since)"),
    ("retired147", "wild set, retired batch b147- (scored blind twice, tuned on since)"),
    ("retired148", "wild set, retired batch b148- (scored blind twice, tuned on since)"),
    ("retired149", "wild set, retired batch b149- (scored blind twice, tuned on since)"),
    ("retired150", "wild set, retired batch b150- (scored blind twice, tuned on since)"),
    ("retired151", "wild set, retired batch b151- (scored blind twice, tuned on since)"),
    ("retired152", "wild set, retired batch b152- (scored blind twice, tuned on since)"),
    ("retired153", "wild set, retired batch b153- (scored blind twice, tuned on since)"),
    ("retired154", "wild set, retired batch b154- (scored blind twice, tuned on since)"),
    ("retired155", "wild set, retired batch b155- (scored blind twice, tuned on since)"),
    ("retired156", "wild set, retired batch b156- (scored blind twice, tuned on since)"),
    ("retired157", "wild set, retired batch b157- (scored blind twice, tuned on since)"),
    ("retired158", "wild set, retired batch b158- (scored blind twice, tuned on since)"),
    ("retired159", "wild set, retired batch b159- (scored blind twice, tuned on since)"),
    ("retired160", "wild set, retired batch b160- (scored blind twice, tuned on since)"),
    ("retired161", "wild set, retired batch b161- (scored blind twice, tuned on since)"),
    ("retired162", "wild set, retired batch b162- (scored blind twice, tuned on since)"),
    ("retired163", "wild set, retired batch b163- (scored blind twice, tuned on since)"),
    ("retired164", "wild set, retired batch b164- (scored blind twice, tuned on since)"),
    ("retired165", "wild set, retired batch b165- (scored blind twice, tuned on since)"),
    ("retired166", "wild set, retired batch b166- (scored blind twice, tuned on since)"),
    ("retired167", "wild set, retired batch b167- (scored blind twice, tuned on since)"),
    ("retired168", "wild set, retired batch b168- (scored blind twice, tuned on since)"),
    ("retired169", "wild set, retired batch b169- (scored blind twice, tuned on since)"),
    ("retired170", "wild set, retired batch b170- (scored blind twice, tuned on since)"),
    ("retired171", "wild set, retired batch b171- (scored blind twice, tuned on since)"),
    ("retired172", "wild set, retired batch b172- (scored blind twice, tuned on since)"),
    ("retired173", "wild set, retired batch b173- (scored blind twice, tuned on since)"),
    ("retired174", "wild set, retired batch b174- (scored blind twice, tuned on since)"),
    ("retired175", "wild set, retired batch b175- (scored blind twice, tuned on since)"),
    ("retired176", "wild set, retired batch b176- (scored blind twice, tuned on since)"),
    ("retired177", "wild set, retired batch b177- (scored blind twice, tuned on since)"),
    ("retired178", "wild set, retired batch b178- (scored blind twice, tuned on since)"),
    ("retired179", "wild set, retired batch b179- (scored blind twice, tuned on since)"),
    ("retired180", "wild set, retired batch b180- (scored blind twice, tuned on since)"),
    ("retired181", "wild set, retired batch b181- (scored blind twice, tuned on since)"),
    ("retired182", "wild set, retired batch b182- (scored blind twice, tuned on since)"),
    ("retired183", "wild set, retired batch b183- (scored blind twice, tuned on since)"),
    ("retired184", "wild set, retired batch b184- (scored blind twice, tuned on since)"),
    ("retired185", "wild set, retired batch b185- (scored blind twice, tuned on since)"),
    ("retired186", "wild set, retired batch b186- (scored blind twice, tuned on since)"),
    ("retired187", "wild set, retired batch b187- (scored blind twice, tuned on since)"),
    ("retired188", "wild set, retired batch b188- (scored blind twice, tuned on since)"),
    ("retired189", "wild set, retired batch b189- (scored blind twice, tuned on since)"),
    ("retired190", "wild set, retired batch b190- (scored blind twice, tuned on since)"),
    ("retired191", "wild set, retired batch b191- (scored blind twice, tuned on since)"),
    ("retired192", "wild set, retired batch b192- (scored blind twice, tuned on since)"),
    ("retired193", "wild set, retired batch b193- (scored blind twice, tuned on since)"),
    ("retired194", "wild set, retired batch b194- (scored blind twice, tuned on since)"),
    ("retired195", "wild set, retired batch b195- (scored blind twice, tuned on since)"),
    ("retired196", "wild set, retired batch b196- (scored blind twice, tuned on since)"),
    ("retired197", "wild set, retired batch b197- (scored blind twice, tuned on since)"),
    ("retired198", "wild set, retired batch b198- (scored blind twice, tuned on since)"),
)


def main() -> None:
    args = sys.argv[1:]
    review = []
    for split, title in RETIRED:
        totals = evaluate(split, verbose="-v" in args)
        print_totals(title, totals)
        review.append(f"{split} {totals['review_errors']}")
    print("\npast figures taken as targets in review passages, per split: " + " · ".join(review))
    for split in (f"blind{number}" for number in BLIND_BATCHES):
        flag = f"--{split}"
        if flag not in args:
            continue
        blind = evaluate(split)
        print_totals(f"wild set, {split.upper()} split", blind)
        if "--record" in args:
            name = args[args.index("--record") + 1]
            path = HERE / "blind-scores.json"
            recorded = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
            recorded[name] = {
                "split": split,
                "f1": {f: round(s["F1"], 3) for f, s in f1_table(blind).items()},
                "totals": blind,
            }
            path.write_text(json.dumps(recorded, ensure_ascii=False, indent=1) + "\n", "utf-8")
    print_recorded()


if __name__ == "__main__":
    main()
