"""Evidence files of figures (佐证材料) on the target page: attach (multipart form), download,
remove. Who may: access/permissions.py (attach/remove: planners, and editors of the department
that leads the target; download: every signed-in role). The file is read within the
`evidence_mb` limit and typed by its bytes (read/evidence.py); a refusal is one line, 4xx."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, File, Form, Request, UploadFile
from starlette.responses import Response

from plantrack.access import permissions
from plantrack.access.permissions import Action
from plantrack.errors import NotFound
from plantrack.model import MAX_INT
from plantrack.web.auth import require_user
from plantrack.web.pages import acting, done, workspace
from plantrack.web.params import Id
from plantrack.web.render import attachment

router = APIRouter(include_in_schema=False)


@router.post("/targets/{target_id}/evidence")
def evidence_attach(
    request: Request,
    target_id: str,
    observation: Annotated[int, Form(ge=0, le=MAX_INT)],
    file: Annotated[UploadFile, File()],
) -> Response:
    """Attach a file to one figure of the target (the form names the figure by its id)."""
    user = require_user(request)
    ws = acting(request)
    obs = ws.observation(observation)
    if obs.target_id != target_id:
        raise NotFound(f"observation {observation}: not a figure of target {target_id}")
    ws.require_target_edit(user, int(obs.plan_id or 0), target_id, Action.ATTACH_EVIDENCE)
    found, new = ws.attach_evidence(observation, file.file, file.filename)
    return done(
        request,
        f"/targets/{target_id}?plan={found.plan_id}&saved=evidence#saved",
        {"evidence": found.to_dict(), "created": new},
        201 if new else 200,
    )


@router.get("/evidence/{evidence_id}")
def evidence_download(request: Request, evidence_id: Id) -> Response:
    """The file, as a download under its safe name (never shown inline)."""
    user = require_user(request)
    permissions.require(user, Action.DOWNLOAD_EVIDENCE)
    found, body = workspace(request).evidence_file(evidence_id)
    extension = found.name.rsplit(".", 1)[-1]
    return Response(
        body,
        media_type=found.media_type,
        headers={
            "content-disposition": attachment(found.name, f"evidence-{found.id}.{extension}"),
            "cache-control": "private, no-store",
            "content-security-policy": "sandbox; default-src 'none'",
            "x-evidence-sha256": found.sha256,
        },
    )


@router.post("/evidence/{evidence_id}/remove")
def evidence_remove(request: Request, evidence_id: Id) -> Response:
    user = require_user(request)
    ws = acting(request)
    found = ws.evidence_item(evidence_id)
    ws.require_target_edit(user, found.plan_id, found.target_id, Action.ATTACH_EVIDENCE)
    ws.remove_evidence(evidence_id)
    return done(
        request,
        f"/targets/{found.target_id}?plan={found.plan_id}&saved=evidence#saved",
        {"removed": found.to_dict()},
    )
