"""The synchronous I/O half of smskit_sim, from `smskit_sim._async` by tools/unasync.py: edit those."""
