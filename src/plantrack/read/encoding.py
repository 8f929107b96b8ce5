"""Decide the text encoding of a file's bytes, or refuse when it cannot be told."""

from __future__ import annotations

import codecs

from charset_normalizer import from_bytes

from plantrack.errors import ReadError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32"),  # before UTF-16 LE: it starts with FF FE too
    (codecs.BOM_UTF32_BE, "utf-32-be", "utf-32"),
    (codecs.BOM_UTF8, "utf-8", "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16"),
)
# charset-normalizer names that all decode Chinese GB text; GB18030 is their superset.
_GB_FAMILY = {"gb2312", "gbk", "gb18030", "hz"}
# Detected encodings within this chaos (mess) of the best one count as rivals.
_RIVAL_CHAOS = 0.05
_MAX_CHAOS = 0.2
_SAMPLE_BYTES = 256 * 1024


def _canonical(name: str) -> str:
    name = name.lower().replace("_", "-")
    return "gb18030" if name.replace("-", "") in _GB_FAMILY else name


def decode(data: bytes, name: str) -> tuple[str, str]:
    """Return (text, encoding) for `data`; `name` is the file name used in error messages.

    Order: a BOM decides; then strict UTF-8; then charset-normalizer, accepted only when one
    reading is clearly better than every rival reading that gives a different text.
    """
    by_bom = _decode_bom(data, name)
    if by_bom is not None:
        return by_bom
    nul = b"\x00" in data
    if not nul:
        try:
            return data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            pass
    # Detect on a sample (charset-normalizer is slow on megabytes), then decode all of it.
    results = list(from_bytes(_detection_sample(data, nul)))
    if nul:
        # NUL bytes: only UTF-16/32 without a BOM could be text.
        results = [r for r in results if r.encoding.startswith(("utf_16", "utf_32"))]
        if not results:
            raise ReadError(f"{name}: binary file (contains NUL bytes), not text")
    if not results:
        raise ReadError(f"{name}: not text in any known encoding (binary file?)")
    best = results[0]
    if best.percent_chaos > _MAX_CHAOS:
        raise ReadError(f"{name}: not readable as text (best guess {best.encoding} is garbled)")
    text = str(best)
    rivals = sorted(
        {
            _canonical(r.encoding)
            for r in results[1:]
            if r.percent_chaos <= best.percent_chaos + _RIVAL_CHAOS and str(r) != text
        }
        - {_canonical(best.encoding)}
    )
    if rivals:
        options = ", ".join([_canonical(best.encoding), *rivals])
        raise ReadError(
            f"{name}: cannot tell the text encoding for sure (could be {options}); save it as UTF-8"
        )
    encoding = _canonical(best.encoding)
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise ReadError(
            f"{name}: looks like {encoding} but is not valid {encoding} at byte {exc.start}"
        ) from None
    return text, _narrowest_gb(data, encoding)


def _decode_bom(data: bytes, name: str) -> tuple[str, str] | None:
    """(text, encoding) when `data` starts with a BOM, else None; ReadError if it does not fit."""
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(codec), label
            except UnicodeDecodeError as exc:
                raise ReadError(
                    f"{name}: starts with a {label} BOM but is not valid {label} ({exc.reason} at byte {exc.start})"
                ) from None
    return None


def _detection_sample(data: bytes, nul: bool) -> bytes:
    """The first bytes of `data` to detect on, cut so that no character is split."""
    sample = data[:_SAMPLE_BYTES]
    if len(data) > _SAMPLE_BYTES:
        # Cut at a line end so no multi-byte character is split (0x0A is never a GBK trail byte).
        cut = sample.rfind(b"\n")
        if cut > 0:
            sample = sample[: cut + 1]
        if nul:
            sample = sample[: len(sample) - len(sample) % 2]
    return sample


def _narrowest_gb(data: bytes, encoding: str) -> str:
    """Say "gbk" instead of "gb18030" when the file never needed more than GBK."""
    if encoding == "gb18030":
        try:
            data.decode("gbk")
            return "gbk"
        except UnicodeDecodeError:
            pass
    return encoding
