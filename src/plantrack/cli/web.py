"""Commands for the web app: `plantrack serve`, `plantrack rotate-secret` and
`plantrack users add/list/roles/disable/token`."""

from __future__ import annotations

import errno
import socket

import click

from plantrack.cli.output import print_json, print_table
from plantrack.cli.root import fail, get_workspace, main
from plantrack.model import Role


@main.command()
@click.option(
    "--host",
    default="127.0.0.1",
    show_default=True,
    help="Address to listen on (0.0.0.0 for every interface).",
)
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535))
@click.option("--public-read", is_flag=True, help="Anyone may read without logging in.")
@click.option(
    "--trust-proxy",
    is_flag=True,
    help="Behind a TLS proxy: honour X-Forwarded-Proto for Secure cookies.",
)
@click.pass_context
def serve(ctx: click.Context, host: str, port: int, public_read: bool, trust_proxy: bool) -> None:
    """Run the web app and JSON API (docs/web.md)."""
    workspace = get_workspace(ctx)
    sock = _listen(host, port)  # before the app is built: a taken port fails at once
    import uvicorn

    from plantrack.web import create_app

    app = create_app(workspace, config={"public_read": public_read, "trust_proxy": trust_proxy})
    click.echo(f"plantrack web: http://{host}:{port}/  (API: /api/openapi.json; Ctrl-C stops)")
    config = uvicorn.Config(
        app,
        host=host,
        port=port,
        log_level="warning",
        proxy_headers=trust_proxy,
        server_header=False,
    )
    with sock:
        uvicorn.Server(config).run(sockets=[sock])


def _listen(host: str, port: int) -> socket.socket:
    """A socket bound to host:port for uvicorn, or one line saying why not (port taken, a port
    below 1024 without the right, an address this machine does not have)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as uvicorn does
    try:
        sock.bind((host, port))
    except OSError as exc:
        sock.close()
        if exc.errno == errno.EADDRINUSE:
            fail(
                f"port {port} on {host} is already in use (another plantrack or program):"
                f" stop it, or choose another port with --port {_other_port(port)}"
            )
        if exc.errno == errno.EACCES:
            fail(f"port {port} on {host}: permission denied: choose a port above 1023 with --port")
        fail(f"cannot listen on {host}:{port} ({exc.strerror or exc}): check --host and --port")
    sock.set_inheritable(True)
    return sock


def _other_port(port: int) -> int:
    return port + 1 if port < 65535 else 8000


@main.command("rotate-secret")
@click.pass_context
def rotate_secret(ctx: click.Context) -> None:
    """Replace the web app's server secret: every CSRF token issued so far stops working.

    Takes effect at once in every running worker; open forms must be reloaded (the old token
    gets the usual "CSRF token missing or wrong" refusal). Sessions and API tokens stay valid.
    """
    get_workspace(ctx).rotate_secret()
    click.echo("server secret rotated: CSRF tokens issued before now are refused")


@main.group()
def users() -> None:
    """User accounts of the web app (roles: admin, planner, editor, viewer; see `users roles`)."""


@users.command("add")
@click.argument("username")
@click.option("--role", type=click.Choice([r.value for r in Role]), required=True)
@click.option("--department", help="The department of an editor (created if new).")
@click.option(
    "--password",
    prompt=True,
    hide_input=True,
    confirmation_prompt=True,
    envvar="PLANTRACK_PASSWORD",
    help="Asked for if not given (or PLANTRACK_PASSWORD).",
)
@click.pass_context
def users_add(
    ctx: click.Context, username: str, role: str, department: str | None, password: str
) -> None:
    """Create a user."""
    user = get_workspace(ctx).add_user(username, password, role, department=department)
    extra = f" ({user.department})" if user.department else ""
    click.echo(f"user {user.username}: {user.role}{extra} created")


@users.command("list")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table")
@click.pass_context
def users_list(ctx: click.Context, fmt: str) -> None:
    """List users."""
    items = get_workspace(ctx).users()
    if fmt == "json":
        print_json([u.to_dict() for u in items])
        return
    print_table(
        "用户 Users",
        ["id", "username", "role", "department", "disabled", "created"],
        [
            (
                u.id,
                u.username,
                u.role,
                u.department or "",
                "yes" if u.disabled else "",
                u.created_at,
            )
            for u in items
        ],
    )


@users.command("roles")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table")
def users_roles(fmt: str) -> None:
    """What each role may do: the permission matrix the web app and the API enforce."""
    from plantrack.access.permissions import DESCRIPTIONS, Action, role_table

    table = role_table()
    if fmt == "json":
        print_json(table)
        return
    print_table(
        "角色 Roles",
        ["role", "角色", "may", "scope"],
        [
            (
                r["role"],
                r["zh"],
                "; ".join(DESCRIPTIONS[Action(a)] for a in r["actions"]),
                "own department's targets" if r["department_only"] else "",
            )
            for r in table
        ],
    )


@users.command("disable")
@click.argument("username")
@click.option("--enable", is_flag=True, help="Re-enable instead.")
@click.pass_context
def users_disable(ctx: click.Context, username: str, enable: bool) -> None:
    """Disable a user: logins, sessions and API tokens stop working at once."""
    user = get_workspace(ctx).set_user_disabled(username, not enable)
    click.echo(f"user {user.username}: {'disabled' if user.disabled else 'enabled'}")


@users.command("token")
@click.argument("username")
@click.option("--name", default="script", show_default=True)
@click.pass_context
def users_token(ctx: click.Context, username: str, name: str) -> None:
    """Create an API token for a user (printed once)."""
    ws = get_workspace(ctx)
    click.echo(ws.create_token(ws.user(username), name, actor=ws.actor))
