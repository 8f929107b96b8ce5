"""The wild set in other typography: how much of its score holds when its texts arrive as real
copies often do (ASCII or full-width punctuation, figures spaced from their words, lines
hard-wrapped at one width, a PDF's saved text with page numbers and a running header,
traditional characters, a blank line after every line).

Run from the repository root: `.venv/bin/python -m evaluation.eval_variants`.

The retired and dev documents of `eval_real` (never a blind batch) are rewritten by each variant —
the text and the labels' citations alike — and scored as `eval_real` scores them. The wild set is
tuned on, so the original's score is no evidence of accuracy; what this measures is the *drop*
each variant costs: a rule that reads `2024年` but not `2024 年`, or a line join that fails on a
hard-wrapped copy, shows here before an unseen document meets it.
"""

from __future__ import annotations

import json
import re
import tempfile
from collections.abc import Callable
from pathlib import Path

import opencc

from evaluation import eval_real

_CJK = r"[\u4e00-\u9fff]"
_S2T = opencc.OpenCC("s2t")
WRAP = 38  # characters a line holds in the hard-wrapped copy
PAGE_LINES = 30  # lines a page holds in the PDF-pages copy
FIELDS = ("value+unit", "metric", "comparator", "deadline")


def ascii_punctuation(text: str) -> str:
    """，；：（） as a web page's ASCII marks (the pages a search engine stores)."""
    return text.translate(str.maketrans("，；：（）", ",;:()"))


def full_width_punctuation(text: str) -> str:
    """ASCII , ; : ( ) beside Chinese as full-width marks (a typeset copy)."""
    for mark, wide in ((",", "，"), (";", "；"), (":", "：")):
        text = re.sub(rf"(?<={_CJK}){re.escape(mark)}|{re.escape(mark)}(?={_CJK})", wide, text)
    return text.replace("(", "（").replace(")", "）")


def spaced_figures(text: str) -> str:
    """A space between each figure and the words around it (`到 2025 年，新增 15 个`: PDF text)."""
    text = re.sub(rf"(?<={_CJK})(?=\d)", " ", text)
    return re.sub(rf"(?<=\d)(?={_CJK}|%)", " ", text)


def hard_wrapped(text: str) -> str:
    """Every line of prose cut at `WRAP` characters (a PDF's or an e-mail's copy); table rows
    (with | or tabs) are left whole."""
    lines = []
    for line in text.split("\n"):
        if len(line) > WRAP + 2 and "|" not in line and "\t" not in line:
            line = "\n".join(line[i : i + WRAP] for i in range(0, len(line), WRAP))
        lines.append(line)
    return "\n".join(lines)


def pdf_pages(text: str) -> str:
    """The hard-wrapped copy as a PDF's text is saved (`pdftotext`): every `PAGE_LINES` lines a
    page number (— 3 —), a form feed, and the running header (the first line) atop the next page."""
    lines = hard_wrapped(text).split("\n")
    header = next((line.strip() for line in lines if line.strip()), "")[:30]
    out: list[str] = []
    for number, line in enumerate(lines, 1):
        out.append(line)
        if number % PAGE_LINES == 0:
            out += [f"— {number // PAGE_LINES} —", "\f" + header]
    return "\n".join(out)


def double_spaced(text: str) -> str:
    """A blank line after every line (a copy from a web page whose lines are paragraphs of
    their own, or a Word file saved with space between paragraphs)."""
    return "\n\n".join(line for line in text.split("\n"))


def traditional(text: str) -> str:
    """The text in traditional characters (a Hong Kong or Taiwan reprint)."""
    return _S2T.convert(text)


# name -> (rewrite of the text, whether the labels' citations are rewritten too: a wrap or a
# space changes no words, and the scorer compares citations without their spaces)
VARIANTS: dict[str, tuple[Callable[[str], str], bool]] = {
    "as labelled": (lambda text: text, True),
    "ASCII punctuation": (ascii_punctuation, True),
    "full-width punctuation": (full_width_punctuation, True),
    "figures spaced": (spaced_figures, True),
    "hard-wrapped lines": (hard_wrapped, False),
    "PDF pages (wrapped, numbered, headed)": (pdf_pages, False),
    "double-spaced lines": (double_spaced, False),
    "traditional characters": (traditional, True),
}


def score(rewrite: Callable[[str], str], cited: bool) -> dict:
    """`eval_real`'s totals over the tuned documents, each rewritten by `rewrite`."""
    totals = eval_real.empty_totals()
    with tempfile.TemporaryDirectory() as tmp:
        for label_file in sorted(eval_real.HERE.glob("*.json")):
            stem = label_file.stem
            if stem.startswith("blind-scores") or eval_real.split_of(stem).startswith("blind"):
                continue
            label = json.loads(label_file.read_text(encoding="utf-8"))
            text = (label_file.parent / label["document"]).read_text(encoding="utf-8")
            copy = Path(tmp) / label["document"]
            copy.write_text(rewrite(text), encoding="utf-8")
            if cited:
                label["targets"] = [
                    {**t, "text": rewrite(t.get("text") or "")} for t in label["targets"]
                ]
                label["review_passages"] = [rewrite(p) for p in label.get("review_passages", [])]
            (Path(tmp) / label_file.name).write_text(json.dumps(label), encoding="utf-8")
            eval_real.score_document(Path(tmp) / label_file.name, totals, False, quiet=True)
    return totals


def main() -> None:
    print("the wild set's tuned documents rewritten (F1; the drop from the text as labelled)")
    print(f"{'variant':<38} " + " ".join(f"{f:>18}" for f in FIELDS) + "  failed")
    base: dict[str, float] = {}
    for name, (rewrite, cited) in VARIANTS.items():
        totals = score(rewrite, cited)
        f1 = {f: s["F1"] for f, s in eval_real.f1_table(totals).items()}
        base = base or f1
        cells = " ".join(f"{f1[f]:>8.4f} ({f1[f] - base[f]:+.4f})" for f in FIELDS)
        print(f"{name:<38} {cells}  {len(totals['failed'])}", flush=True)


if __name__ == "__main__":
    main()
