"""``python -m newsclaims``: the command line."""

from newsclaims.cli import main_exit

main_exit()
