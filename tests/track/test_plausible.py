"""Plausibility limits per unit (track/plausible.py): 1.7e308 EFLOPS — accepted before — is
refused with one line naming the limit in the figure's unit; `allow_implausible` (CLI
`--allow-implausible`, API `allow_implausible`) stores it anyway; no real figure is refused."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from plantrack.cli import main
from plantrack.errors import ImportRejected, ValidationError
from plantrack.track import plausible
from plantrack.track.units import _BASES, parse_unit

FIN = "c2.s4.box2.i3.t1"  # 金融业增加值 ≥2000 亿元
COMPUTE = "c4.s1.p1.t1"  # 高性能算力规模 >10 EFLOPS


def test_every_unit_kind_has_a_limit() -> None:
    assert {dimension for dimension, _ in _BASES.values()} <= set(plausible.LIMITS)


def test_limits_in_the_figures_own_unit() -> None:
    assert plausible.largest("EFLOPS") == pytest.approx(1e6)
    assert plausible.largest("亿元") == pytest.approx(1e8)
    assert plausible.largest("万元") == pytest.approx(1e12)
    assert plausible.largest("%") == 1e5
    assert plausible.largest("棵") == plausible.GENERIC  # a unit plantrack does not know
    with pytest.raises(ValidationError, match=r"value -2e\+20 亿元: implausible \(more than"):
        plausible.check(-2e20, "亿元")
    plausible.check(1.3e6, "亿元")  # China's GDP


def test_no_target_of_the_sample_plan_is_implausible(sample_ws) -> None:
    for target in sample_ws.targets():
        for value in (target.value, target.baseline):
            if value is not None and (target.unit is None or parse_unit(target.unit)):
                plausible.check(value, target.unit)


def test_recording_refuses_then_allows(sample_ws) -> None:
    with pytest.raises(ValidationError, match=r"1\.7e\+308 EFLOPS: implausible \(more than 1e\+06"):
        sample_ws.record(COMPUTE, period=2026, value=1.7e308, unit="EFLOPS", source="x")
    with pytest.raises(ValidationError, match="implausible"):
        sample_ws.record(FIN, period=2026, value=1e20, unit="亿元", source="x")
    assert sample_ws.observations(None, COMPUTE) == []
    sample_ws.record(FIN, period=2026, value=2150, unit="亿元", source="公报")
    stored = sample_ws.record(
        COMPUTE, period=2026, value=2e6, unit="EFLOPS", source="x", allow_implausible=True
    )
    assert stored.value == 2e6


def test_imports_refuse_then_allow(sample_ws, tmp_path) -> None:
    path = tmp_path / "figures.csv"
    huge = "1" + "0" * 20
    path.write_text(
        f"指标编号,年份,数值,单位,来源\n{FIN},2026,{huge},亿元,公报\n", encoding="utf-8"
    )
    with pytest.raises(ImportRejected) as caught:
        sample_ws.import_observations(path)
    assert caught.value.rows == [
        (
            2,
            "row 2: value 1e+20 亿元: implausible (more than 1e+08 亿元);"
            " check the figure and its unit, or store it with"
            " --allow-implausible",
        )
    ]
    assert sample_ws.import_observations(path, allow_implausible=True).recorded == 1


def test_the_cli_flag(sample_ws) -> None:
    db = sample_ws.engine.url.render_as_string(hide_password=False)
    sample_ws.close()
    args = ["--db", db, "record", COMPUTE, "--period", "2026", "--value", "2000000"]
    refused = CliRunner().invoke(main, [*args, "--unit", "EFLOPS"])
    assert refused.exit_code == 1 and "implausible" in refused.output
    stored = CliRunner().invoke(main, [*args, "--unit", "EFLOPS", "--allow-implausible"])
    assert stored.exit_code == 0, stored.output
