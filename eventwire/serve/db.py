"""The explorer's one read-only connection to an event store, and a cursor per request."""
from __future__ import annotations

import threading
from pathlib import Path

import duckdb

from ..export import open_store


class ReadOnlyStore:
    """An event store opened read-only; `cursor()` gives each request its own connection.

    A DuckDB connection must not be shared between threads, and FastAPI runs each
    request's handler in a worker thread: every request takes a cursor (a connection
    of its own to the same database) and closes it when it is answered.
    """

    def __init__(self, path: str | Path):
        self.path = Path(path)
        self._con = open_store(self.path)  # read_only=True, and checked to be an eventwire store
        # Defence in depth: no query of ours reads files, so none can be made to. (Connections to one
        # file in one process share a database, which a second explorer may find locked so already.)
        if self._con.execute("SELECT current_setting('enable_external_access')").fetchone()[0]:
            self._con.execute("SET enable_external_access = false")
            self._con.execute("SET lock_configuration = true")
        self._lock = threading.Lock()

    def cursor(self) -> duckdb.DuckDBPyConnection:
        with self._lock:  # making a cursor touches the parent connection: one thread at a time
            return self._con.cursor()

    def close(self) -> None:
        with self._lock:
            self._con.close()
