"""The explorer's FastAPI app: the JSON API, the pages (one HTML shell), offline API docs.

Nothing it serves comes from the internet: the pages' JavaScript and CSS are
in static/, and the world outline and Swagger UI were copied into
static/vendor/ from npm packages by `make vendor`.
"""
from __future__ import annotations

from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.responses import FileResponse, JSONResponse
from fastapi.staticfiles import StaticFiles

from .. import __version__
from . import api
from .db import ReadOnlyStore

STATIC_DIR = Path(__file__).resolve().parent / "static"
VENDOR_FILES = ("vendor/countries-110m.json", "vendor/swagger-ui/swagger-ui-bundle.js",
                "vendor/swagger-ui/swagger-ui.css")
MAX_QUERY_BYTES = 2048  # the longest query string any page builds is far shorter
MAX_PATH_BYTES = 1024

# Scripts only from this server; the pages build their DOM from data with textContent, so this is
# the second line of defence against a hostile article, not the first.
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
       "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
# Swagger UI sets inline styles as it renders; its scripts are still only ours.
DOCS_CSP = CSP.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")
SECURITY_HEADERS = {"X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer",
                    "X-Frame-Options": "DENY"}


class VendorMissing(RuntimeError):
    """The npm assets were not copied into static/vendor/."""


def check_vendor(static_dir: Path) -> None:
    missing = [name for name in VENDOR_FILES if not (static_dir / name).is_file()]
    if missing:
        raise VendorMissing(f"the explorer's vendored files are missing ({', '.join(missing)} under {static_dir}): "
                            "run `make vendor` (it needs npm)")


def create_app(db_path: str | Path, static_dir: str | Path = STATIC_DIR) -> FastAPI:
    """The explorer over the store at `db_path`, opened read-only (StoreError if it is not one)."""
    static_dir = Path(static_dir)
    check_vendor(static_dir)
    store = ReadOnlyStore(db_path)

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        yield
        store.close()

    app = FastAPI(title="eventwire explorer", version=__version__, lifespan=lifespan,
                  description="Read-only access to an eventwire event store. Offsets count Unicode code points.",
                  docs_url=None, redoc_url=None)  # the default docs load Swagger UI from a CDN
    app.state.store = store
    app.include_router(api.router)
    app.mount("/static", StaticFiles(directory=static_dir), name="static")
    _add_pages(app, static_dir)
    app.middleware("http")(_guard)
    return app


def _add_pages(app: FastAPI, static_dir: Path) -> None:
    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(static_dir / "index.html")

    @app.get("/docs", include_in_schema=False)
    def docs() -> FileResponse:
        return FileResponse(static_dir / "docs.html", headers={"Content-Security-Policy": DOCS_CSP})


async def _guard(request: Request, call_next):
    """Refuse what a read-only explorer never needs (writes, bodies, huge URLs); add security headers."""
    scope = request.scope
    if request.method not in ("GET", "HEAD"):
        response = JSONResponse({"detail": "read-only: GET requests only"}, status_code=405,
                                headers={"Allow": "GET, HEAD"})
    elif len(scope.get("query_string", b"")) > MAX_QUERY_BYTES or len(scope.get("raw_path") or b"") > MAX_PATH_BYTES:
        response = JSONResponse({"detail": "request URL too long"}, status_code=414)
    elif _has_body(request):
        response = JSONResponse({"detail": "requests here carry no body"}, status_code=413)
    else:
        response = await call_next(request)
    response.headers.setdefault("Content-Security-Policy", CSP)
    for name, value in SECURITY_HEADERS.items():
        response.headers.setdefault(name, value)
    return response


def _has_body(request: Request) -> bool:
    length = request.headers.get("content-length", "0").strip()
    return "transfer-encoding" in request.headers or not length.isdigit() or int(length) > 0
