"""Accuracy evaluations: `make eval` runs every eval_*.py main() (ONLY=targets to pick)."""
