"""``python -m articleparse``: the command line."""

import sys

from articleparse._cli import main

if __name__ == "__main__":
    sys.exit(main())
