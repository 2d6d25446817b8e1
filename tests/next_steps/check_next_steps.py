#!/usr/bin/env python3
"""Next steps keep their promise: for each shipped example, take the steps that
`ladder evaluate --format json` proposes, do them in a copy of the evidence file (add the
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


def evaluate(ladder, evidence, target):
    command = [ladder, "evaluate", str(evidence), "--as-of", AS_OF, "--format", "json"]
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
            person["interests"] = (person.get("interests") or []) + [step["track"]]
    return person


def check(ladder, evidence, target, scratch):
    before = evaluate(ladder, evidence, target)
    plan = before["next_steps"]
    if plan is None:
        return [], 0
    steps = plan["steps"]
    person = do_steps(yaml.safe_load(evidence.read_text()), steps)
    after_file = scratch / evidence.name
    after_file.write_text(yaml.safe_dump(person, sort_keys=False))
    after = evaluate(ladder, after_file, target)
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
                failures.append(f"{evidence.name} -> {target or 'next level'}: step "
                                f"'{step['text']}' was to close {criterion}, "
                                f"which is {status[criterion]} after it")
    if not waiting and not after["target"]["ready"]:
        failures.append(f"{evidence.name} -> {target or 'next level'}: every step done, "
                        "not ready")
    return failures, promised


def main():
    ladder, root = sys.argv[1], pathlib.Path(sys.argv[2])
    examples = sorted((root / "examples" / "evidence").glob("*.yaml"))
    failures = []
    promised = 0
    with tempfile.TemporaryDirectory() as scratch:
        for evidence in examples:
            for target in (None, "M1", "M2", "IC4", "IC5", "IC6"):
                found, count = check(ladder, evidence, target, pathlib.Path(scratch))
                failures += found
                promised += count
    for failure in failures:
        print(failure)
    print(f"{promised} promised criteria checked over {len(examples)} examples, "
          f"{len(failures)} failures")
    if promised == 0:
        print("no step promised anything: the check checked nothing")
        return 1
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
