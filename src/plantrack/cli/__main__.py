"""`python -m plantrack.cli` runs the command line."""

from plantrack.cli import main

main()
