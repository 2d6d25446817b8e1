#!/usr/bin/python3
"""Checks the JSON outputs against `ladder schema OUTPUT`.

Usage: /usr/bin/python3 tests/schema/check_output_schemas.py LADDER_BINARY REPO_ROOT

Runs the real binary on the shipped examples for every JSON output (error rows, a redacted run,
a framework change with its impact included), and checks that each document opens with its
`format` key and passes the schema `ladder schema NAME` prints; a few broken documents must be
rejected, so the check can fail. Exits non-zero on any failure.
Needs the Debian package python3-jsonschema.
"""

import copy
import json
import pathlib
import shutil
import subprocess
import sys
import tempfile

import jsonschema

failures = []


def fail(message):
    failures.append(message)
    print(f"FAIL: {message}", file=sys.stderr)


def run_ladder(ladder, args, cwd):
    try:
        return subprocess.run([ladder, *args], capture_output=True, text=True, check=False,
                              timeout=120, cwd=cwd)
    except (OSError, subprocess.TimeoutExpired) as error:
        fail(f"cannot run 'ladder {' '.join(args)}': {error}")
        return None


def output_schema(ladder, name, cwd):
    result = run_ladder(ladder, ["schema", name], cwd)
    if result is None or result.returncode != 0:
        fail(f"ladder schema {name} failed: {result.stderr if result else ''}")
        return None
    schema = json.loads(result.stdout)
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def documents(text, lines):
    if lines:
        return [json.loads(line) for line in text.splitlines() if line.strip()]
    return [json.loads(text)]


def check_output(ladder, validator, name, args, exits, cwd, lines=False):
    """Runs ladder ARGS, which must exit with one of EXITS, and checks every document it prints."""
    result = run_ladder(ladder, args, cwd)
    if result is None:
        return []
    label = f"ladder {' '.join(args)}"
    if result.returncode not in exits:
        fail(f"{label}: exit {result.returncode}, expected one of {exits}: {result.stderr}")
        return []
    try:
        found = documents(result.stdout, lines)
    except json.JSONDecodeError as error:
        fail(f"{label}: not JSON: {error}")
        return []
    if not lines and isinstance(found[0], list):
        found = [found[0]]
        rows = found[0]
    else:
        rows = found
    for document in rows:
        if next(iter(document), None) != "format":
            fail(f"{label}: the first key is not 'format'")
        if document.get("format", {}).get("name") != f"ladder-{name}":
            fail(f"{label}: format name {document.get('format')}, expected ladder-{name}")
        for error in validator.iter_errors(document):
            where = "/".join(map(str, error.absolute_path))
            fail(f"{label}: {where}: {error.message[:300]}")
    return found


def expect_rejected(validator, name, document, what):
    if validator.is_valid(document):
        fail(f"schema {name} accepted a document with {what}")


def framework_change(root, scratch):
    """A copy of the engineering framework with a new version and stricter criteria."""
    changed = pathlib.Path(scratch) / "changed"
    shutil.copytree(root / "criteria" / "engineering", changed)
    main = changed / "framework.yaml"
    main.write_text(main.read_text(encoding="utf-8").replace("version:", "version: '9'\n# was:", 1),
                    encoding="utf-8")
    track = changed / "ic-track.yaml"
    # A higher rating asked: some people stop being ready, so the impact names them.
    track.write_text(track.read_text(encoding="utf-8").replace("min: 4", "min: 5"),
                     encoding="utf-8")
    return str(changed)


