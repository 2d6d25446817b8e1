#!/usr/bin/env python3
"""One judgement of a target (issue #27): the five commands that judge a person against a level
give the same verdict.

For every person of a small framework with two tracks (tests/cli/cross-track-evaluate: a target
one step away by a move, two steps away by a route, and one no route reaches) and every level,
the verdict of `ladder evaluate --target LEVEL` (JSON `verdict`) must be:
  - the `status` of `ladder batch --target LEVEL`, and its counts those of the step evaluate
    judged (none for no route);
  - what `ladder test` holds: `ready: true` passes only for `ready`, `ready: false` only for the
    others;
  - what `ladder candidates` does with an opening at LEVEL: a candidate only when one step reaches
    it (in the ready group only when ready), counted as out of reach by its verdict otherwise;
  - under both versions of the framework, the verdicts `ladder diff --evidence` reports before
    and after, for every level whose verdict changes in a person's report.

Usage: check_target_agreement.py LADDER REPO_ROOT
"""

import json
import subprocess
import sys
import tempfile
from pathlib import Path

AS_OF = "2026-11-01"


def run(ladder, *args, ok=(0, 1)):
    result = subprocess.run([ladder, *args], capture_output=True, text=True, check=False)
    if result.returncode not in ok:
        sys.exit(f"ladder {' '.join(args)}: exit {result.returncode}\n{result.stderr}")
    return result.stdout


class Check:
    def __init__(self):
        self.failures = []
        self.count = 0

    def equal(self, what, actual, expected):
        self.count += 1
        if actual != expected:
            self.failures.append(f"{what}: {actual!r}, but evaluate says {expected!r}")


def levels_of(ladder, criteria):
    shown = json.loads(run(ladder, "show", "--criteria", criteria, "--format", "json"))
    return {level["id"]: level for level in shown["levels"]}


def evaluate(ladder, criteria, people, target):
    out = run(ladder, "evaluate", *people, "--criteria", criteria, "--target", target,
              "--as-of", AS_OF, "--format", "json")
    return {e["file"]: e for e in json.loads(out)["evaluations"]}


def check_batch(check, ladder, criteria, people, target, evaluations):
    out = run(ladder, "batch", *people, "--criteria", criteria, "--target", target, "--as-of",
              AS_OF, "--format", "jsonl", "--columns", "file,target,status,met,total,route",
              ok=(0,))
    for line in out.splitlines():
        row = json.loads(line)
        evaluation = evaluations[row["file"]]
        where = f"batch --target {target}, {row['file']}"
        check.equal(f"{where}: status", row["status"], evaluation["verdict"])
        judged = evaluation["target"]  # the step judged, or null for no route
        check.equal(f"{where}: met", row["met"], judged and judged["met"])
        check.equal(f"{where}: total", row["total"], judged and judged["total"])
        route = evaluation["route"]
        levels = None
        if route and route["steps"]:
            levels = [route["steps"][0]["from"]] + [step["to"] for step in route["steps"]]
        check.equal(f"{where}: route", row["route"], levels)


def check_test(check, ladder, criteria, people, target, evaluations, workdir):
    cases = []
    for person in people:
        for expect in (True, False):
            cases.append({"name": f"{person} {target} {expect}", "evidence": person,
                          "target": target, "expect": {"ready": expect}})
    suite = Path(workdir) / "ladder-tests.yaml"
    suite.write_text(json.dumps({"criteria": criteria, "as_of": AS_OF, "cases": cases}))
    report = json.loads(run(ladder, "test", str(suite), "--format", "json"))
    for case in report["cases"]:
        person, _, expect = case["name"].split(" ")
        ready = evaluations[person]["verdict"] == "ready"
        passes = (expect == "True") == ready
        check.equal(f"test {case['name']}", case["result"], "passed" if passes else "failed")


def next_step_by_band(levels, person, level):
    """Whether `level` is a next step for the person by its band alone (as candidates asks):
    neither held nor passed on their track, in their band or the band above."""
    own = levels[person["level"]]
    if level["id"] == own["id"]:
        return False
    if level["track"] == person["track"] and level["band"] < own["band"]:
        return False
    return level["band"] in (own["band"], own["band"] + 1)


