"""plantrack: turn a Chinese development plan into a tracked, searchable system."""

from plantrack.errors import PlantrackError

__version__ = "0.1.0"

__all__ = ["PlantrackError", "Workspace", "__version__"]


def __getattr__(name: str):
    # Lazy so that `import plantrack.parse.numbers` does not pull in SQLAlchemy.
    if name == "Workspace":
        from plantrack.workspace import Workspace

        return Workspace
    raise AttributeError(name)
