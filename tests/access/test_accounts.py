"""Account writes are functions over a connection: they compose with `ws.transaction()`."""

from __future__ import annotations

import pytest

from plantrack.errors import NotFound
from plantrack.workspace import Workspace

FIN = "c2.s4.box2.i3.t1"  # 金融业增加值达到2000亿元


def _add_editor_and_assign(ws: Workspace) -> None:
    ws.add_user("ed_fin", "password-1", "editor", department="市地方金融管理局")
    ws.assign(None, FIN, lead="市地方金融管理局")


def test_an_account_write_rolls_back_with_its_transaction(sample_ws: Workspace) -> None:
    with pytest.raises(RuntimeError), sample_ws.transaction():
        _add_editor_and_assign(sample_ws)
        assert sample_ws.user("ed_fin").department == "市地方金融管理局"  # reads its own writes
        raise RuntimeError("stop")
    with pytest.raises(NotFound):
        sample_ws.user("ed_fin")
    assert sample_ws.assignment(FIN).version == 0
    assert "市地方金融管理局" not in [d["name"] for d in sample_ws.departments()]


def test_an_account_write_commits_with_its_transaction(sample_ws: Workspace) -> None:
    with sample_ws.transaction():
        _add_editor_and_assign(sample_ws)
    user = sample_ws.user("ed_fin")
    assert user.department == "市地方金融管理局"
    assert list(sample_ws.assignment(FIN).lead) == ["市地方金融管理局"]
    plan_id = sample_ws.plan().id
    assert sample_ws.department_target_ids(plan_id, user.department_id or 0) == {FIN}
