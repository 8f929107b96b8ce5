"""Helpers every report and exchange file shares: chapters of the outline, target wording, files."""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from plantrack.model import Node, Target, TargetKind

COMPARATOR_ZH = {">=": "≥", ">": ">", "~": "约", "<=": "≤", "<": "<", "=": "="}
TASK_KINDS = ("paragraph", "item")  # 重点任务: a paragraph with a lead sentence, a 专栏 item
_INFERRED = re.compile(r"（推断）|\(inferred\)")
_UMASK = os.umask(0o022)  # read the process umask (set back at once) for new files' mode
os.umask(_UMASK)


@dataclass(slots=True)
class Chapter:
    """A chapter of the plan (or the text outside any chapter): its key, short and full names."""

    key: str  # node id of the chapter, "" outside any chapter
    number: int | None
    short: str  # 第三章
    title: str  # 第三章 建设全域高水平创新型城市…


def number_text(value: float | None) -> str:
    """2000.0 -> "2000", 12.5 -> "12.5", None -> ""."""
    if value is None:
        return ""
    if float(value).is_integer():
        return str(int(value))
    return f"{value:.6g}"


def target_phrase(t: Target, *, deadline: bool = True) -> str:
    """ "金融业增加值：≥2000亿元（2030年）" — metric, comparator, value, unit, deadline."""
    if t.kind == TargetKind.QUALITATIVE and t.milestone:
        body = t.milestone
    elif t.value is None:
        body = t.milestone or ""
    else:
        cmp = COMPARATOR_ZH.get(t.comparator or "", t.comparator or "")
        unit = t.unit or ""
        if t.kind == TargetKind.MULTIPLE and t.milestone:
            body = f"{t.milestone}（{number_text(t.value)}倍）"
        else:
            body = f"{cmp}{number_text(t.value)}{unit}"
            if t.kind == TargetKind.INCREMENT:
                body = f"新增{body}"
            elif t.kind == TargetKind.CUMULATIVE:
                body = f"累计{body}"
            elif t.kind == TargetKind.ANNUAL:
                body = f"每年{body}"
    extra = []
    if deadline and t.deadline:
        extra.append(f"{t.deadline}年")
    if t.aspiration:
        extra.append("力争")
    if t.binding is not None:
        extra.append("约束性" if t.binding else "预期性")
    suffix = f"（{'，'.join(extra)}）" if extra else ""
    return f"{t.metric}：{body}{suffix}"


class Outline:
    """The outline of one plan with the questions reports ask of it (chapter of a node, path)."""

    def __init__(self, nodes: list[Node]) -> None:
        self.nodes = nodes
        self.by_id = {n.node_id: n for n in nodes}
        self._chapters: dict[str, Chapter] = {}

    def ancestor(self, node_id: str, kind: str) -> Node | None:
        node = self.by_id.get(node_id)
        while node is not None:
            if node.kind == kind:
                return node
            node = self.by_id.get(node.parent) if node.parent else None
        return None

    def chapter(self, node_id: str) -> Chapter:
        node = self.ancestor(node_id, "chapter")
        if node is None:
            return Chapter("", None, "正文", "正文")
        if node.node_id not in self._chapters:
            heading = _INFERRED.sub("", node.text).strip() or node.node_id
            short = heading.split()[0] if heading.split() else heading
            title = heading if not node.inferred else f"{heading}（推断）"
            self._chapters[node.node_id] = Chapter(node.node_id, node.number, short, title)
        return self._chapters[node.node_id]

    def chapters(self) -> list[Chapter]:
        """Chapters in document order, with "正文" first when content lies outside any chapter."""
        seen: dict[str, Chapter] = {}
        for node in self.nodes:
            chapter = self.chapter(node.node_id)
            if chapter.key not in seen and (node.kind != "chapter" or chapter.key):
                seen[chapter.key] = chapter
        return list(seen.values())

    def section_label(self, node_id: str) -> str:
        """The headings below the chapter: "第一节 … › 专栏3 …" (the chapter when there are none)."""
        node = self.by_id.get(node_id)
        if node is None:
            return ""
        labels = []
        current: Node | None = (
            node
            if node.kind in ("section", "box")
            else (self.by_id.get(node.parent) if node.parent else None)
        )
        while current is not None and current.kind != "chapter":
            if current.kind in ("section", "box", "part", "heading"):
                labels.append(_INFERRED.sub("", current.text).strip() or current.node_id)
            current = self.by_id.get(current.parent) if current.parent else None
        if not labels:
            return self.chapter(node_id).title
        return " › ".join(reversed(labels))

    def task_title(self, node_id: str) -> str:
        """The lead sentence of the task holding a node (its own title for a paragraph/item)."""
        node = self.by_id.get(node_id)
        return node.title if node is not None else node_id


@contextmanager
def atomic_path(path: Path) -> Iterator[Path]:
    """A temporary file next to `path`, moved into place only if the block succeeds."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile(dir=path.parent, suffix=path.suffix, delete=False) as tmp:
        tmp_path = Path(tmp.name)
    try:
        yield tmp_path
        # a temporary file is private (0600); the report is an ordinary file for its reader
        tmp_path.chmod(0o666 & ~_UMASK)
        tmp_path.replace(path)
    finally:
        tmp_path.unlink(missing_ok=True)


def write_atomic(path: Path, writer: Callable[[Path], None]) -> None:
    with atomic_path(path) as tmp:
        writer(tmp)
