"""``python -m eventwire``: the command line."""

from .cli import main

main()
