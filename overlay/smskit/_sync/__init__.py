"""The synchronous I/O half of smskit, generated from `smskit._async` by tools/unasync.py: edit those."""
