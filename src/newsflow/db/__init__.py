"""PostgreSQL access: connection resolution, migrations, named queries and the loader."""

from newsflow.db.connection import DatabaseError, connect, resolve_url

__all__ = ["DatabaseError", "connect", "resolve_url"]
