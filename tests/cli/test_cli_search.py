"""CLI: plantrack search / ask / entities / reindex on a real SQLite store."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from plantrack.cli import main
from plantrack.workspace import Workspace


def run(ws: Workspace, *args: str):
    result = CliRunner().invoke(main, ["--db", ws.url, *args], catch_exceptions=False)
    return result


def test_search_text_shows_location_and_highlight(sample_ws: Workspace):
    result = run(sample_ws, "search", "象山南田岛算力中心", "--limit", "2")
    assert result.exit_code == 0
    assert result.output.lstrip().startswith("1. c4.s1.p1")
    assert "第一节 构建人工智能发展基座" in result.output


def test_search_json_and_filters(sample_ws: Workspace):
    result = run(
        sample_ws, "search", "人工智能", "--chapter", "4", "--limit", "3", "--format", "json"
    )
    hits = json.loads(result.output)
    assert 1 <= len(hits) <= 3 and all(h["node"].startswith("c4") for h in hits)
    assert {"node", "path", "text", "score", "highlights", "plan_id", "kind"} <= set(hits[0])
    placed = json.loads(
        run(sample_ws, "search", "建设", "--place", "鄞州", "--format", "json").output
    )
    assert placed and all("鄞州" in h["text"] for h in placed)


def test_ask_json_contract(sample_ws: Workspace):
    result = run(sample_ws, "ask", "到2030年算力规模要达到多少？", "--format", "json")
    data = json.loads(result.output)
    assert set(data) == {"answer", "kind", "type", "citations", "links"}
    assert (data["kind"], data["type"]) == ("target", "value")
    assert data["citations"][0]["node"] == "c4.s1.p1"
    assert "10" in data["answer"]


def test_ask_text_prints_answer_and_citations(sample_ws: Workspace):
    result = run(sample_ws, "ask", "哪个区建设低空经济先飞区？")
    lines = result.output.splitlines()
    assert lines[0] == "鄞州" and lines[1] == "  类型 type: 地点 (where)"
    assert "[c2.s2.p5]" in lines[2]


def test_bad_input_is_a_clear_no_match(sample_ws: Workspace):
    for query in ["", "   ", '" * : NEAR AND', "x" * 10_000, "hello world"]:
        result = run(sample_ws, "search", query)
        assert result.exit_code == 0 and "no match" in result.output
    for query in ['" * : NEAR AND', "x" * 10_000, "hello world"]:
        result = run(sample_ws, "ask", query, "--format", "json")
        assert result.exit_code == 0 and json.loads(result.output)["kind"] == "none"


@pytest.mark.parametrize("question", ["", "   ", "\t\n"])
def test_an_empty_question_is_refused_with_one_line(sample_ws: Workspace, question: str):
    result = CliRunner().invoke(main, ["--db", sample_ws.url, "ask", question])
    assert result.exit_code == 1
    assert result.output.strip().splitlines() == [
        "plantrack: error: 问题为空：请输入要问的内容 (empty question)"
    ]


def test_owner_and_progress_answer_from_what_was_recorded(sample_ws: Workspace):
    """End to end in the CLI: assign and import figures with plantrack's own commands, then ask."""
    figures = str(Path(__file__).resolve().parents[2] / "samples" / "observations-2026.xlsx")
    assert run(sample_ws, "import", "observations", figures).exit_code == 0
    assert run(sample_ws, "assign", "1", "c4.s1.p1.t1", "--lead", "市经信局").exit_code == 0
    owner = run(sample_ws, "ask", "高性能算力规模由哪个部门牵头？")
    lines = owner.output.splitlines()
    assert owner.exit_code == 0 and lines[0] == "高性能算力规模：市经信局牵头"
    assert lines[1] == "  类型 type: 责任部门 (owner)"
    assert "  → 部门 department: 市经信局 (1)" in lines
    progress = json.loads(
        run(sample_ws, "ask", "算力规模目前进展如何？", "--format", "json").output
    )
    assert progress["type"] == "progress" and "快于预期，2026年6.2EFLOPS" in progress["answer"]
    assert progress["links"] == [
        {"kind": "target", "label": "高性能算力规模", "plan_id": 1, "id": "c4.s1.p1.t1"}
    ]
    run(sample_ws, "record", "c4.s1.p1.t1", "--period", "2027", "--value", "5")
    later = run(sample_ws, "ask", "算力规模目前进展如何？").output
    assert later.startswith("高性能算力规模：滞后，2027年5EFLOPS")


def test_entities_command(sample_ws: Workspace):
    result = run(sample_ws, "entities", "--type", "place", "--format", "json")
    names = {e["name"] for e in json.loads(result.output)}
    assert {"鄞州", "象山南田岛", "甬江科创区"} <= names
    table = run(sample_ws, "entities", "--type", "track")
    assert table.exit_code == 0 and "量子科技" in table.output
    bad = run(sample_ws, "entities", "--type", "planet")
    assert bad.exit_code == 2


def test_unknown_plan_is_one_line_error(sample_ws: Workspace):
    result = CliRunner().invoke(main, ["--db", sample_ws.url, "ask", "算力", "--plan", "999"])
    assert result.exit_code == 1 and "plan 999" in result.output


def test_reindex_command(sample_ws: Workspace):
    result = run(sample_ws, "reindex")
    assert result.exit_code == 0 and "passages indexed" in result.output
