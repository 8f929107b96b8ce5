"""CLI: plantrack search / ask / entities / reindex on a real SQLite store."""

from __future__ import annotations

import json

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
    assert set(data) == {"answer", "kind", "citations"} and data["kind"] == "target"
    assert data["citations"][0]["node"] == "c4.s1.p1"
    assert "10" in data["answer"]


def test_ask_text_prints_answer_and_citations(sample_ws: Workspace):
    result = run(sample_ws, "ask", "哪个区建设低空经济先飞区？")
    lines = result.output.splitlines()
    assert lines[0] == "鄞州" and "[c2.s2.p5]" in lines[1]


def test_bad_input_is_a_clear_no_match(sample_ws: Workspace):
    for query in ["", "   ", '" * : NEAR AND', "x" * 10_000, "hello world"]:
        result = run(sample_ws, "search", query)
        assert result.exit_code == 0 and "no match" in result.output
        result = run(sample_ws, "ask", query, "--format", "json")
        assert result.exit_code == 0 and json.loads(result.output)["kind"] == "none"


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
