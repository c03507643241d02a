"""The I/O halves of smskit, written once, asynchronously; `smskit._sync` is generated from them.

`tools/unasync.py` turns each module here into its synchronous twin in `smskit._sync` (as httpcore does): edit
these, then run `nox -s generate`; the drift check fails on a `_sync` module that does not match.
"""