def main():
    ladder = str(pathlib.Path(sys.argv[1]).resolve())
    root = pathlib.Path(sys.argv[2])
    cwd = str(root)
    as_of = ["--as-of", "2026-11-01"]
    matrix = sorted(str(path.relative_to(root)) for path in root.glob("examples/data-matrix/*.yaml"))
    examples = sorted(str(path.relative_to(root)) for path in root.glob("examples/evidence/*.yaml"))
    # A target on the other track: one step, steps away and no route (tests/cli/cross-track-*).
    cross = "tests/cli/cross-track-evaluate"
    cross_criteria = ["--criteria", f"{cross}/criteria.yaml"]
    cross_people = sorted(str(path.relative_to(root)) for path in root.glob(f"{cross}/people/*.yaml"))
    with tempfile.TemporaryDirectory() as scratch:
        changed = framework_change(root, scratch)
        runs = {
            "evaluations": [
                (["evaluate", *examples, *as_of, "--format", "json"], [0, 1]),
                (["evaluate", "examples/evidence/dmitri.yaml", "--target", "IC5", *as_of,
                  "--format", "json"], [0, 1]),
                (["evaluate", "examples/openings/people/hana.yaml", *as_of, "--format", "json"],
                 [0, 1]),
                (["evaluate", "examples/evidence/alice.yaml",
                  "examples/broken/criteria-with-mistakes.yaml", *as_of, "--format", "json"],
                 [2]),
                (["evaluate", "--criteria", "examples/frameworks/data-matrix",
                  *matrix, *as_of, "--format", "json"], [0, 1]),
                (["evaluate", *cross_criteria, *cross_people, "--target", "M1", *as_of,
                  "--format", "json"], [1]),
            ],
            "placements": [
                (["place", *examples, *as_of, "--format", "json"], [0]),
                (["place", "examples/evidence/alice.yaml",
                  "examples/broken/criteria-with-mistakes.yaml", *as_of, "--format", "json"],
                 [2]),
            ],
            "batch-row": [
                (["batch", "examples/evidence", "examples/broken", *as_of, "--format", "jsonl"],
                 [2], True),
                (["batch", "examples/evidence", "examples/openings/people", "--redact", *as_of,
                  "--format", "json"], [0], False),
                (["batch", *cross_criteria, f"{cross}/people", "--target", "M1", *as_of,
                  "--format", "jsonl", "--columns", "id,target,route,status,met,total"], [0],
                 True),
            ],
            "batch-summary-row": [
                (["batch", "examples/evidence", "--summary", *as_of, "--format", "jsonl"], [0],
                 True),
                (["batch", "examples/evidence", "--summary", *as_of, "--format", "json"], [0],
                 False),
            ],
            "candidates": [
                (["candidates", "examples/openings/openings.yaml", "examples/openings/people",
                  "examples/evidence", *as_of, "--format", "json"], [0, 1]),
                (["candidates", "examples/openings/openings.yaml", "examples/openings/people",
                  "examples/evidence", "examples/broken", "--redact", "--within", "2", *as_of,
                  "--format", "json"], [1, 2]),
                (["candidates", f"{cross}/openings.yaml", f"{cross}/people", *cross_criteria,
                  *as_of, "--format", "json"], [1]),
            ],
            "diagnostics": [
                (["validate", "criteria/engineering", "--format", "json"], [0]),
                (["validate", "examples/broken/criteria-with-mistakes.yaml", "--format", "json"],
                 [1]),
                (["validate", "--evidence", "examples/evidence", "--format", "json"], [0, 1]),
            ],
            "test-report": [
                (["test", "criteria/engineering-tests", "--format", "json"], [0]),
                (["test", "criteria/engineering-tests", "--coverage", "--format", "json"], [0, 1]),
                (["test", f"{cross}/ladder-tests.yaml", "--format", "json"], [1]),
            ],
            "diff": [
                (["diff", "criteria/engineering", "criteria/engineering", "--format", "json"], [0]),
                (["diff", "criteria/engineering", changed, "--format", "json"], [1]),
                (["diff", "criteria/engineering", changed, "--evidence", "examples/evidence",
                  *as_of, "--format", "json"], [1]),
                (["diff", "criteria/engineering", changed, "--evidence", "examples/evidence",
                  "--redact", *as_of, "--format", "json"], [1]),
                (["diff", "criteria/engineering", changed, "--evidence", "examples",
                  *as_of, "--format", "json"], [1, 2]),
                (["diff", f"{cross}/criteria.yaml", f"{cross}/new-criteria.yaml", "--evidence",
                  f"{cross}/people", *as_of, "--format", "json"], [1]),
                (["diff", f"{cross}/criteria.yaml", f"{cross}/new-criteria.yaml", "--evidence",
                  f"{cross}/people", "--counts-only", *as_of, "--format", "json"], [1]),
            ],
            "framework": [(["show", "--format", "json"], [0])],
            "level": [(["show", "IC3", "--format", "json"], [0]),
                      (["show", "M1", "--format", "json"], [0])],
        }
        validators = {}
        seen = {}
        for name, cases in runs.items():
            validators[name] = output_schema(ladder, name, cwd)
            if validators[name] is None:
                continue
            for args, exits, *lines in cases:
                found = check_output(ladder, validators[name], name, args, exits, cwd,
                                     lines == [True])
                if lines == [False]:  # a JSON array of rows
                    found = [row for document in found for row in document]
                seen.setdefault(name, []).extend(found)
    broken_documents(validators, seen)
    if failures:
        print(f"{len(failures)} failure(s)", file=sys.stderr)
        return 1
    print(f"checked {sum(len(found) for found in seen.values())} documents against "
          f"{len(validators)} output schemas")
    return 0


