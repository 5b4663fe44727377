#!/usr/bin/env python3
"""Holds an SQLite database's write lock, as another program would: BEGIN IMMEDIATE, then touches DB.locked (so the
caller knows the lock is held), sleeps SECONDS and rolls back. Used by the CLI contract tests to check that a
writer waits for someone else's lock and then lands.
    usage: hold_write_lock.py DB SECONDS"""
import sqlite3
import sys
import time

db, seconds = sys.argv[1], float(sys.argv[2])
connection = sqlite3.connect(db, isolation_level=None)
connection.execute("BEGIN IMMEDIATE")
open(db + ".locked", "w").close()
time.sleep(seconds)
connection.execute("ROLLBACK")
