#!/usr/bin/python3
"""Checks `ladder schema criteria|evidence`.

Usage: /usr/bin/python3 tests/schema/check_schema.py LADDER_BINARY REPO_ROOT

Each schema must be a valid JSON Schema (draft 2020-12); every shipped criteria file
(criteria/engineering/*.yaml, examples/frameworks/data-matrix/*.yaml) and example evidence file
(examples/evidence/*.yaml, examples/data-matrix/*.yaml) must pass
its schema; a few broken documents must be rejected. Exits non-zero on any failure.
Needs the Debian packages python3-jsonschema and python3-yaml.
"""

import copy
import datetime
import json
import pathlib
import subprocess
import sys

import jsonschema
import yaml

failures = []


def fail(message):
    failures.append(message)
    print(f"FAIL: {message}", file=sys.stderr)


def to_json_data(value):
    """YAML data as the JSON a YAML language server sees: dates as ISO text, keys as text."""
    if isinstance(value, dict):
        return {str(key): to_json_data(item) for key, item in value.items()}
    if isinstance(value, list):
        return [to_json_data(item) for item in value]
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    return value


def load_yaml(path):
    with open(path, encoding="utf-8") as stream:
        return to_json_data(yaml.safe_load(stream))


def run_ladder(ladder, *args):
    try:
        return subprocess.run([ladder, *args], capture_output=True, text=True, check=False,
                              timeout=60)
    except (OSError, subprocess.TimeoutExpired) as error:
        fail(f"cannot run '{ladder} {' '.join(args)}': {error}")
        return None


def get_schema(ladder, which, *extra):
    result = run_ladder(ladder, "schema", which, *extra)
    if result is None:
        return None
    if result.returncode != 0:
        fail(f"'ladder schema {which}' exited with {result.returncode}: {result.stderr.strip()}")
        return None
    try:
        schema = json.loads(result.stdout)
    except json.JSONDecodeError as error:
        fail(f"'ladder schema {which}' printed no valid JSON: {error}")
        return None
    try:
        jsonschema.Draft202012Validator.check_schema(schema)
    except jsonschema.exceptions.SchemaError as error:
        fail(f"'ladder schema {which}' is not a valid draft 2020-12 schema: {error.message} "
             f"(at {'/'.join(str(p) for p in error.absolute_path)})")
        return None
    if schema.get("$schema") != "https://json-schema.org/draft/2020-12/schema":
        fail(f"'ladder schema {which}': expected $schema of draft 2020-12, "
             f"found {schema.get('$schema')!r}")
    return jsonschema.Draft202012Validator(
        schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)


def describe_error(error):
    where = "/".join(str(p) for p in error.absolute_path) or "(top level)"
    return f"at {where}: {error.message}"


def expect_valid(validator, document, name):
    errors = sorted(validator.iter_errors(document), key=lambda e: list(e.absolute_path))
    if errors:
        details = "; ".join(describe_error(error) for error in errors[:5])
        fail(f"{name}: expected it to pass the schema, found {len(errors)} error(s): {details}")
        return False
    return True


def expect_invalid(validator, document, name):
    if validator.is_valid(document):
        fail(f"{name}: expected the schema to reject it, but it passed")
        return False
    return True


def check_files(validator, paths, what):
    if not paths:
        fail(f"no {what} files found")
    passed = sum(expect_valid(validator, load_yaml(path), str(path)) for path in paths)
    print(f"{what}: {passed} of {len(paths)} files pass the schema")


def first_criterion(criteria_doc):
    return criteria_doc["levels"][0]["criteria"][0]


def with_criterion(good, rule):
    """`good` with its first criterion replaced by a minimal one whose rule keys are `rule`."""
    doc = copy.deepcopy(good)
    doc["levels"][0]["criteria"][0] = {"id": "x", "title": "X", "description": "X", **rule}
    return doc