def broken_documents(validators, seen):
    """Changes that break a document's promise; each must be rejected."""
    def broken(name, what, change):
        if not seen.get(name):
            fail(f"no {name} document to break")
            return
        document = copy.deepcopy(seen[name][0])
        change(document)
        expect_rejected(validators[name], name, document, what)

    broken("evaluations", "a progress in percent",
           lambda d: d["evaluations"][0]["target"].update(progress=92.3))
    broken("evaluations", "an unknown status",
           lambda d: d["evaluations"][0]["target"]["criteria"][0].update(status="done"))
    broken("evaluations", "'' for nothing missing",
           lambda d: d["evaluations"][0]["target"]["criteria"][0].update(missing=""))
    broken("placements", "a person without an id",
           lambda d: d["placements"][0]["person"].pop("id"))
    broken("candidates", "an opening without its candidates",
           lambda d: d["openings"][0].pop("candidates"))
    broken("batch-row", "a progress as text", lambda d: d.update(progress="94%"))
    broken("batch-row", "a progress in percent", lambda d: d.update(progress=94))
    broken("batch-row", "a trial day count as text", lambda d: d.update(trial_days_left="14"))
    broken("candidates", "a candidate's progress in percent", lambda d: next(
        c for o in d["openings"] for g in o["candidates"].values() for c in g).update(progress=80))
    broken("diagnostics", "no format key", lambda d: d.pop("format"))
    broken("diagnostics", "another version", lambda d: d["format"].update(version=2))
    broken("diagnostics", "a count as text", lambda d: d.update(errors="3"))
    broken("test-report", "an unknown result",
           lambda d: d["cases"][0].update(result="skipped"))
    broken("diff", "no impact key", lambda d: d.pop("impact"))
    # The verdict on a target (docs/formats.md, "Judging a target"): every output that says it
    # says one of its four words, and the runs above give each of them somewhere.
    verdicts = {v for d in seen.get("evaluations", []) for e in d["evaluations"]
                for v in [e.get("verdict")] if v}
    statuses = {d.get("status") for d in seen.get("batch-row", [])}
    if not {"ready", "not_ready", "steps_away", "no_route"} <= verdicts & statuses:
        fail(f"the runs do not show every verdict: evaluate {verdicts}, batch {statuses}")
    broken("evaluations", "an unknown verdict",
           lambda d: d["evaluations"][0].update(verdict="unreachable"))
    broken("batch-row", "an unknown status", lambda d: d.update(status="unreachable"))
    with_people = [d for d in seen.get("diff", []) if d["impact"] and d["impact"].get("people")]
    if with_people and validators.get("diff"):
        document = copy.deepcopy(with_people[0])
        document["impact"]["people"][0]["changes"][0].pop("verdict_after")
        expect_rejected(validators["diff"], "diff", document, "a change without its verdict after")
    broken("candidates", "an opening without its out-of-reach counts",
           lambda d: d["openings"][0].pop("out_of_reach"))
    if not any(d["impact"] and d["impact"].get("people") for d in seen.get("diff", [])):
        fail("no diff document names a person whose verdict changes")
    broken("framework", "a level without criteria", lambda d: d["levels"][0].pop("criteria"))
    broken("level", "another document's name",
           lambda d: d["format"].update(name="ladder-framework"))


if __name__ == "__main__":
    sys.exit(main())
