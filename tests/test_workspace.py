"""The core object on a real SQLite file: ingest, versions, lookups, and nothing half-written."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from plantrack.errors import NotFound, PlantrackError, ReadError, ValidationError
from plantrack.store.schema import audit, nodes, plans, targets
from plantrack.workspace import Workspace, parse_period


def counts(ws: Workspace) -> dict[str, int]:
    with ws.engine.connect() as conn:
        return {
            t.name: conn.execute(select(func.count()).select_from(t)).scalar_one()
            for t in (plans, nodes, targets, audit)
        }


def test_ingest_sample(workspace: Workspace, sample_path: Path) -> None:
    result = workspace.ingest(sample_path)
    plan = result.plan
    assert result.created
    assert (plan.title, plan.region, plan.level) == (
        "宁波市国民经济和社会发展的第十五个五年规划纲要",
        "宁波市",
        "city",
    )
    assert (plan.period_start, plan.period_end, plan.version) == (2026, 2030, 1)
    assert plan.node_count == 71
    assert result.repairs == [
        "removed continuation mark: 【上接第6版】",
        "re-joined page break: 体/系",
        "re-joined page break: 全/覆盖",
        "re-joined page break: 提高国/创投资机构",
    ]
    node = workspace.node("c4.s1.p1")
    assert node.title == "强化算力资源统筹供给"
    text = workspace.plan_text()
    assert text[node.span[0] : node.span[1]] == node.text


def test_same_file_twice_is_the_same_plan(workspace: Workspace, sample_path: Path) -> None:
    first = workspace.ingest(sample_path)
    before = counts(workspace)
    second = workspace.ingest(sample_path)
    assert not second.created
    assert second.plan.id == first.plan.id
    assert counts(workspace) == before


def test_changed_file_is_a_new_version(
    workspace: Workspace, sample_path: Path, tmp_path: Path
) -> None:
    workspace.ingest(sample_path)
    changed = tmp_path / "plan-v2.txt"
    changed.write_text(
        sample_path.read_text(encoding="utf-8").replace("达到15家", "达到18家"), encoding="utf-8"
    )
    result = workspace.ingest(changed)
    assert result.created
    assert result.plan.version == 2
    assert [p.version for p in workspace.plans()] == [1, 2]
    assert workspace.plan("宁波").id == result.plan.id  # a title lookup gives the latest version
    assert workspace.plan("1").version == 1  # the old version is kept


def test_period_can_be_given(workspace: Workspace, tmp_path: Path) -> None:
    path = tmp_path / "plan.txt"
    path.write_text(
        "某市数字经济行动方案\n第一章 目标\n到2027年，数字经济核心产业增加值达到1000亿元。",
        encoding="utf-8",
    )
    plan = workspace.ingest(path, period="2025-2027").plan
    assert (plan.period_start, plan.period_end) == (2025, 2027)
    with pytest.raises(ValidationError, match="--period 'soon'"):
        parse_period("soon")


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.txt", b"", "empty.txt: empty file"),
        ("binary.txt", b"\x00\x01\x02\x03" * 100, "binary.txt"),
        ("plan.docx", b"not a zip at all", "plan.docx"),
        ("plan.pdf", b"%PDF-1.4 broken", "plan.pdf"),
        ("plan.xyz", "第一章".encode(), "plan.xyz"),
    ],
)
def test_bad_files_store_nothing(
    workspace: Workspace, tmp_path: Path, name: str, content: bytes, message: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    before = counts(workspace)
    with pytest.raises(ReadError, match=message.replace(".", r"\.")):
        workspace.ingest(path)
    assert counts(workspace) == before


def test_a_failure_inside_the_transaction_rolls_back(
    workspace: Workspace, sample_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from plantrack.store import plans as plan_store

    def broken_audit(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(plan_store, "write_audit", broken_audit)
    with pytest.raises(RuntimeError, match="disk full"):
        workspace.ingest(sample_path)
    assert counts(workspace) == {"plans": 0, "nodes": 0, "targets": 0, "audit": 0}


def test_lookups_name_what_is_missing(sample_ws: Workspace) -> None:
    with pytest.raises(NotFound, match=r"node c9\.s9: not in plan"):
        sample_ws.node("c9.s9")
    with pytest.raises(NotFound, match="plan 42: no such plan id"):
        sample_ws.plan(42)
    with pytest.raises(NotFound, match="'杭州': no plan title contains it"):
        sample_ws.plan("杭州")


def test_no_plan_yet(workspace: Workspace) -> None:
    with pytest.raises(NotFound, match="no plan in the database"):
        workspace.outline()


def test_ingest_is_audited(sample_ws: Workspace) -> None:
    with sample_ws.engine.connect() as conn:
        rows = conn.execute(select(audit.c.actor, audit.c.action, audit.c.subject)).all()
    assert rows == [("test", "ingest", "plan")]


def test_text_without_headings_is_flat_with_a_warning(workspace: Workspace, tmp_path: Path) -> None:
    path = tmp_path / "flat.txt"
    path.write_text("加快发展数字经济。\n推进绿色低碳转型。\n", encoding="utf-8")
    result = workspace.ingest(path)
    assert [n.node_id for n in workspace.outline()] == ["p1", "p2"]
    assert "no headings found: stored as a flat list of 2 paragraphs" in result.warnings


def test_gbk_file_copy(workspace: Workspace, sample_path: Path, tmp_path: Path) -> None:
    gbk = tmp_path / "plan-gbk.txt"
    gbk.write_bytes(sample_path.read_text(encoding="utf-8").encode("gb18030"))
    plan = workspace.ingest(gbk).plan
    assert plan.node_count == 71


def test_a_document_that_repeats_its_chapters_is_stored(
    workspace: Workspace, tmp_path: Path
) -> None:
    path = tmp_path / "twice.txt"
    body = "第一章 总体要求\n到2030年，数字经济核心产业增加值达到1000亿元。\n"
    path.write_text("某市数字经济发展规划（2026—2030年）\n" + body * 2, encoding="utf-8")
    result = workspace.ingest(path)
    assert [n.node_id for n in workspace.outline()] == ["c1", "c1.p1", "c1_2", "c1_2.p1"]
    assert "第一章 总体要求: repeated heading, stored as c1_2" in result.warnings
    assert sorted(t.id for t in workspace.targets()) == ["c1.p1.t1", "c1_2.p1.t1"]


FIN = "c2.s4.box2.i3.t1"  # 金融业增加值达到2000亿元
TALENT = "c3.s3.box4.i2.t1"  # 新集聚国内一流科技领军人才500名左右


def test_a_transaction_commits_its_calls_together(sample_ws: Workspace) -> None:
    with sample_ws.transaction():
        sample_ws.record(FIN, period=2025, value=1500, unit="亿元", baseline=True)
        sample_ws.record(FIN, period=2026, value=1600, unit="亿元")
        sample_ws.assign(None, FIN, lead="市地方金融管理局")
        # the block reads its own writes
        assert [o.period for o in sample_ws.observations(target_id=FIN)] == ["2025", "2026"]
    assert sample_ws.assess(FIN).status == "ahead"
    assert list(sample_ws.assignment(FIN).lead) == ["市地方金融管理局"]


def test_a_transaction_that_raises_leaves_nothing(sample_ws: Workspace) -> None:
    before = counts(sample_ws)
    with pytest.raises(RuntimeError), sample_ws.transaction():
        sample_ws.record(FIN, period=2026, value=1600, unit="亿元")
        sample_ws.assign(None, TALENT, lead="市科技局")
        raise RuntimeError("stop")
    assert sample_ws.observations(target_id=FIN) == []
    assert sample_ws.assignment(TALENT).version == 0
    assert counts(sample_ws) == before


def test_a_failed_call_inside_a_transaction_keeps_the_others(sample_ws: Workspace) -> None:
    with sample_ws.transaction():
        sample_ws.record(FIN, period=2026, value=1600, unit="亿元")
        with pytest.raises(ValidationError):
            sample_ws.record(FIN, period=2026, value=16, unit="公里")  # wrong unit: refused
    assert [o.value for o in sample_ws.observations(target_id=FIN)] == [1600]


def test_ingest_refuses_to_run_inside_a_transaction(sample_ws: Workspace, sample_path) -> None:
    with pytest.raises(PlantrackError, match=r"outside ws\.transaction"), sample_ws.transaction():
        sample_ws.ingest(sample_path)


def test_no_plan_given_means_the_latest_plan(workspace: Workspace, tmp_path: Path) -> None:
    first = tmp_path / "a.txt"
    second = tmp_path / "b.txt"
    first.write_text("宁波市2026年第一个计划\n\n到2030年，金融业增加值达到2000亿元。\n", "utf-8")
    second.write_text("宁波市2027年第二个计划\n\n到2030年，港口吞吐量达到15亿吨。\n", "utf-8")
    workspace.ingest(first)
    latest = workspace.ingest(second).plan
    assert workspace.plan().id == latest.id
    assert [t.metric for t in workspace.targets()] == [
        t.metric for t in workspace.targets(latest.id)
    ]
    # search covers every plan unless one is named
    from plantrack.workspace import ALL_PLANS

    assert workspace.search("金融业增加值", plan=ALL_PLANS)
    assert workspace.search("金融业增加值", plan=None) == []  # None: the latest plan only


def test_a_transaction_reads_one_snapshot(sample_ws: Workspace, backend: str) -> None:
    """PostgreSQL: a figure another writer commits meanwhile is not seen inside the block.
    (SQLite takes the write lock at the start of the block, so the other writer waits instead.)"""
    if backend == "sqlite":
        pytest.skip("SQLite serialises the block with BEGIN IMMEDIATE: no concurrent writer")
    with sample_ws.transaction():
        assert sample_ws.observations(target_id=FIN) == []
        with Workspace(sample_ws.url, actor="other") as other:
            other.record(FIN, period=2026, value=1600, unit="亿元")
        assert sample_ws.observations(target_id=FIN) == []
    assert [o.value for o in sample_ws.observations(target_id=FIN)] == [1600]
