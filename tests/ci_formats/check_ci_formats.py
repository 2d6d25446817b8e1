#!/usr/bin/python3
"""Checks the CI formats of `ladder validate` and `ladder test` for well-formedness.

Usage: /usr/bin/python3 tests/ci_formats/check_ci_formats.py LADDER_BINARY REPO_ROOT

- junit: every output is checked with `xmllint --noout` and parsed with xml.etree; the
  <testsuites>/<testsuite> counts must agree with the <testcase> children, and every
  <testcase>, <failure> and <error> has the attributes CI services read.
- sarif: every output must validate against sarif-2.1.0-subset.schema.json (a hand-written
  SUBSET of the official SARIF 2.1.0 schema; the tests run without network), and each
  result's ruleIndex must point at the rule named by its ruleId.
Exits non-zero on any failure. Needs python3-jsonschema and libxml2-utils (xmllint).
"""

import json
import pathlib
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ElementTree

import jsonschema

HERE = pathlib.Path(__file__).resolve().parent
failures = []


def fail(message):
    failures.append(message)


def run(ladder, root, args, cwd, env=None):
    result = subprocess.run([ladder, *args], cwd=cwd, capture_output=True, text=True,
                            env={"NO_COLOR": "1", "PATH": "/usr/bin:/bin", **(env or {})})
    if result.returncode not in (0, 1):
        fail(f"ladder {' '.join(args)}: exit {result.returncode}: {result.stderr}")
    return result.stdout


def invocations(root):
    """(arguments, working directory) of outputs that cover passes, failures and errors."""
    cli = root / "tests" / "cli"
    return [
        (["validate", "criteria.yaml"], cli / "validate-junit"),
        (["validate", str(root / "criteria" / "engineering")], root),
        (["validate", "--evidence", "--as-of", "2026-11-01", str(root / "examples" / "evidence")],
         root),
        (["test"], cli / "test-failing-case"),
        (["test", "--min-coverage", "70"], cli / "test-min-coverage"),
        (["test", str(root / "criteria" / "engineering-tests"), "--min-coverage", "80"], root),
    ]


def check_junit(text, label):
    checked = subprocess.run(["xmllint", "--noout", "-"], input=text, capture_output=True,
                             text=True)
    if checked.returncode != 0:
        fail(f"{label}: xmllint: {checked.stderr}")
        return
    root = ElementTree.fromstring(text)
    if root.tag != "testsuites":
        fail(f"{label}: root element is <{root.tag}>, expected <testsuites>")
        return
    totals = {"tests": 0, "failures": 0, "errors": 0}
    for suite in root:
        if suite.tag != "testsuite" or not suite.get("name"):
            fail(f"{label}: expected <testsuite name=...>, found <{suite.tag}>")
            continue
        counts = count_cases(suite, label)
        for key, value in counts.items():
            totals[key] += value
            if suite.get(key) != str(value):
                fail(f"{label}: testsuite {suite.get('name')}: {key}={suite.get(key)}, "
                     f"counted {value}")
    for key, value in totals.items():
        if root.get(key) != str(value):
            fail(f"{label}: testsuites {key}={root.get(key)}, counted {value}")


def count_cases(suite, label):
    counts = {"tests": 0, "failures": 0, "errors": 0}
    for case in suite:
        if case.tag != "testcase" or case.get("classname") is None or not case.get("name"):
            fail(f"{label}: expected <testcase classname=... name=...>, found <{case.tag}>")
            continue
        counts["tests"] += 1
        for problem in case:
            if problem.tag in ("failure", "error"):
                counts["failures" if problem.tag == "failure" else "errors"] += 1
                if problem.get("message") is None or not problem.get("type"):
                    fail(f"{label}: <{problem.tag}> without message and type")
            elif problem.tag != "system-out":
                fail(f"{label}: unexpected <{problem.tag}> in a testcase")
    return counts


def check_sarif(text, label, validator):
    log = json.loads(text)
    for error in validator.iter_errors(log):
        fail(f"{label}: {error.json_path}: {error.message}")
    for run_entry in log.get("runs", []):
        rules = [rule["id"] for rule in run_entry["tool"]["driver"].get("rules", [])]
        for result in run_entry.get("results", []):
            index = result.get("ruleIndex")
            if index is not None and (index >= len(rules) or rules[index] != result["ruleId"]):
                fail(f"{label}: ruleIndex {index} does not name rule {result['ruleId']}")


def check_auto_and_outputs(ladder, root, validator):
    """`validate --format auto` gives GitHub annotations in GitHub Actions and text elsewhere;
    `--output FORMAT=FILE` writes other formats of the same run beside stdout's."""
    case = root / "tests" / "cli" / "validate-junit"
    args = ["validate", "criteria.yaml", "--format", "auto"]
    in_actions = run(ladder, root, args, case, {"GITHUB_ACTIONS": "true"})
    elsewhere = run(ladder, root, args, case)
    text = run(ladder, root, ["validate", "criteria.yaml"], case)
    github = run(ladder, root, ["validate", "criteria.yaml", "--format", "github"], case)
    if in_actions != github or not in_actions.startswith("::"):
        fail(f"--format auto in GitHub Actions: expected the github format, found {in_actions!r}")
    if elsewhere != text:
        fail(f"--format auto outside GitHub Actions: expected text, found {elsewhere!r}")
    with tempfile.TemporaryDirectory() as scratch:
        sarif, junit = pathlib.Path(scratch, "v.sarif"), pathlib.Path(scratch, "v.xml")
        both = run(ladder, root, ["validate", "criteria.yaml", "--output", f"sarif={sarif}",
                                  "--output", f"junit={junit}"], case)
        if both != text:
            fail("--output: stdout is not the text format of the same run")
        if not sarif.exists() or not junit.exists():
            fail("--output: a file was not written")
            return
        check_sarif(sarif.read_text(), "--output sarif=FILE", validator)
        check_junit(junit.read_text(), "--output junit=FILE")
        if json.loads(sarif.read_text())["runs"][0]["results"] == []:
            fail("--output sarif=FILE: no results, though the run found problems")


def main():
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    ladder = str(pathlib.Path(sys.argv[1]).resolve())
    root = pathlib.Path(sys.argv[2]).resolve()
    schema = json.loads((HERE / "sarif-2.1.0-subset.schema.json").read_text())
    jsonschema.Draft7Validator.check_schema(schema)
    validator = jsonschema.Draft7Validator(schema,
                                           format_checker=jsonschema.Draft7Validator.FORMAT_CHECKER)
    checked = 0
    for args, cwd in invocations(root):
        label = "ladder " + " ".join(args)
        check_junit(run(ladder, root, [*args, "--format", "junit"], cwd), label + " (junit)")
        check_sarif(run(ladder, root, [*args, "--format", "sarif"], cwd), label + " (sarif)",
                    validator)
        checked += 2
    check_auto_and_outputs(ladder, root, validator)
    checked += 2
    # The checkers themselves must reject what is not well-formed.
    before = len(failures)
    check_junit("<testsuites><testsuite name='x' tests='1'>", "broken junit")
    check_sarif('{"version": "2.0.0", "runs": [{"tool": {"driver": {}}}]}', "broken sarif",
                validator)
    if len(failures) - before < 3:
        fail("the checkers accepted broken documents")
    else:
        del failures[before:]
    if failures:
        for message in failures:
            print(f"FAIL: {message}", file=sys.stderr)
        print(f"{len(failures)} problems", file=sys.stderr)
        return 1
    print(f"{checked} outputs well-formed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
