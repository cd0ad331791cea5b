"""The newsflow operator page in the Airflow UI: recent ingest runs, the quarantine, the newest stories.

An Airflow 3 plugin: the api-server mounts the FastAPI app below at /newsflow, and the UI's navigation gets a
"newsflow" entry that shows the page inside the UI (/plugin/newsflow). Only logged-in users see it (the UI's
session cookie, or a bearer token from POST /auth/token). The page reads the news DB of the connection `news_db`
(else DATABASE_URL); its queries and HTML live in newsflow (db/operator.py, operator_page.py).
"""

from __future__ import annotations

from dataclasses import asdict
from typing import Annotated, Any, ClassVar

from airflow.api_fastapi.core_api.security import requires_authenticated
from airflow.plugins_manager import AirflowPlugin
from fastapi import Depends, FastAPI, HTTPException, Query
from fastapi.responses import HTMLResponse

NEWS_DB_CONN_ID = "news_db"
MAX_ROWS = 200


def news_db_url() -> str:
    """The news DB: the connection `news_db` (any secrets backend), else newsflow's own resolution."""
    from airflow.exceptions import AirflowNotFoundException
    from airflow.models.connection import Connection

    from newsflow.db import resolve_url

    try:
        return Connection.get_connection_from_secrets(NEWS_DB_CONN_ID).get_uri()
    except AirflowNotFoundException:
        return resolve_url(start_embedded=False)


def _overview(url: str, limit: int) -> Any:
    from newsflow.db import DatabaseError, connect
    from newsflow.db.operator import overview

    try:
        with connect(url) as conn:
            return overview(conn, limit)
    except DatabaseError as exc:
        raise HTTPException(status_code=503, detail=str(exc)) from exc


NewsDb = Annotated[str, Depends(news_db_url)]
Rows = Annotated[int, Query(ge=1, le=MAX_ROWS, description="rows per section")]

app = FastAPI(title="newsflow operations", dependencies=[Depends(requires_authenticated())])


@app.get("/", response_class=HTMLResponse)
def page(url: NewsDb, limit: Rows = 25) -> str:
    from newsflow.db.connection import redact
    from newsflow.operator_page import render

    return render(_overview(url, limit), redact(url))


@app.get("/api/overview")
def overview_json(url: NewsDb, limit: Rows = 25) -> dict[str, Any]:
    from newsflow.operator_page import preview_text

    data = asdict(_overview(url, limit))
    for row in data["quarantine"]:
        row["preview"] = preview_text(row["preview"])
    return data  # FastAPI encodes the datetimes


class NewsflowOperatorPlugin(AirflowPlugin):
    name = "newsflow"
    fastapi_apps: ClassVar[list[dict[str, Any]]] = [
        {"app": app, "url_prefix": "/newsflow", "name": "newsflow operations"},
    ]
    external_views: ClassVar[list[dict[str, Any]]] = [{
        "name": "newsflow", "href": "/newsflow/", "destination": "nav", "url_route": "newsflow", "nav_top_level": True,
    }]
