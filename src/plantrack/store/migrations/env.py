"""Alembic environment: runs on the connection plantrack hands over (see store/db.py)."""

from alembic import context

from plantrack.store.schema import metadata, postgresql_options

config = context.config
connection = config.attributes.get("connection")


def run() -> None:
    if connection is None:  # `alembic` CLI use by developers (revision --autogenerate)
        from sqlalchemy import create_engine

        engine = create_engine(config.get_main_option("sqlalchemy.url"))
        with engine.begin() as conn:
            _migrate(conn)
    else:
        _migrate(connection)


def _migrate(conn) -> None:
    postgresql_options()  # the schema as on PostgreSQL too, for --autogenerate
    context.configure(
        connection=conn,
        target_metadata=metadata,
        render_as_batch=conn.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


run()
