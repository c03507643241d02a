"""`python -m smskit`: the command line (see smskit.cli)."""

from smskit.cli import main

main(prog_name="smskit")
