#!/usr/bin/python3
"""Text outputs fit the width they are given (#31).

    check_widths.py LADDER

With COLUMNS=80 and COLUMNS=120, `ladder --help` and every command's `--help` have no line
wider than COLUMNS, show each option's value as a reader types it (`N`, not CLI11's
`N:INT in [1 - 1024]`; `--explain[=all]`, not `--explain{near}`), and break lines only between
words (no word of the unwrapped help is cut in two).
"""
import os
import re
import subprocess
import sys

LADDER = os.path.abspath(sys.argv[1])
COMMANDS = ["validate", "evaluate", "place", "show", "template", "schema", "batch",
            "candidates", "publish", "test", "diff", "init"]
failures = []


def run(args, columns):
    env = dict(os.environ, COLUMNS=str(columns), NO_COLOR="1")
    result = subprocess.run([LADDER, *args], capture_output=True, text=True, env=env, timeout=60)
    if result.returncode != 0:
        failures.append(f"ladder {' '.join(args)}: exit {result.returncode}: {result.stderr}")
    return result.stdout


def words(text):
    return sorted(re.findall(r"\S+", text))


def check_help(args):
    wide = run(args, 200)
    for columns in (80, 120):
        out = run(args, columns)
        name = f"COLUMNS={columns} ladder {' '.join(args)}"
        for number, line in enumerate(out.splitlines(), 1):
            if len(line) > columns:
                failures.append(f"{name}: line {number} has {len(line)} columns: {line!r}")
        for metavariable in (":INT", ":UINT", " in [", "{near"):
            if metavariable in out:
                failures.append(f"{name}: shows CLI11's {metavariable!r}")
        # Wrapping moves words between lines; it never cuts or loses one.
        if words(out) != words(wide):
            failures.append(f"{name}: the words differ from the unwrapped help")


check_help(["--help"])
for command in COMMANDS:
    check_help([command, "--help"])

if failures:
    print("\n".join(failures))
    sys.exit(1)
print(f"--help of {len(COMMANDS)} commands and ladder itself fit 80 and 120 columns")
