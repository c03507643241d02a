"""The simulator's client side, written once, asynchronously; `smskit_sim._sync` is generated from it.

`tools/unasync.py` turns each module here into its synchronous twin (as it does for the overlay): edit these,
then run `nox -s generate`; the drift check fails on a `_sync` module that does not match.
"""
