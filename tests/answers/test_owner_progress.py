"""Owner and progress answers from what is recorded in plantrack: assignments (牵头/配合) and the
figures' latest assessment — end to end through Workspace.ask on SQLite (and PostgreSQL).

The sample plan gets the demo's figures (samples/observations-2026.xlsx) and a few assignments;
each test changes what is recorded and checks that the answer follows.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from plantrack.workspace import Workspace

ROOT = Path(__file__).resolve().parents[2]
FIGURES = ROOT / "samples" / "observations-2026.xlsx"
COMPUTE = "c4.s1.p1.t1"  # 高性能算力规模 >10EFLOPS; 2025 4.5, 2026 6.2: 快于预期
GIANTS = "c2.s5.p2.t3"  # 专精特新“小巨人”企业 ≥700家; 2025 420, 2026 452: 滞后


def _record(ws: Workspace) -> None:
    ws.import_observations(FIGURES, 1)
    ws.assign(1, COMPUTE, lead="市经信局", due_year=2030)
    ws.assign(1, GIANTS, lead="市经信局", partners="市科技局")
    ws.assign(1, "c3.s4.p1.t1", lead="市科技局", partners="市金融办")
    ws.assign(1, "c2.s4.box2.i1", lead="市商务局")  # a box item (task): its target's owner


@pytest.fixture
def ws(backend: str, db_template, clone_template) -> Iterator[Workspace]:
    ref, _ = db_template(backend, "answers", _record)
    workspace = Workspace(clone_template(ref), actor="test")
    yield workspace
    workspace.close()


def _department_id(ws: Workspace, name: str) -> int:
    return next(d["id"] for d in ws.departments() if d["name"] == name)


# -- owner -------------------------------------------------------------------------------------
def test_owner_of_a_named_target_from_its_assignment(ws: Workspace) -> None:
    answer = ws.ask("高性能算力规模由哪个部门牵头？")  # the example
    assert (answer.type, answer.kind) == ("owner", "owner")
    assert "市经信局牵头" in answer.answer and "象山南田岛" not in answer.answer
    assert answer.citations[0].node == "c4.s1.p1"
    links = {(link.kind, link.id) for link in answer.links}
    assert ("target", COMPUTE) in links
    assert ("department", _department_id(ws, "市经信局")) in links


def test_owner_follows_the_assignment(ws: Workspace) -> None:
    ws.assign(1, COMPUTE, lead="市发展改革委", partners="市大数据局")
    answer = ws.ask("高性能算力规模由哪个部门牵头？").answer
    assert "市发展改革委牵头，市大数据局配合" in answer and "市经信局" not in answer


def test_owner_of_a_task_through_its_targets(ws: Workspace) -> None:
    answer = ws.ask("哪些部门负责科技金融？")  # the example
    assert answer.citations[0].node == "c3.s4.p1"
    assert "市科技局牵头，市金融办配合" in answer.answer


def test_owner_of_a_target_through_its_task(ws: Workspace) -> None:
    answer = ws.ask("国家5A级物流企业由哪个部门负责？")
    assert "市商务局牵头" in answer.answer


def test_an_unassigned_target_is_not_given_its_siblings_owner(ws: Workspace) -> None:
    answer = ws.ask("国家级制造业单项冠军企业由哪个部门负责？")
    assert answer.answer.startswith("尚未分工") and "市经信局" not in answer.answer
    assert answer.citations[0].node == "c2.s5.p2" and answer.links == []


def test_unassigned_quotes_what_the_plan_itself_says(ws: Workspace, tmp_path: Path) -> None:
    doc = tmp_path / "port.txt"
    doc.write_text(
        "某区港口物流发展规划（2026—2030年）\n\n一、保障措施\n\n"
        "建立港航物流发展联席会议制度，由区发展和改革局牵头，区交通运输局配合。\n",
        encoding="utf-8",
    )
    plan = ws.ingest(doc).plan
    answer = ws.ask("港航物流发展联席会议由哪个部门牵头？", plan=plan.id).answer
    assert (
        answer.startswith("尚未分工")
        and "规划原文：由区发展和改革局牵头，区交通运输局配合" in answer
    )


# -- progress ----------------------------------------------------------------------------------
def test_progress_from_the_latest_assessment(ws: Workspace) -> None:
    answer = ws.ask("算力规模目前进展如何？")  # the example
    assert (answer.type, answer.kind) == ("progress", "progress")
    assert "快于预期" in answer.answer and "2026年6.2EFLOPS" in answer.answer
    assert "宁波市2026年统计公报（模拟）" in answer.answer  # the figure's source
    assert "超过10EFLOPS（2030年）" in answer.answer  # the target beside it
    assert [(link.kind, link.id) for link in answer.links] == [("target", COMPUTE)]
    assert answer.citations[0].node == "c4.s1.p1"


def test_progress_follows_the_figures(ws: Workspace) -> None:
    ws.record(COMPUTE, plan=1, period=2027, value=5.0, source="2027年公报")
    answer = ws.ask("高性能算力规模进展如何？").answer
    assert "滞后" in answer and "2027年5EFLOPS（2027年公报）" in answer
    as_of = ws.ask("截至2026年，高性能算力规模进展如何？").answer
    assert "快于预期" in as_of and "2026年6.2EFLOPS" in as_of and "2027年" not in as_of


def test_progress_without_figures_says_so(ws: Workspace) -> None:
    answer = ws.ask("累计招收博士后进展如何？").answer
    assert answer.startswith("博士后：暂无数据")


def test_targets_in_a_status_are_listed(ws: Workspace) -> None:
    lagging = ws.ask("哪些指标滞后？")  # the example: was 未找到
    assert lagging.type == "progress" and lagging.answer.startswith("滞后（2项）")
    assert "专精特新“小巨人”企业（2026年452家）" in lagging.answer
    assert "金融业增加值" not in lagging.answer
    assert {link.id for link in lagging.links} == {GIANTS, "c2.s4.box2.i5.t1"}
    assert {c.node for c in lagging.citations} == {"c2.s5.p2", "c2.s4.box2.i5"}
    achieved = ws.ask("哪些指标已经提前实现？").answer
    assert achieved.startswith("提前实现（1项）：金融业增加值")


def test_a_new_figure_moves_a_target_between_status_lists(ws: Workspace) -> None:
    ws.record(GIANTS, plan=1, period=2027, value=640)
    assert "专精特新" not in ws.ask("哪些指标滞后？").answer
    assert "专精特新" in ws.ask("哪些指标快于预期？").answer
