#!/usr/bin/env python3
"""Existing criteria and evidence keep their meaning: the verdicts of the shipped framework.

Evaluates every evidence file of examples/evidence and criteria/engineering-tests/evidence
against every level of the shipped framework (as of 2026-11-01) and runs the shipped test
suite, and compares each person's status per criterion, readiness and cross-track view with
verdicts.json, which was written by the binary before the criteria language v2 changes.
Updated once since, for routes across tracks (#12): a target that only a route reaches is now
recorded as its route; at that update the 92 targets reached in one step and every
cross-track row present before and after were compared and found unchanged, and the 62 others
became routes (the test suite's results unchanged too).

Usage: check_verdicts.py LADDER REPO_ROOT [--update]
--update rewrites verdicts.json from what ladder says now: only for a deliberate change of
the shipped framework or examples, never to make a failure go away.
"""

import json
import subprocess
import sys
from pathlib import Path

AS_OF = "2026-11-01"
STORED = Path(__file__).with_name("verdicts.json")


def run(ladder, *args):
    result = subprocess.run([ladder, *args], capture_output=True, text=True, check=False)
    return result.returncode, result.stdout


def shipped_levels(ladder):
    _, out = run(ladder, "show", "--format", "json")
    return [level["id"] for level in json.loads(out)["levels"]]


def level_verdict(result):
    return {
        "ready": result["ready"],
        "met": result["met"],
        "total": result["total"],
        "criteria": {c["id"]: c["status"] for c in result["criteria"]},
    }


def target_verdict(evaluation):
    """A level reached in one step is judged on its criteria; one that only a route across
    tracks reaches (#12) is recorded as that route, step by step, and one that no route
    reaches as such."""
    route = evaluation.get("route")
    if route is None:
        return level_verdict(evaluation["target"])
    if not route["reachable"]:
        return {"route": None}
    return {"route": [{key: step[key] for key in ("level", "kind", "ready", "met", "total")}
                      for step in route["steps"]]}


def evaluate_all(ladder, root):
    files = sorted(str(p.relative_to(root)) for p in (root / "examples/evidence").glob("*.yaml"))
    files += sorted(
        str(p.relative_to(root)) for p in (root / "criteria/engineering-tests/evidence").glob("*.yaml")
    )
    verdicts = {}
    for level in shipped_levels(ladder):
        _, out = run(ladder, "evaluate", *[str(root / f) for f in files], "--target", level,
                     "--as-of", AS_OF, "--format", "json")
        for file, evaluation in zip(files, json.loads(out)["evaluations"]):
            person = verdicts.setdefault(file, {"targets": {}, "cross_track": None})
            person["targets"][level] = target_verdict(evaluation)
            person["cross_track"] = [
                {key: row[key] for key in ("level", "ready", "met", "total", "current")}
                for row in evaluation["cross_track"]
            ]
    return verdicts


def test_suite(ladder, root):
    status, out = run(ladder, "test", str(root / "criteria/engineering-tests"), "--coverage",
                      "--format", "json")
    report = json.loads(out)
    coverage = {
        entry["id"]: [entry["met"], entry["not_met"]]
        for group in report["coverage"]
        for entry in group["criteria"]
    }
    return {"exit": status, "cases": {case["name"]: case["result"] for case in report["cases"]},
            "coverage": coverage}


def main():
    ladder, root = sys.argv[1], Path(sys.argv[2]).resolve()
    now = {"evaluations": evaluate_all(ladder, root), "test_suite": test_suite(ladder, root)}
    if "--update" in sys.argv[3:]:
        STORED.write_text(json.dumps(now, indent=1, sort_keys=True) + "\n")
        print(f"wrote {STORED}")
        return 0
    before = json.loads(STORED.read_text())
    if now == before:
        print(f"same verdicts as before: {len(now['evaluations'])} evidence files, "
              f"{len(now['test_suite']['cases'])} test cases")
        return 0
    for file in sorted(set(before["evaluations"]) | set(now["evaluations"])):
        if before["evaluations"].get(file) != now["evaluations"].get(file):
            print(f"{file}: verdicts changed")
            print("  before:", json.dumps(before["evaluations"].get(file), sort_keys=True))
            print("  now:   ", json.dumps(now["evaluations"].get(file), sort_keys=True))
    if before["test_suite"] != now["test_suite"]:
        print("test suite changed:", before["test_suite"], "->", now["test_suite"])
    return 1


if __name__ == "__main__":
    sys.exit(main())
