"""One response for two audiences: the HTML page or its `.json` twin, from the same data.

Every error, in either form, carries the same facts: `{"ok": false, "error": ..., "status": 4xx}`.
"""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import quote

from markupsafe import Markup, escape
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse, Response

from plantrack.model import STATUS_STYLE, Comparator
from plantrack.web import i18n
from plantrack.web.i18n import status_label, translator
from plantrack.web.messages import localize


class UTF8JSON(JSONResponse):
    media_type = "application/json; charset=utf-8"

    def render(self, content: Any) -> bytes:
        return json.dumps(
            content, ensure_ascii=False, allow_nan=False, default=str, separators=(",", ":")
        ).encode("utf-8")


def wants_json(request: Request) -> bool:
    path = request.url.path
    if path.startswith("/api/") or path.endswith(".json"):
        return True
    accept = request.headers.get("accept", "")
    return "application/json" in accept and "text/html" not in accept


def lang_of(request: Request) -> str:
    return request.scope.get("state", {}).get("lang", "zh")


# Each status's colours as custom properties of its `s-<status>` class (model.STATUS_STYLE), put
# in every page's <head> by base.html; style.css colours badges, bars and highlights with them.
STATUS_CSS = Markup(
    "".join(
        f".s-{s} {{ --status: {style.colour}; --status-fill: {style.fill}; "
        f"--status-on-fill: {style.on_fill}; }}\n"
        for s, style in STATUS_STYLE.items()
    )
)

COMPARATOR_SIGNS = {">=": "≥", "<=": "≤", "~": "约", ">": ">", "<": "<", "=": "="}


def comparator_sign(comparator: str | None) -> str:
    return COMPARATOR_SIGNS.get(comparator or "", comparator or "")


def number(x: Any) -> str:
    """A figure for people: thousands separators, no float noise, — for none."""
    if x is None:
        return "—"
    if isinstance(x, bool) or not isinstance(x, int | float):
        return str(x)
    if float(x).is_integer() and abs(x) < 1e15:
        return f"{x:,.0f}"
    return f"{x:,.4g}"


def plain(x: Any) -> str:
    """A figure as a person types it into a field: 1500, 12.5 (no separators, no float noise)."""
    if x is None:
        return ""
    if isinstance(x, float) and x.is_integer() and abs(x) < 1e15:
        return str(int(x))
    return str(x)


def text_helpers(lang: str) -> dict[str, Any]:
    """The words and number formats a template uses, in `lang`: the pages of the app and the
    published static site (web/publish.py) share them."""
    return {
        "lang": lang,
        "t": translator(lang),
        "status_label": lambda s: status_label(s, lang),
        "status_css": STATUS_CSS,
        "cmp": (lambda c: "≈" if c == Comparator.APPROX else comparator_sign(c))
        if lang == "en"
        else comparator_sign,
        "num": number,
        "plain": plain,
        "badge": lambda s: Markup(
            f'<span class="status s-{escape(s)}">{escape(status_label(s, lang))}</span>'
        ),
        "actor": lambda a: i18n.actor_label(a, lang),
        "action_label": lambda a, s: i18n.action_label(a, s, lang),
        "method_label": lambda m: i18n.method_label(m, lang),
        "kind_label": lambda k: i18n.kind_label(k, lang),
        "form_label": lambda f: i18n.form_label(f, lang),
        "milestone_label": lambda m: i18n.milestone_label(m, lang),
        "role_label": lambda r: i18n.role_label(r, lang),
        "localize": lambda m, status=None: localize(str(m), lang, status),
        "bar_labels": {s: status_label(s, lang) for s in STATUS_STYLE},
    }


def page_context(request: Request, **extra: Any) -> dict[str, Any]:
    from plantrack.web.csrf import masked_token

    lang = lang_of(request)
    state = request.scope.get("state", {})
    try:
        token = masked_token(request) if "cookie_secret" in state else ""
    except AttributeError:
        token = ""
    return {
        "request": request,
        **text_helpers(lang),
        "user": state.get("user"),
        "csrf": token,
        "public_read": request.app.state.config["public_read"],
        **extra,
    }


def attachment(name: str, fallback: str) -> str:
    """Content-Disposition for a Chinese file name (RFC 6266/5987), with an ASCII fallback."""
    return f"attachment; filename=\"{fallback}\"; filename*=UTF-8''{quote(name)}"


def json_twin(request: Request) -> str | None:
    path = request.url.path
    twin = "/index.json" if path == "/" else f"{path}.json"
    return twin + (f"?{request.url.query}" if request.url.query else "")


def render(
    request: Request,
    template: str,
    data: dict[str, Any],
    status: int = 200,
    cache_key: Any = None,
    **extra: Any,
) -> Response:
    """The page, or `{"ok": true, **data}` when the path ends in .json (or it is the API).

    `extra` goes to the template only (e.g. a chart already drawn from `data`). With
    `cache_key`, the page's title and content blocks — which must not depend on the user — are
    rendered once per store stamp and language; only the header is rendered per request.
    """
    if wants_json(request):
        payload = {"ok": status < 400, **data}
        if status >= 400:  # the error shape, with the page's details (e.g. a per-row report)
            payload.update(error=data.get("message") or "request refused", status=status)
        return UTF8JSON(payload, status_code=status)
    templates = request.app.state.templates
    context = page_context(
        request, data=data, json_url=json_twin(request) if "page" in data else None, **extra
    )
    if cache_key is not None:
        from plantrack.web.cache import request_stamp

        page = templates.get_template(template)

        def blocks() -> tuple[str, str]:
            ctx = page.new_context(context)
            return ("".join(page.blocks["title"](ctx)), "".join(page.blocks["content"](ctx)))

        stamp = getattr(request.state, "data_stamp", None) or request_stamp(request)
        key = ("html", template, cache_key, context["lang"], stamp)
        title, body = request.app.state.cache.get(key, blocks, stamp)
        context.update(shell_title=Markup(title), shell_body=Markup(body))
        template = "shell.html"
    return templates.TemplateResponse(request, template, context, status_code=status)


def error_response(request: Request, status: int, message: str) -> Response:
    """The error as JSON (the message as it is) or as a page (the message in the page's
    language, without command-line advice)."""
    if wants_json(request):
        return UTF8JSON({"ok": False, "error": message, "status": status}, status_code=status)
    if status == 401 and request.method == "GET":
        target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        return RedirectResponse(f"/login?next={quote(target)}", status_code=303)
    try:
        templates = request.app.state.templates
        return templates.TemplateResponse(
            request,
            "error.html",
            page_context(
                request,
                message=localize(message, lang_of(request), status),
                status=status,
                data={},
                json_url=None,
            ),
            status_code=status,
        )
    except Exception:  # the error page itself must never fail
        from html import escape

        text = escape(localize(message, lang_of(request), status))
        return HTMLResponse(f"<h1>{status}</h1><p>{text}</p>", status_code=status)
