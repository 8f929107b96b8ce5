"""The JSON API under a bounded, derandomized schemathesis run: every operation of
/api/openapi.json with valid and invalid input (schemathesis' positive and negative modes), as
an admin with an API token and anonymously. No request may give a server error (5xx) or a status
code the schema does not document, and no valid request may be refused (4xx other than
401/403/404).

Bounded so it adds about a minute to `make test`: `MAX_EXAMPLES` examples per operation, the
same examples every run (derandomize), no example database. The requests run against one copy of
the web test store (the sample plan, users, assignments) per backend.
"""

from __future__ import annotations

import atexit
import shutil
import tempfile
from pathlib import Path

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import (
    not_a_server_error,
    positive_data_acceptance,
    status_code_conformance,
)

from plantrack.web import create_app
from plantrack.workspace import Workspace

MAX_EXAMPLES = 12
CHECKS = [not_a_server_error, status_code_conformance, positive_data_acceptance]
# To the schema any bytes are a file; one plantrack cannot read as a plan is a 400, not a bug.
EXCLUDED = {"POST /api/plans": [positive_data_acceptance]}
BOUNDED = settings(
    max_examples=MAX_EXAMPLES,
    derandomize=True,
    database=None,
    deadline=None,
    suppress_health_check=list(HealthCheck),
)


def _schema_app():
    """An app on an empty store, only to read the OpenAPI document from at collection time."""
    folder = Path(tempfile.mkdtemp(prefix="plantrack-fuzz-"))
    atexit.register(shutil.rmtree, folder, True)
    workspace = Workspace(f"sqlite:///{folder / 'schema.db'}", actor="test")
    return create_app(workspace, config={"upload_dir": str(folder / "uploads")})


schema = schemathesis.openapi.from_asgi("/api/openapi.json", _schema_app())


@pytest.fixture(scope="session")
def _fuzz_apps(tmp_path_factory, request):
    """One app per backend on one copy of the web test store, shared by every operation and
    both runs (a copy per operation cost more than the requests on PostgreSQL)."""
    apps = {}

    def get(backend: str, template: str):
        if backend not in apps:
            folder = tmp_path_factory.mktemp("fuzz")
            if backend == "sqlite":
                shutil.copyfile(template, folder / "fuzz.db")
                url = f"sqlite:///{folder / 'fuzz.db'}"
            else:
                databases = request.getfixturevalue("pg_databases")
                url = databases.url(databases.create(template))  # dropped with the session
            workspace = Workspace(url, actor="test")
            app = create_app(workspace, config={"upload_dir": str(folder / "uploads")})
            app.state.fuzz_token = workspace.create_token(workspace.user("admin"), "fuzz")
            apps[backend] = app
        return apps[backend]

    yield get
    for app in apps.values():
        app.state.workspace.close()


@pytest.fixture
def app(backend, _web_template, _fuzz_apps):
    return _fuzz_apps(backend, _web_template[0])


@pytest.mark.slow
@schema.parametrize()
@BOUNDED
def test_as_admin_with_a_token(case, app) -> None:
    headers = {"authorization": f"Bearer {app.state.fuzz_token}"}
    _check(case, case.call(app=app, headers=headers))


@pytest.mark.slow
@schema.parametrize()
@BOUNDED
def test_anonymously(case, app) -> None:
    _check(case, case.call(app=app))


def _check(case, response) -> None:
    label = f"{case.operation.method.upper()} {case.operation.path}"
    case.validate_response(response, checks=CHECKS, excluded_checks=EXCLUDED.get(label, []))
