"""Unit conversion: same meaning converts both ways; different meaning refuses, never guesses."""

import pytest

from plantrack.errors import UnitMismatch, ValidationError
from plantrack.track.units import convert, convertible, dimension, is_linear, parse_unit, to_base


@pytest.mark.parametrize(
    ("value", "src", "dst", "expected"),
    [
        (2150, "亿元", "万元", 21_500_000),  # 1 亿 = 10^4 万
        (21_500_000, "万元", "亿元", 2150),
        (3, "万亿元", "亿元", 30_000),  # 1 万亿 = 10^4 亿
        (30_000, "亿元", "万亿元", 3),
        (5, "万元", "元", 50_000),
        (50_000, "元", "万元", 5),
        (1.5, "万人", "人", 15_000),
        (15_000, "人", "万人", 1.5),
        (800, "名", "人", 800),  # 名 and 人 both count people
        (2, "万个", "个", 20_000),
        (20_000, "个", "万个", 2),
        (612, "家", "家", 612),
        (3, "万家", "家", 30_000),
        (5, "‰", "%", 0.5),  # 1‰ = 0.1%
        (0.5, "%", "‰", 5),
        (12, "％", "%", 12),  # full-width percent sign
        (3600, "万标准箱", "标准箱", 36_000_000),
        (36_000_000, "标准箱", "万标准箱", 3600),
        (2.5, "万吨", "吨", 25_000),
        (25_000, "吨", "万吨", 2.5),
        (3, "万千瓦", "千瓦", 30_000),  # 万 + 千瓦, not 万千 + 瓦
        (30_000, "千瓦", "万千瓦", 3),
        (1, "吉瓦", "万千瓦", 100),  # 1 GW = 10^6 kW = 100 万千瓦
        (10, "EFLOPS", "PFLOPS", 10_000),
        (10_000, "PFLOPS", "EFLOPS", 10),
        (10, "eflops", "EFLOPS", 10),
        (15, "亩", "公顷", 1),  # 15 亩 = 1 公顷
        (12, "万元/人", "元/人", 120_000),
        (2, "个百分点", "百分点", 2),
    ],
)
def test_convert_same_meaning(value, src, dst, expected):
    assert convert(value, src, dst) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("src", "dst"),
    [
        ("%", "亿元"),
        ("亿元", "%"),
        ("家", "个"),  # organisations and things: a person must say they are the same
        ("人", "个"),
        ("亿元", "亿美元"),
        ("%", "百分点"),  # a share is not a change in a share
        ("吨", "吨标准煤"),
        ("万人", "万人次"),
        ("EFLOPS", "千瓦"),
    ],
)
def test_convert_refuses_different_meaning(src, dst):
    with pytest.raises(UnitMismatch, match="they measure different things"):
        convert(1, src, dst)
    assert not convertible(src, dst)


def test_message_names_both_units():
    with pytest.raises(UnitMismatch) as info:
        convert(5, "%", "亿元")
    assert str(info.value) == "cannot convert % to 亿元: they measure different things"
    assert isinstance(info.value, ValidationError)


def test_unknown_unit_converts_only_to_itself():
    assert convert(7, "艘", "艘") == 7
    with pytest.raises(UnitMismatch, match="unknown unit '艘'"):
        convert(7, "艘", "个")


def test_missing_unit_refuses_unless_both_missing():
    assert convert(3, None, None) == 3
    with pytest.raises(UnitMismatch, match="no unit"):
        convert(3, None, "亿元")


def test_parse_and_dimensions():
    assert parse_unit("万千瓦").factor == 1e7  # 10^4 × 10^3 W
    assert parse_unit("不是单位") is None
    assert dimension("亿元") == dimension("元") == "money_cny"
    assert is_linear("%") and is_linear("‰") and not is_linear("亿元")
    assert to_base(2000, "亿元") == (2e11, "元")
    assert to_base(10, "EFLOPS") == (1e19, "FLOPS")
