"""``python scripts/api_changes ...`` (or ``python -m api_changes`` with ``scripts/`` on the path)."""

import sys
from pathlib import Path

if not __package__:  # run as a folder: Python put this folder first on the path, the package needs scripts/
    sys.path[0] = str(Path(__file__).resolve().parent.parent)

from api_changes.cli import main

sys.exit(main())
