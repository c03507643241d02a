"""`python -m smskit_sim`: the simulator's server (see smskit_sim.cli)."""

import sys

from smskit_sim.cli import main

sys.exit(main())
