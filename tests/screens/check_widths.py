#!/usr/bin/python3
"""Text outputs fit the width they are given (#31).

    check_widths.py LADDER

With COLUMNS=80 and COLUMNS=120, `ladder --help` and every command's `--help` have no line
wider than COLUMNS, show each option's value as a reader types it (`N`, not CLI11's
`N:INT in [1 - 1024]`; `--explain[=all]`, not `--explain{near}`), and break lines only between
words (no word of the unwrapped help is cut in two).

The reports too: evaluate, place, batch (table and --summary), candidates, show, diff and test
on the shipped examples and example frameworks have no line on standard output wider than
COLUMNS (display columns: a wide character takes two). Diagnostics on stderr keep one line each
(file:line:col first, for editors and grep) and are not checked.
"""
import glob
import os
import re
import subprocess
import sys
import unicodedata

LADDER = os.path.abspath(sys.argv[1])
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
COMMANDS = ["validate", "evaluate", "place", "show", "template", "schema", "batch",
            "candidates", "publish", "test", "diff", "init"]
failures = []


def run(args, columns, exit_codes=(0,)):
    env = dict(os.environ, COLUMNS=str(columns), NO_COLOR="1")
    result = subprocess.run([LADDER, *args], capture_output=True, text=True, env=env,
                            timeout=120, cwd=ROOT)
    if result.returncode not in exit_codes:
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


def columns_of(line):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in line)


def check_report(args):
    for columns in (80, 120):
        # 1: some of the people are not ready; the report is still written in full.
        out = run(args, columns, exit_codes=(0, 1))
        if not out.strip():
            failures.append(f"ladder {' '.join(args)}: no output")
        for number, line in enumerate(out.splitlines(), 1):
            if columns_of(line) > columns:
                failures.append(f"COLUMNS={columns} ladder {' '.join(args)}: line {number} has "
                                f"{columns_of(line)} columns: {line!r}")


def examples(pattern):
    return sorted(os.path.relpath(path, ROOT) for path in glob.glob(os.path.join(ROOT, pattern)))


check_help(["--help"])
for command in COMMANDS:
    check_help([command, "--help"])

EVIDENCE = examples("examples/evidence/*.yaml")
REPORTS = [["place", *EVIDENCE], ["batch", *EVIDENCE], ["batch", "--summary", *EVIDENCE],
           ["batch", "--summary", "--min-group", "1", "--by", "track,level", *EVIDENCE],
           ["candidates", "examples/openings/openings.yaml",
            *examples("examples/openings/people/*.yaml")],
           ["show"], ["show", "--criteria", "tests/screens/three-tracks.yaml"], ["show", "IC4"], ["show", "M1"], ["show", "delivery"],
           ["diff", "examples/frameworks/data-matrix", "examples/frameworks/points-ladder"],
           ["diff", "tests/cli/diff-text/old.yaml", "tests/cli/diff-text/new.yaml", "--evidence",
            "tests/cli/diff-text/evidence", "--as-of", "2026-11-01"]]
for path in EVIDENCE:
    for extra in ([], ["--explain=all"], ["--target", "M1"], ["--target", "IC6"]):
        REPORTS.append(["evaluate", path, *extra])
for name in ("data-matrix", "points-ladder"):
    criteria = ["--criteria", f"examples/frameworks/{name}"]
    people = examples(f"examples/{name}/*.yaml")
    REPORTS += [["show", *criteria], ["place", *criteria, *people],
                ["batch", "--summary", "--min-group", "1", *criteria, *people],
                ["test", *criteria, f"examples/frameworks/{name}-tests"]]
    REPORTS += [["evaluate", *criteria, "--explain=all", path] for path in people]
for args in REPORTS:
    check_report(args)

if failures:
    print("\n".join(failures))
    sys.exit(1)
print(f"--help of {len(COMMANDS)} commands and ladder itself, and {len(REPORTS)} reports, fit 80 "
      "and 120 columns")