def check_candidates(check, ladder, criteria, people, levels, verdicts, workdir):
    ids = sorted(levels)
    openings = Path(workdir) / "openings.yaml"
    openings.write_text(json.dumps({"openings": [{"id": f"o-{i}", "level": i} for i in ids]}))
    report = json.loads(run(ladder, "candidates", str(openings), *people, "--criteria", criteria,
                            "--as-of", AS_OF, "--within", "9", "--format", "json"))
    for opening in report["openings"]:
        level = opening["level"]
        listed = {}
        for group, candidates in opening["candidates"].items():
            for candidate in candidates:
                listed[candidate["file"]] = group
        out_of_reach = {"steps_away": 0, "no_route": 0}
        for person in people:
            evaluation = verdicts[level][person]
            verdict = evaluation["verdict"]
            where = f"candidates {opening['id']} ({level}), {person}"
            if not next_step_by_band(levels, evaluation, levels[level]):
                check.equal(f"{where}: listed", person in listed, False)
                continue
            if verdict in out_of_reach:
                out_of_reach[verdict] += 1
                check.equal(f"{where}: listed", person in listed, False)
            elif person in listed:
                group = listed[person]
                # ready only when ready; nearly ready only when not; apart either way.
                expected = {"ready": "ready", "nearly_ready": "not_ready"}.get(group, verdict)
                check.equal(f"{where}: group {group}", expected, verdict)
            else:
                check.equal(f"{where}: listed (within 9)", False, True)
        check.equal(f"candidates {opening['id']}: out_of_reach", opening["out_of_reach"],
                    out_of_reach)


def report_levels(ladder, criteria, person):
    out = run(ladder, "evaluate", person, "--criteria", criteria, "--as-of", AS_OF, "--format",
              "json")
    evaluation = json.loads(out)["evaluations"][0]
    ids = {row["level"] for row in evaluation["cross_track"]}
    if evaluation["target"]:
        ids.add(evaluation["target"]["level"])
    return ids


def check_diff(check, ladder, before, after, people, directory, verdicts_before, verdicts_after):
    out = run(ladder, "diff", before, after, "--evidence", directory, "--as-of", AS_OF,
              "--format", "json")
    changes = {}
    for person in json.loads(out)["impact"]["people"]:
        for change in person["changes"]:
            changes[(person["file"], change["level"])] = change
    for person in people:
        for level in report_levels(ladder, before, person) | report_levels(ladder, after, person):
            old = verdicts_before[level][person]["verdict"]
            new = verdicts_after[level][person]["verdict"]
            change = changes.get((person, level))
            where = f"diff --evidence, {person} {level}"
            check.equal(f"{where}: listed", change is not None, old != new)
            if change:
                check.equal(f"{where}: verdict_before", change["verdict_before"], old)
                check.equal(f"{where}: verdict_after", change["verdict_after"], new)
                check.equal(f"{where}: ready_after", change["ready_after"], new == "ready")


def main():
    ladder, root = sys.argv[1], Path(sys.argv[2]).resolve()
    fixture = root / "tests/cli/cross-track-evaluate"
    before, after = str(fixture / "criteria.yaml"), str(fixture / "new-criteria.yaml")
    people = sorted(str(p) for p in (fixture / "people").glob("*.yaml"))
    check = Check()
    seen = set()
    verdicts = {}
    for criteria in (before, after):
        levels = levels_of(ladder, criteria)
        verdicts[criteria] = {level: evaluate(ladder, criteria, people, level) for level in levels}
        with tempfile.TemporaryDirectory() as workdir:
            for level in sorted(levels):
                evaluations = verdicts[criteria][level]
                seen.update(e["verdict"] for e in evaluations.values())
                check_batch(check, ladder, criteria, people, level, evaluations)
                check_test(check, ladder, criteria, people, level, evaluations, workdir)
            check_candidates(check, ladder, criteria, people, levels, verdicts[criteria], workdir)
    check_diff(check, ladder, before, after, people, str(fixture / "people"), verdicts[before],
               verdicts[after])
    # The fixture must exercise every verdict, or agreement on it would go untested.
    check.equal("verdicts seen", sorted(seen), ["no_route", "not_ready", "ready", "steps_away"])
    for failure in check.failures:
        print(failure)
    if check.failures:
        return 1
    print(f"the five commands agree: {check.count} checks over {len(people)} people")
    return 0


if __name__ == "__main__":
    sys.exit(main())
