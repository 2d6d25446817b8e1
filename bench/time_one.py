#!/usr/bin/env python3
"""Runs COMMAND once (its output discarded) and prints its wall and CPU (user + system) time
in milliseconds: getrusage's CPU time has microsecond steps where /usr/bin/time's has 10 ms,
too coarse for one `ladder evaluate`. usage: time_one.py COMMAND..."""
import resource
import subprocess
import sys
import time

before = resource.getrusage(resource.RUSAGE_CHILDREN)
start = time.perf_counter()
subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
wall = time.perf_counter() - start
after = resource.getrusage(resource.RUSAGE_CHILDREN)
cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
print(f"{wall * 1000:.2f} {cpu * 1000:.2f}")
