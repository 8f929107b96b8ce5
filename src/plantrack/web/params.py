"""Integers from outside — path segments, query strings, form fields — in the store's range.

An id beyond `MAX_INT` (the store's integer columns) would overflow the database driver and
give a 500; declared here, FastAPI refuses it with 422 before the route runs, and the OpenAPI
document states the range.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import Form, Path, Query

from plantrack.model import MAX_INT

Id = Annotated[int, Path(ge=0, le=MAX_INT, description="an id (0 … 2³¹−1)")]
IdQuery = Annotated[int | None, Query(ge=0, le=MAX_INT, description="an id (0 … 2³¹−1)")]
Version = Annotated[int, Query(ge=0, le=MAX_INT, description="the version you read")]
VersionForm = Annotated[int, Form(ge=0, le=MAX_INT)]
Year = Annotated[int | None, Query(ge=1900, le=2200, description="a year, e.g. 2026")]