def broken_criteria(good):
    """(name, document) pairs the criteria schema must reject."""
    cases = []

    doc = copy.deepcopy(good)
    doc["levelz"] = []
    cases.append(("criteria: unknown top-level key 'levelz'", doc))

    doc = copy.deepcopy(good)
    del first_criterion(doc)["description"]
    cases.append(("criteria: criterion without description", doc))

    cases.append(("criteria: rule 'rating' with an unknown key 'colour'", with_criterion(
        good, {"rating": {"competency": "delivery", "min": 2, "colour": "blue"}})))
    cases.append(("criteria: rule 'evidence' with an unknown key 'at_leest'", with_criterion(
        good, {"evidence": {"type": "project", "at_leest": 2}})))
    cases.append(("criteria: criterion with two rule keys", with_criterion(
        good, {"rating": {"competency": "delivery", "min": 2},
               "completed": {"programme": "secure-coding"}})))
    cases.append(("criteria: any_of option with two rule keys", with_criterion(
        good, {"any_of": [{"completed": {"programme": "p"}, "interest": {"track": "ic"}}]})))
    cases.append(("criteria: criterion without a rule", with_criterion(good, {})))

    cases.append(("criteria: any_of with an unknown rule kind", with_criterion(
        good, {"any_of": [{"bogus": {"a": 1}}]})))

    cases.append(("criteria: evidence filter with type 'banana'", with_criterion(
        good, {"evidence": {"type": "banana"}})))

    doc = copy.deepcopy(good)
    doc["levels"][0]["band"] = 0
    cases.append(("criteria: level with band 0", doc))
    return cases


def broken_evidence(good):
    """(name, document) pairs the evidence schema must reject."""
    cases = []

    doc = copy.deepcopy(good)
    doc["evidense"] = []
    cases.append(("evidence: unknown top-level key 'evidense'", doc))

    doc = copy.deepcopy(good)
    doc["evidence"][0]["type"] = "banana"
    cases.append(("evidence: item with type 'banana'", doc))

    doc = copy.deepcopy(good)
    del doc["in_level_since"]
    cases.append(("evidence: missing in_level_since", doc))

    doc = copy.deepcopy(good)
    doc["in_level_since"] = "2024-02-30"
    cases.append(("evidence: in_level_since not on the calendar (format: date)", doc))

    doc = copy.deepcopy(good)
    doc["in_level_since"] = "1 March 2024"
    cases.append(("evidence: in_level_since not YYYY-MM-DD", doc))

    doc = copy.deepcopy(good)
    doc["ratings"] = {"delivery": {"rating": 3, "when": "2025-01-01"}}
    cases.append(("evidence: rating with an unknown key 'when'", doc))

    doc = copy.deepcopy(good)
    doc["exceptions"] = [{"criterion": "c", "status": "forgiven", "justification": "j",
                          "approved_by": "E1"}]
    cases.append(("evidence: exception with status 'forgiven'", doc))
    return cases


def broken_for_framework(good):
    """(name, document) pairs the schema narrowed to the shipped framework must reject, though
    the generic evidence schema accepts them: each names an id the framework does not have."""
    cases = []
    for key, value in (("level", "IC9"), ("track", "sales"), ("interests", ["sales"]),
                       ("completed", ["juggling"])):
        doc = copy.deepcopy(good)
        doc[key] = value
        cases.append((f"framework evidence: {key} {value!r}", doc))
    doc = copy.deepcopy(good)
    doc["ratings"] = {"technical_dept": 3}
    cases.append(("framework evidence: rating of competency 'technical_dept'", doc))
    doc = copy.deepcopy(good)
    doc["evidence"][0]["demonstrates"] = ["ic4-no-such-criterion"]
    cases.append(("framework evidence: item demonstrating 'ic4-no-such-criterion'", doc))
    doc = copy.deepcopy(good)
    doc["exceptions"] = [{"criterion": "nope", "status": "waived", "justification": "j",
                          "approved_by": "E1"}]
    cases.append(("framework evidence: exception of criterion 'nope'", doc))
    return cases


def check_framework_evidence(ladder, root, generic, evidence_files):
    """`ladder schema evidence --criteria criteria/engineering` lists the framework's ids."""
    narrowed = get_schema(ladder, "evidence", "--criteria", str(root / "criteria" / "engineering"))
    if narrowed is None:
        return
    levels = narrowed.schema["properties"]["level"].get("enum", [])
    if "IC4" not in levels or "M1" not in levels:
        fail(f"framework evidence: expected levels IC4 and M1 in the level enum, found {levels}")
    check_files(narrowed, evidence_files, "evidence against the shipped framework's ids")
    good = next(d for d in (load_yaml(p) for p in evidence_files) if d.get("evidence"))
    for name, document in broken_for_framework(good):
        if generic is not None:
            expect_valid(generic, document, name + " (generic schema)")
        expect_invalid(narrowed, document, name)


