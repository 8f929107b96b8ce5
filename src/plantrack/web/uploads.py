"""Uploaded files: safe names, pending plan uploads (preview before storing), figure workbooks.

Nothing a client sends becomes a path: a pending upload lives in `<upload_dir>/<random token>/`
under a sanitised copy of its name, and tokens are checked against a strict pattern.
"""

from __future__ import annotations

import json
import os
import re
import secrets
import shutil
import time
import unicodedata
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, BinaryIO

from plantrack.access import permissions
from plantrack.access.permissions import Action
from plantrack.errors import NotFound, PermissionDenied, ReadError, UnsupportedFormat
from plantrack.read import SUPPORTED, limits, read_document

_TOKEN = re.compile(r"^[A-Za-z0-9_-]{20,64}$")
_UNSAFE = re.compile(r"[^\w.()\-（）\u4e00-\u9fff]+")


def safe_name(filename: str | None, allowed: tuple[str, ...] = SUPPORTED) -> str:
    """The last path component of a client's file name, cleaned; refuses unknown extensions."""
    name = unicodedata.normalize("NFC", (filename or "").replace("\\", "/").split("/")[-1])
    name = "".join(ch for ch in name if ch.isprintable()).strip()
    stem, dot, ext = name.rpartition(".")
    if not dot:
        stem, ext = name, ""
    stem = _UNSAFE.sub("_", stem).strip("._ ") or "upload"
    ext = _UNSAFE.sub("", ext)
    if f".{ext.lower()}" not in allowed:
        kinds = " ".join(allowed)
        shown = f"'.{ext}'" if ext else "(no extension)"
        raise UnsupportedFormat(f"{stem}: unsupported file type {shown}; upload one of {kinds}")
    return f"{stem[:100] or 'upload'}.{ext.lower()}"


def save_upload(stream: BinaryIO, folder: Path, name: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    with path.open("wb") as out:
        shutil.copyfileobj(stream, out, 1024 * 1024)
    return path


class PendingPlans:
    """Plan documents uploaded and parsed for preview, waiting for a planner to confirm."""

    def __init__(self, root: str | Path) -> None:
        self.root = Path(root)

    def _folder(self, token: str) -> Path:
        if not _TOKEN.match(token or ""):
            raise NotFound(f"upload {token!r}: no such pending upload")
        folder = self.root / token
        if not (folder / "meta.json").is_file():
            raise NotFound(f"upload {token}: no such pending upload (expired or confirmed)")
        return folder

    def add(self, stream: BinaryIO, filename: str | None, user_id: int) -> tuple[str, Path]:
        name = safe_name(filename)
        self.expire()
        token = secrets.token_urlsafe(24)
        folder = self.root / token
        path = save_upload(stream, folder, name)
        meta = {
            "name": name,
            "user_id": user_id,
            "uploaded_at": datetime.now(UTC).isoformat(timespec="seconds"),
        }
        (folder / "meta.json").write_text(json.dumps(meta, ensure_ascii=False), "utf-8")
        return token, path

    def get(self, token: str, user: Any) -> tuple[Path, dict[str, Any]]:
        folder = self._folder(token)
        meta = json.loads((folder / "meta.json").read_text("utf-8"))
        if meta["user_id"] != user.id and not permissions.can(user, Action.OTHERS_UPLOADS):
            raise PermissionDenied(f"upload {token}: uploaded by someone else")
        return folder / meta["name"], meta

    def keep_preview(self, token: str, info: dict[str, Any]) -> None:
        """Keep the preview of an upload (parsing a scan means OCR: do it once)."""
        folder = self._folder(token)
        (folder / "preview.json").write_text(json.dumps(info, ensure_ascii=False), "utf-8")

    def kept_preview(self, token: str) -> dict[str, Any] | None:
        path = self._folder(token) / "preview.json"
        try:
            return json.loads(path.read_text("utf-8"))
        except (OSError, ValueError):
            return None

    def expire(self, max_age: float = 86400) -> None:
        """Forget uploads nobody confirmed within a day."""
        if not self.root.is_dir():
            return
        cutoff = time.time() - max_age
        for folder in self.root.iterdir():
            if folder.is_dir() and _TOKEN.match(folder.name) and folder.stat().st_mtime < cutoff:
                shutil.rmtree(folder, ignore_errors=True)

    def drop(self, token: str) -> None:
        if _TOKEN.match(token or ""):
            shutil.rmtree(self.root / token, ignore_errors=True)


def ingest_upload(ws: Any, path: Path, display_name: str, title: str | None = None) -> Any:
    """Store an uploaded plan (`ws.ingest`) within the time budget; errors name the file as the
    user knows it, never its temporary folder. Returns the IngestResult."""
    try:
        with limits.budget():
            return ws.ingest(path, title=title)
    except ReadError as exc:
        raise ReadError(str(exc).replace(str(path), display_name)) from None


def preview(path: Path, display_name: str) -> dict[str, Any]:
    """Parse a document without storing it: its outline, target count and warnings."""
    from plantrack.parse.plan import parse_document

    try:
        with limits.budget():  # the app's read limits are in force (web/bounds.py)
            doc = read_document(path, jobs=os.cpu_count() or 1)  # a scan's pages OCR'd at once
            parsed = parse_document(doc)
    except ReadError as exc:
        raise ReadError(str(exc).replace(str(path), display_name)) from None
    if not parsed.nodes:
        raise ReadError(f"{display_name}: no outline found (no 章/节 headings or paragraphs)")
    depth: dict[str, int] = {}
    nodes = []
    for n in parsed.nodes:
        depth[n.node_id] = depth.get(n.parent, -1) + 1 if n.parent else 0
        if n.kind in ("part", "chapter", "section", "box", "heading"):
            nodes.append(
                {
                    "id": n.node_id,
                    "kind": n.kind,
                    "title": n.text or n.title,
                    "depth": depth[n.node_id],
                    "inferred": n.inferred,
                }
            )
    return {
        "title": parsed.title,
        "period": list(parsed.period) if parsed.period else None,
        "format": doc.format,
        "encoding": doc.encoding,
        "nodes": nodes,
        "node_count": len(parsed.nodes),
        "target_count": len(parsed.targets),
        "targets": [t.to_dict() for t in parsed.targets[:200]],
        "repairs": parsed.repairs,
        "warnings": parsed.warnings + doc.warnings,
    }
