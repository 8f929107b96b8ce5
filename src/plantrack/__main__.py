"""`python -m plantrack` runs the command line (as `plantrack` does)."""

from plantrack.cli import main

main()
