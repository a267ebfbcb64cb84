"""``python -m pressparse``: the same command line as ``pressparse``."""

from .cli import main

if __name__ == "__main__":
    main()