def check_suite_and_openings(ladder, root):
    """The test-suite schema accepts the shipped suite and rejects a misspelt key; the openings
    schema accepts the example openings and rejects a map, a missing id and a count of 0."""
    suite = get_schema(ladder, "test-suite")
    if suite is not None:
        suites = sorted(root.glob("criteria/**/ladder-tests.yaml")) + sorted(root.glob("examples/frameworks/**/ladder-tests.yaml"))
        check_files(suite, suites, "test suite")
        doc = copy.deepcopy(load_yaml(suites[0]))
        doc["cases"][0]["expekt"] = doc["cases"][0].pop("expect")
        expect_invalid(suite, doc, "test suite: case with 'expekt'")
        doc = copy.deepcopy(load_yaml(suites[0]))
        doc["cases"][0]["expect"] = {"criteria": {"x": "done"}}
        expect_invalid(suite, doc, "test suite: status 'done'")
    openings = get_schema(ladder, "openings")
    if openings is not None:
        check_files(openings, sorted(root.glob("examples/openings/*.yaml")), "openings")
        expect_valid(openings, {"openings": [{"id": "staff", "level": "IC4"}]},
                     "openings: a list of openings")
        expect_invalid(openings, {"openings": {"id": "staff", "level": "IC4"}}, "openings: a map")
        expect_invalid(openings, {"openings": [{"level": "IC4"}]}, "openings: no id")
        expect_invalid(openings, {"openings": [{"id": "x", "level": "IC4", "count": 0}]},
                       "openings: a count of 0")


def check_own_vocabularies(ladder, root):
    """A framework with its own vocabularies: its schemas (schema --criteria) accept its files
    and examples, and use its words, not the default ones."""
    framework = root / "examples" / "frameworks" / "points-ladder"
    criteria = get_schema(ladder, "criteria", "--criteria", str(framework))
    evidence = get_schema(ladder, "evidence", "--criteria", str(framework))
    if criteria is not None:
        check_files(criteria, sorted(framework.glob("*.yaml")), "points-ladder criteria")
    if evidence is None:
        return
    people = sorted((root / "examples" / "points-ladder").glob("*.yaml"))
    check_files(evidence, people, "points-ladder evidence")
    with_items = [d for d in (load_yaml(p) for p in people) if d.get("evidence")]
    if with_items:
        doc = copy.deepcopy(with_items[0])
        doc["evidence"][0]["type"] = "project"
        expect_invalid(evidence, doc, "points-ladder evidence: a default type the framework "
                                      "does not use")
        doc = copy.deepcopy(with_items[0])
        doc["evidence"][0]["endorsed_by"] = [{"region": "emea"}]
        expect_invalid(evidence, doc, "points-ladder evidence: an endorsement without id")


def main(argv):
    if len(argv) != 3:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    ladder, root = argv[1], pathlib.Path(argv[2])

    criteria = get_schema(ladder, "criteria")
    evidence = get_schema(ladder, "evidence")

    result = run_ladder(ladder, "schema", "banana")
    if result is not None and (result.returncode != 2 or result.stdout or not result.stderr):
        fail(f"'ladder schema banana': expected exit 2, a message on stderr and nothing on "
             f"stdout; found exit {result.returncode}, stdout {result.stdout[:80]!r}")

    criteria_files = sorted((root / "criteria" / "engineering").glob("*.yaml"))
    criteria_files += sorted((root / "examples" / "frameworks" / "data-matrix").glob("*.yaml"))
    evidence_files = sorted((root / "examples" / "evidence").glob("*.yaml"))
    evidence_files += sorted((root / "examples" / "data-matrix").glob("*.yaml"))

    if criteria is not None:
        check_files(criteria, criteria_files, "criteria")
        with_levels = [load_yaml(p) for p in criteria_files]
        with_levels = [d for d in with_levels if d.get("levels")]
        if not with_levels:
            fail("no criteria file with levels to break")
        else:
            # The broken documents differ from this one by one mistake each.
            control = with_criterion(with_levels[0], {
                "any_of": [{"rating": {"competency": "delivery", "min": 2}},
                           {"evidence": {"type": ["project", "design"], "min_scope": "team",
                                         "within_months": 12, "at_least": 2}}]})
            expect_valid(criteria, control, "criteria: control document for the broken ones")
            for name, document in broken_criteria(with_levels[0]):
                expect_invalid(criteria, document, name)

    if evidence is not None:
        check_files(evidence, evidence_files, "evidence")
        with_items = [d for d in (load_yaml(p) for p in evidence_files) if d.get("evidence")]
        if not with_items:
            fail("no evidence file with items to break")
        else:
            for name, document in broken_evidence(with_items[0]):
                expect_invalid(evidence, document, name)
    engineering_people = sorted((root / "examples" / "evidence").glob("*.yaml"))
    check_framework_evidence(ladder, root, evidence, engineering_people)
    check_suite_and_openings(ladder, root)

    check_own_vocabularies(ladder, root)

    if failures:
        print(f"check_schema: {len(failures)} failure(s)", file=sys.stderr)
        return 1
    print("check_schema: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
