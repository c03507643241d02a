"""`python -m tests.realprovider --provider <id> --url <base URL> [--record DIR] [--send --to NUMBER]`."""

import sys

from tests.realprovider.probe import main

sys.exit(main())
