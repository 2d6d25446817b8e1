#!/usr/bin/env python3
"""Next steps keep their promise: for each shipped example (and each example person of the
frameworks in examples/frameworks/), take the steps that `ladder evaluate --format json` proposes, do them in a copy of the evidence file (add the
hypothetical items, the ratings, the programmes, the interests), evaluate again, and check
that every criterion the steps name is met now, and that a person whose steps are all things
to do (no waiting, nothing only words can say) is ready.

Usage: check_next_steps.py LADDER REPO_ROOT
"""
import json
import pathlib
import subprocess
import sys
import tempfile

import yaml

AS_OF = "2026-11-01"
DOABLE = {"evidence", "rating", "programme", "interest"}


def evaluate(ladder, criteria, evidence, target):
    command = [ladder, "evaluate", str(evidence), "--as-of", AS_OF, "--format", "json"]
    if criteria:
        command += ["--criteria", str(criteria)]
    if target:
        command += ["--target", target]
    run = subprocess.run(command, capture_output=True, text=True, check=False)
    if run.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(command)} exited {run.returncode}:\n{run.stderr}")
    return json.loads(run.stdout)["evaluations"][0]


def do_steps(person, steps):
    """The evidence file after doing every step that is something to do."""
    for step in steps:
        kind = step["kind"]
        if kind == "evidence":
            for copy in range(step["count"]):
                item = dict(step["item"])
                item["id"] = f"{item['id']}-{copy + 1}"
                person["evidence"] = (person.get("evidence") or []) + [item]
        elif kind == "rating":
            ratings = person.get("ratings") or {}
            old = ratings.get(step["competency"], 0)
            old = old.get("rating", 0) if isinstance(old, dict) else old
            ratings[step["competency"]] = {"rating": max(old, step["min"]), "by": "E0001"}
            person["ratings"] = ratings
        elif kind == "programme":
            person["completed"] = (person.get("completed") or []) + [step["programme"]]
        elif kind == "interest":
            wanted = step["track"] if "track" in step else step["level"]
            person["interests"] = (person.get("interests") or []) + [wanted]
    return person


def check(ladder, criteria, evidence, target, scratch):
    before = evaluate(ladder, criteria, evidence, target)
    plan = before["next_steps"]
    if plan is None:
        return [], 0
    steps = plan["steps"]
    person = do_steps(yaml.safe_load(evidence.read_text()), steps)
    after_file = scratch / evidence.name
    after_file.write_text(yaml.safe_dump(person, sort_keys=False))
    after = evaluate(ladder, criteria, after_file, target)
    status = {c["id"]: c["status"] for c in after["target"]["criteria"]}
    waiting = {c for s in steps if s["kind"] not in DOABLE for c in s["closes"]}
    failures = []
    promised = 0
    for step in steps:
        if step["kind"] not in DOABLE:
            continue
        for criterion in step["closes"]:
            if criterion in waiting:
                continue
            promised += 1
            if status[criterion] != "met":
                failures.append(f"{evidence.parent.name}/{evidence.name} -> "
                                f"{target or 'next level'}: step "
                                f"'{step['text']}' was to close {criterion}, "
                                f"which is {status[criterion]} after it")
    if not waiting and not after["target"]["ready"]:
        failures.append(f"{evidence.parent.name}/{evidence.name} -> "
                        f"{target or 'next level'}: every step done, not ready")
    return failures, promised


def cases(root):
    """(criteria or None for the shipped framework, evidence file, targets) to check: the
    shipped examples, and the people of each example framework against each of its levels."""
    targets = (None, "M1", "M2", "IC4", "IC5", "IC6")
    for evidence in sorted((root / "examples" / "evidence").glob("*.yaml")):
        yield None, evidence, targets
    for framework in sorted((root / "examples" / "frameworks").glob("*/framework.yaml")):
        levels = [level["id"] for level in yaml.safe_load(framework.read_text())["levels"]]
        people = root / "examples" / framework.parent.name
        for evidence in sorted(people.glob("*.yaml")):
            yield framework.parent, evidence, (None, *levels)


def main():
    ladder, root = sys.argv[1], pathlib.Path(sys.argv[2])
    failures = []
    promised = 0
    people = 0
    with tempfile.TemporaryDirectory() as scratch:
        for criteria, evidence, targets in cases(root):
            people += 1
            for target in targets:
                found, count = check(ladder, criteria, evidence, target, pathlib.Path(scratch))
                failures += found
                promised += count
    for failure in failures:
        print(failure)
    print(f"{promised} promised criteria checked over {people} example people, "
          f"{len(failures)} failures")
    if promised == 0:
        print("no step promised anything: the check checked nothing")
        return 1
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
