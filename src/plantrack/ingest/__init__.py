"""Getting plans into the store: one document (document.py) or a folder in parallel (corpus.py).

Both sit below the Workspace and above read/parse/store/search: they take an engine or a
database URL, never a Workspace.
"""
