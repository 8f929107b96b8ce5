"""Accounts and permissions, below the Workspace: users, argon2 passwords, sessions, API tokens
(accounts.py), the access state every web worker shares — failed logins, write stamps, server
secrets (state.py) — and the one permission rule the web pages, the JSON API and the CLI use
(permissions.py).

May import plantrack.store, plantrack.model and plantrack.errors; never plantrack.web or the
Workspace (which calls it).
"""
