#!/usr/bin/python3
"""Privacy at the edges (issue #28): what an adversarial reader of ladder's outputs can find.

Usage: check_privacy.py LADDER_BINARY REPO_ROOT [CASE_NAME...]

Each case builds its files in a fresh temporary directory and runs the real binary as a user
would, reading everything it writes: standard output, standard error and --output files.

- hostile_names_redacted: evidence files named after people with bytes that are not UTF-8
  (a Latin-1 name from an old share), a tab, a line break, a bidi override, a terminal escape,
  in directories named after people, and files that quote a name where ladder expects a map.
  Under --redact and --pseudonymise no name, no part of a file name and (with pseudonyms) no
  raw id comes out of any format or stream of batch (rows and summaries), candidates and
  diff --evidence.
- control_characters_shown_escaped: without redaction, the same file names never reach an
  output raw (evaluate and place's "not evaluated" line, diff's text and Markdown, batch's
  Markdown): no line forged, no escape sequence for the terminal.
- summaries_across_groupings: a summary under every grouping the files offer gives the same
  bytes whether the one person it holds back is ready or not, so no combination of summaries
  of the same files gives that person's verdict (the README's "(all) less Berlin and Lisbon").
- counts_only_min_group: diff --evidence --counts-only shows no count under --min-group.
- pseudonym_keys: short keys are refused; a key file, an environment variable and the command
  line give the same pseudonyms; a key on the command line or in a file others can read is
  warned about.
- output_modes: --output over an existing file keeps its mode (batch, candidates, validate);
  a new file gets the umask's; publish keeps the mode of the site it replaces.
- bom_not_in_json: --bom with json or jsonl is refused; csv still gets one.
"""
import json
import os
import shutil
import stat
import subprocess
import sys
import tempfile

AS_OF = ["--as-of", "2026-11-01"]
KEY = "correct horse battery staple, 2026"

CRITERIA = """\
framework: {id: mini, name: Mini framework, version: "1"}
scale: {1: Learning, 2: Developing, 3: Proficient, 4: Advanced, 5: Expert}
competencies:
  technical_depth: {name: Technical depth, description: Knows the systems deeply.}
  delivery: {name: Delivery, description: Ships reliably.}
tracks:
  ic: {name: Individual contributor}
levels:
  - id: IC1
    track: ic
    title: Engineer
    band: 1
    summary: Delivers scoped work.
    criteria:
      - id: ic1-delivery
        title: Delivers
        description: Rated proficient in delivery.
        guidance: Ship small changes often.
        rating: {competency: delivery, min: 3}
  - id: IC2
    track: ic
    title: Senior engineer
    band: 2
    includes: IC1
    summary: Designs systems.
    criteria:
      - id: ic2-design-docs
        title: Writes design documents
        description: Wrote DOCS design documents that were adopted.
        guidance: Write up the design of your next project.
        demonstrated: {at_least: DOCS, type: design}
"""

OPENINGS = """\
title: Openings
openings:
  - id: senior
    level: IC2
    count: 2
"""


def evidence(person_id, name, level="IC1", designs=2, labels=None):
    """A valid evidence file; `designs` design documents (two make an IC1 ready for IC2)."""
    lines = ["person:", f"  id: {person_id}", f"  name: {json.dumps(name)}"]
    if labels:
        lines.append("labels:")
        lines += [f"  {key}: {value}" for key, value in labels.items()]
    lines += [f"track: ic", f"level: {level}", "in_level_since: 2025-01-15",
              "interests: [ic]",
              "ratings:", "  technical_depth: 3", "  delivery: {rating: 4, by: E0007, date: 2026-09-15}",
              "evidence:"]
    for i in range(designs):
        lines += [f"  - id: design-{i}", "    type: design", f"    title: Design number {i}",
                  "    date: 2026-06-30", "    demonstrates: [ic2-design-docs]"]
    if designs == 0:
        lines[-1] = "evidence: []"
    return ("\n".join(lines) + "\n").encode()


def write(directory, name, data):
    path = os.path.join(os.fsencode(directory), name if isinstance(name, bytes) else os.fsencode(name))
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data.encode() if isinstance(data, str) else data)
    return path


def criteria(directory, docs=2, name="criteria.yaml"):
    write(directory, name, CRITERIA.replace("DOCS", str(docs)))
    return ["--criteria", os.path.join(directory, name)]


def run(ladder, args, cwd, env=None, umask=None, stdin=b""):
    environment = dict(os.environ, NO_COLOR="1")
    environment.pop("LADDER_CRITERIA", None)
    environment.update(env or {})
    preexec = (lambda: os.umask(umask)) if umask is not None else None
    result = subprocess.run([ladder] + args, cwd=cwd, env=environment, input=stdin,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=120,
                            preexec_fn=preexec)
    return result.returncode, result.stdout, result.stderr


def expect(condition, problem, problems):
    if not condition:
        problems.append(problem)


# --- hostile names under --redact and --pseudonymise ---------------------------------------

# Each person's words: none may come out of a redacted report, in any spelling of its bytes.
SECRETS = [b"Quintavalle", b"Mueller", b"Brightwater", b"Okonkwo", b"Whitacre", b"Farrowdale",
           b"Gallowmere", b"Hollingsworth", b"Secretname", b"Thistlewood", b"Ravenscroft",
           b"Pemberton", b"Underhill"]
IDS = [b"E7001", b"E7002", b"E7003", b"E7004", b"E7005", b"E7008", b"E7009"]


def hostile_people(d):
    """The evidence files, named (and directories named) after people as real shares have them."""
    people = os.path.join(d, "people")
    files = {
        # Latin-1 bytes from an old Windows share: not UTF-8.
        b"Zo\xe9 Quintavalle-M\xfcller.yaml": evidence("E7001", "Zoé Quintavalle-Mueller"),
        b"Brightwater\tOkonkwo.yaml": evidence("E7002", "Ines Brightwater Okonkwo"),
        "\u202eWhitacre.yaml".encode(): evidence("E7003", "Whitacre Lund", designs=1),
        b"Farrowdale\nVerdicts: FORGED.yaml": evidence("E7004", "Farrowdale"),
        b"\x1b]0;Gallowmere\x07.yaml": evidence("E7005", "Gallowmere", designs=0),
        # The same names on files that cannot be evaluated: their error rows name the path,
        # which a report shows escaped (\xe9, \t, \u202e), not as the raw bytes.
        b"Zo\xe9 Quintavalle-M\xfcller-2025.yaml": b"person: [\n",
        b"Brightwater\tOkonkwo-2025.yaml": b"person: {id: E7002, name: x}\nlevel: 3\n",
        "\u202eWhitacre-2025.yaml".encode(): b"\x00",
        b"Farrowdale\nVerdicts: FORGED-2025.yaml": b"",
        b"\x1b]0;Gallowmere\x07-2025.yaml": b"person: {id: E7005}\n",
        # A string where a map belongs: the natural first attempt at a person.
        b"Hollingsworth.yaml": (b"person: Hollingsworth Secretname\ntrack: ic\nlevel: IC1\n"
                               b"in_level_since: 2025-01-15\n"),
        # The person is read, then a later value is wrong and quotes the name.
        b"Thistlewood.yaml": evidence("E7008", "Thistlewood Ames").replace(
            b"level: IC1", b"level: Thistlewood Ames"),
        # Broken YAML after the person's name.
        b"Ravenscroft Pemberton.yaml": b"person: {id: E7009, name: Ravenscroft Pemberton}\n"
                                       b"track: [ic\n",
    }
    for name, data in files.items():
        write(people, name, data)
    # A directory named after a person, listed twice (a listed-twice warning names it).
    write(os.path.join(d, "Underhill"), "Zo\u00eb Underhill.yaml", evidence("E7010", "Zoe Underhill"))
    return [people, os.path.join(d, "Underhill"), os.path.join(d, "Underhill")]


def leaks(data, pseudonymised):
    """The secrets found in bytes, ignoring case and whatever escapes the format uses."""
    found = []
    lowered = data.lower()
    for secret in SECRETS + (IDS if pseudonymised else []):
        if secret.lower() in lowered:
            found.append(secret.decode())
    return found


def case_hostile_names_redacted(ladder, root, d):
    problems = []
    crit = criteria(d)
    paths = hostile_people(d)
    write(d, "openings.yaml", OPENINGS)
    key_file = write(d, "key", KEY + "\n")
    os.chmod(key_file, 0o600)
    privacy_modes = {"redact": (["--redact"], False),
                     "pseudonymise": (["--pseudonymise-key-file", os.fsdecode(key_file)], True)}
    commands = []
    for mode, (flags, pseudonymised) in privacy_modes.items():
        for fmt in ["text", "csv", "jsonl", "json", "markdown", "html"]:
            commands.append((["batch", "--format", fmt] + flags, pseudonymised))
            commands.append((["batch", "--summary", "--min-group", "1", "--format", fmt] + flags,
                             pseudonymised))
        commands.append((["batch", "--layout", "lines"] + flags, pseudonymised))
        commands.append((["batch", "--format", "csv", "--columns", "file,id,name,error"] + flags,
                         pseudonymised))
        for fmt in ["text", "markdown", "json", "csv", "html"]:
            commands.append((["candidates", "--format", fmt] + flags + ["openings.yaml"],
                             pseudonymised))
    for fmt in ["text", "markdown", "json"]:
        commands.append((["diff", os.path.join(d, "criteria.yaml"), os.path.join(d, "new.yaml"),
                          "--evidence", paths[0], "--redact", "--format", fmt], False))
        commands.append((["diff", os.path.join(d, "criteria.yaml"), os.path.join(d, "new.yaml"),
                          "--evidence", paths[0], "--counts-only", "--format", fmt], False))
    criteria(d, docs=1, name="new.yaml")
    for command, pseudonymised in commands:
        args = command + AS_OF + crit
        if command[0] != "diff":
            args += paths
        code, out, err = run(ladder, args, d)
        what = " ".join(command)
        expect(code == 2, f"{what}: exit {code}, expected 2 (files in error)", problems)
        for stream, data in (("stdout", out), ("stderr", err)):
            found = leaks(data, pseudonymised)
            expect(not found, f"{what}: {stream} gives away {found}", problems)
        expect(b"(redacted)" in out or b"counts-only" in what.encode() or b"--summary" in what.encode(),
               f"{what}: no error row says (redacted)", problems)
        # Through --output too, and through a list of paths on stdin.
        if command[0] in ("batch", "candidates") and "--format" in command:
            target = os.path.join(d, "report.out")
            listed = b"\n".join(os.fsencode(p) for p in paths[:2]) + b"\n"
            stdin_args = [a for a in args if a not in paths] + ["-"]
            code, out, err = run(ladder, stdin_args + ["--output", target], d, stdin=listed)
            with open(target, "rb") as f:
                written = f.read()
            for stream, data in (("stdout", out), ("stderr", err), ("--output", written)):
                found = leaks(data, pseudonymised)
                expect(not found, f"{what} (paths on stdin): {stream} gives away {found}",
                       problems)
    # The error of a file that quotes a name where a map belongs still says what is wrong.
    code, out, err = run(ladder, ["batch", "--redact", "--format", "csv", "--columns", "error"] +
                         AS_OF + crit + [os.path.join(paths[0], "Hollingsworth.yaml")], d)
    expect(b"(redacted):1:9: error: A value is of the wrong type" in out,
           f"the redacted error row of a name where a map belongs: {out!r}", problems)
    return problems


# --- control characters outside redaction -----------------------------------------------

FORGED = [b"\nVerdicts: FORGED", b"\x1b", "\u202e".encode(), b"\x07", b"\t"]


def raw_controls(data):
    return [repr(bad) for bad in FORGED if bad in data]


def case_control_characters_shown_escaped(ladder, root, d):
    problems = []
    crit = criteria(d)
    people = os.path.join(d, "people")
    names = [b"Farrowdale\nVerdicts: FORGED.yaml", b"\x1b]0;Gallowmere\x07.yaml",
             "\u202eWhitacre.yaml".encode(), b"Brightwater\tOkonkwo.yaml"]
    for i, name in enumerate(names):
        write(people, name, evidence(f"E710{i}", f"Person {i}", designs=i % 2 + 1))
    broken = [os.path.join(os.fsencode(people), name) for name in names]
    for name in names:
        write(d, b"broken-" + name, b"person: [\n")
    broken_files = [os.fsdecode(os.path.join(os.fsencode(d), b"broken-" + n)) for n in names]
    criteria(d, docs=1, name="new.yaml")
    runs = {
        "evaluate": ["evaluate"] + AS_OF + crit + broken_files,
        "place": ["place"] + AS_OF + crit + broken_files,
        "diff text": ["diff", "criteria.yaml", "new.yaml", "--evidence", people] + AS_OF,
        "diff markdown": ["diff", "criteria.yaml", "new.yaml", "--evidence", people,
                          "--format", "markdown"] + AS_OF,
        "diff text, errors": ["diff", "criteria.yaml", "new.yaml", "--evidence", d] + AS_OF,
        "diff markdown, errors": ["diff", "criteria.yaml", "new.yaml", "--evidence", d,
                                  "--format", "markdown"] + AS_OF,
        "batch markdown": ["batch", "--format", "markdown"] + AS_OF + crit + [people] +
                          broken_files,
        "batch text": ["batch"] + AS_OF + crit + [people] + broken_files,
        "batch lines": ["batch", "--layout", "lines"] + AS_OF + crit + [people] + broken_files,
    }
    for what, args in runs.items():
        code, out, err = run(ladder, [os.fsdecode(a) if isinstance(a, bytes) else a
                                      for a in args], d)
        expect(code in (0, 1, 2), f"{what}: exit {code}", problems)
        for stream, data in (("stdout", out), ("stderr", err)):
            found = raw_controls(data)
            expect(not found, f"{what}: {stream} has raw {found}", problems)
        if what.startswith("batch markdown"):
            rows = [line for line in out.split(b"\n") if line]
            expect(rows and all(line.startswith(b"|") for line in rows),
                   f"{what}: a line outside the table: {out!r}", problems)
    # The files were read: their names are shown, escaped.
    code, out, err = run(ladder, ["evaluate"] + AS_OF + crit + [broken_files[1]], d)
    expect(b"\\x1b]0;Gallowmere\\x07.yaml: not evaluated" in err,
           f"evaluate's not-evaluated line: {err!r}", problems)
    return problems


# --- summaries under every grouping of the same files -----------------------------------

GROUPINGS = [[], ["--by", "track"], ["--by", "track_name"], ["--by", "level"],
             ["--by", "level_title"], ["--by", "band"], ["--by", "target"],
             ["--by", "target_title"], ["--by", "placement"], ["--by", "location"],
             ["--by", "department"], ["--by", "team"], ["--by", "label.team"]]


def summary_people(d, remote_ready):
    """Eleven people; the one in Remote is the only one there, and is held back everywhere."""
    people = os.path.join(d, "people")
    rows = []
    for i in range(6):
        rows.append(("IC1", 2 if i < 3 else 1, "Berlin" if i < 4 else "Lisbon",
                     "eng" if i % 2 else "product", "t1" if i < 3 else "t2"))
    for i in range(4):
        rows.append(("IC2", 2, "Berlin" if i < 2 else "Lisbon", "eng" if i % 2 else "product",
                     "t1" if i < 2 else "t2"))
    for i, (level, designs, location, department, team) in enumerate(rows):
        write(people, f"person-{i}.yaml",
              evidence(f"E8{i:03d}", f"Person {i}", level=level, designs=designs,
                       labels={"location": location, "department": department, "team": team}))
    write(people, "remote.yaml",
          evidence("E8999", "Remote Person", designs=2 if remote_ready else 1,
                   labels={"location": "Remote", "department": "eng", "team": "t1"}))
    return people


def case_summaries_across_groupings(ladder, root, d):
    problems = []
    outputs = {}
    for variant, ready in (("ready", True), ("not ready", False)):
        v = os.path.join(d, variant.replace(" ", "-"))
        os.makedirs(v)
        crit = criteria(v)
        people = summary_people(v, ready)
        # The person's verdict really differs between the two sets of files.
        code, out, err = run(ladder, ["batch", "--format", "csv", "--columns", "id,status"] +
                             AS_OF + crit + [os.path.join(people, "remote.yaml")], v)
        expect((b"E8999,ready" in out) == ready, f"{variant}: remote is {out!r}", problems)
        for grouping in GROUPINGS:
            for fmt in ["text", "csv", "json", "markdown", "html"]:
                args = ["batch", "--summary", "--min-group", "3", "--format", fmt] + grouping
                code, out, err = run(ladder, args + AS_OF + crit + [people], v)
                expect(code == 0, f"{' '.join(args)}: exit {code}: {err!r}", problems)
                outputs.setdefault(tuple(args), {})[variant] = (out, err)
    for args, by_variant in outputs.items():
        expect(by_variant["ready"] == by_variant["not ready"],
               f"{' '.join(args)}: the output changes with the held-back person's verdict",
               problems)
    # The README's attack, spelled out: by location the Remote person is pooled and hidden; by
    # department the totals would give them back. Now (all) shows no count there either.
    v = os.path.join(d, "ready")
    crit = ["--criteria", os.path.join(v, "criteria.yaml")]
    people = os.path.join(v, "people")
    for by in ("location", "department"):
        code, out, err = run(ladder, ["batch", "--summary", "--min-group", "3", "--format", "csv",
                                      "--by", by] + AS_OF + crit + [people], v)
        rows = out.decode().splitlines()
        totals = [row for row in rows if row.startswith("(all),")]
        expect(totals == ["(all),11,,,,,,,,,,,,2026-11-01,mini,1"], f"--by {by}: totals {totals}",
               problems)
        pool = [row for row in rows if row.startswith("(other),")]
        expect(pool == ["(other),1,,,,,,,,,,,,2026-11-01,mini,1"], f"--by {by}: pool {pool}",
               problems)
    # Two fields at once would be a grouping finer than those the suppression holds across.
    code, out, err = run(ladder, ["batch", "--summary", "--by", "location,team"] + AS_OF + crit +
                         [people], v)
    expect(code == 2 and b"--by: group on one field at a time" in err,
           f"--by location,team: exit {code}, {err!r}", problems)
    code, out, err = run(ladder, ["batch", "--summary", "--by", "id"] + AS_OF + crit + [people], v)
    expect(code == 2 and b"'id' is not a field to group people on" in err,
           f"--by id: exit {code}, {err!r}", problems)
    return problems


# --- diff --counts-only ------------------------------------------------------------------

def case_counts_only_min_group(ladder, root, d):
    problems = []
    criteria(d)
    criteria(d, docs=1, name="new.yaml")
    people = os.path.join(d, "people")
    # One person becomes ready for IC2 with the new criteria (one design document is enough).
    write(people, "one.yaml", evidence("E9001", "One Person", designs=1))
    for i in range(3):
        write(people, f"ready-{i}.yaml", evidence(f"E900{i + 2}", "Ready", designs=2))
    base = ["diff", "criteria.yaml", "new.yaml", "--evidence", people, "--counts-only"] + AS_OF
    code, out, err = run(ladder, base + ["--format", "json"], d)
    impact = json.loads(out)["impact"]
    expect(impact["people_changed"] is None and impact["min_group"] == 5,
           f"counts-only JSON: {impact}", problems)
    expect(impact["levels"] == [{"level": "IC2", "became_ready": None, "became_not_ready": 0,
                                 "route_changed": 0}],
           f"counts-only JSON levels: {impact['levels']}", problems)
    code, out, err = run(ladder, base, d)
    expect(b"IC2: fewer than 5 become ready, 0 become not ready" in out and
           b"1 becomes ready" not in out and b"1 person" not in out,
           f"counts-only text: {out!r}", problems)
    code, out, err = run(ladder, base + ["--format", "markdown"], d)
    expect(b"| IC2 | fewer than 5 | 0 |" in out, f"counts-only markdown: {out!r}", problems)
    code, out, err = run(ladder, base + ["--min-group", "1", "--format", "json"], d)
    impact = json.loads(out)["impact"]
    expect(impact["people_changed"] == 1 and impact["levels"][0]["became_ready"] == 1,
           f"--min-group 1: {impact}", problems)
    code, out, err = run(ladder, ["diff", "criteria.yaml", "new.yaml", "--evidence", people,
                                  "--min-group", "3"] + AS_OF, d)
    expect(code == 2 and b"--counts-only" in err, f"--min-group alone: {code} {err!r}", problems)
    return problems


# --- pseudonym keys ----------------------------------------------------------------------

def case_pseudonym_keys(ladder, root, d):
    problems = []
    crit = criteria(d)
    person = write(d, "alice.yaml", evidence("E1042", "Alice Example"))
    base = ["batch", "--format", "csv", "--columns", "id"] + AS_OF + crit
    for key in ["", "k", "fifteen bytes!!"]:
        code, out, err = run(ladder, base + ["--pseudonymise", key, os.fsdecode(person)], d)
        expect(code == 2 and b"expected at least 16 bytes of secret" in err and not out,
               f"--pseudonymise {key!r}: exit {code}, {err!r}", problems)
    key_file = write(d, "key", KEY + "\n")
    os.chmod(key_file, 0o600)
    given = {
        "file": (["--pseudonymise-key-file", os.fsdecode(key_file)], {}),
        "environment": (["--pseudonymise-key-env", "LADDER_PSEUDONYM_KEY"],
                        {"LADDER_PSEUDONYM_KEY": KEY}),
        "command line": (["--pseudonymise", KEY], {}),
    }
    ids = {}
    for how, (flags, env) in given.items():
        code, out, err = run(ladder, base + flags + [os.fsdecode(person)], d, env=env)
        ids[how] = out
        expect(code == 0 and b"E1042" not in out and b"p-" in out, f"{how}: {code} {out!r}",
               problems)
        warned = b"a key on the command line can be seen by other users" in err
        expect(warned == (how == "command line"), f"{how}: warning {err!r}", problems)
        expect(KEY.encode() not in out + err, f"{how}: the key is printed", problems)
    expect(len(set(ids.values())) == 1, f"the three ways give different pseudonyms: {ids}",
           problems)
    # candidates gives the same pseudonym (the two reports can be joined).
    write(d, "openings.yaml", OPENINGS)
    code, out, err = run(ladder, ["candidates", "--format", "csv", "--pseudonymise-key-file",
                                  os.fsdecode(key_file)] + AS_OF + crit +
                         ["openings.yaml", os.fsdecode(person)], d)
    alias = ids["file"].decode().split()[-1].strip()
    expect(alias.encode() in out, f"candidates does not give {alias}: {out!r}", problems)
    # A key file others can read is warned about; an empty one is refused.
    os.chmod(key_file, 0o644)
    code, out, err = run(ladder, base + given["file"][0] + [os.fsdecode(person)], d)
    expect(code == 0 and b"can be read by other users (mode 0644)" in err,
           f"key file 0644: {err!r}", problems)
    empty = write(d, "empty-key", "\n")
    code, out, err = run(ladder, base + ["--pseudonymise-key-file", os.fsdecode(empty),
                                         os.fsdecode(person)], d)
    expect(code == 2 and b"the key is 0 bytes" in err, f"empty key file: {code} {err!r}",
           problems)
    code, out, err = run(ladder, base + ["--pseudonymise-key-env", "LADDER_NO_SUCH_KEY",
                                         os.fsdecode(person)], d)
    expect(code == 2 and b"LADDER_NO_SUCH_KEY is not set" in err, f"unset: {code} {err!r}",
           problems)
    code, out, err = run(ladder, base + ["--pseudonymise", KEY, "--pseudonymise-key-file",
                                         os.fsdecode(key_file), os.fsdecode(person)], d)
    expect(code == 2 and not out, f"two keys: exit {code}", problems)
    return problems


# --- file modes after --output -----------------------------------------------------------

def mode_of(path):
    return stat.S_IMODE(os.stat(path).st_mode)


def case_output_modes(ladder, root, d):
    problems = []
    crit = criteria(d)
    person = os.fsdecode(write(d, "alice.yaml", evidence("E1042", "Alice Example")))
    write(d, "openings.yaml", OPENINGS)
    writers = {
        "batch": lambda out: ["batch", "--output", out] + AS_OF + crit + [person],
        "batch --summary": lambda out: ["batch", "--summary", "--output", out] + AS_OF + crit +
                                       [person],
        "candidates": lambda out: ["candidates", "--output", out] + AS_OF + crit +
                                  ["openings.yaml", person],
        "validate": lambda out: ["validate", "--evidence", "--output", "text=" + out] + AS_OF +
                                crit + [person],
    }
    for what, command in writers.items():
        for existing in (0o600, 0o640, 0o604, 0o666):
            out = os.path.join(d, "report")
            write(d, "report", "an old report\n")
            os.chmod(out, existing)
            code, _, err = run(ladder, command(out), d, umask=0o022)
            expect(code in (0, 1) and mode_of(out) == existing,
                   f"{what} over a {oct(existing)} file: exit {code}, mode {oct(mode_of(out))}",
                   problems)
            with open(out, "rb") as f:
                expect(f.read() != b"an old report\n", f"{what}: not written", problems)
            os.remove(out)
        for umask, wanted in ((0o022, 0o644), (0o077, 0o600)):
            out = os.path.join(d, "new-report")
            code, _, err = run(ladder, command(out), d, umask=umask)
            expect(mode_of(out) == wanted,
                   f"{what}, new file, umask {oct(umask)}: mode {oct(mode_of(out))}", problems)
            os.remove(out)
    # Through a symbolic link, the file it points to keeps its mode.
    real = write(d, "real-report", "old\n")
    os.chmod(real, 0o600)
    os.symlink("real-report", os.path.join(d, "link-report"))
    run(ladder, writers["batch"](os.path.join(d, "link-report")), d, umask=0o022)
    expect(mode_of(real) == 0o600 and os.path.islink(os.path.join(d, "link-report")),
           f"through a link: {oct(mode_of(real))}", problems)
    # publish: a new site gets the umask's mode; a site replaced keeps its directory's mode.
    site = os.path.join(d, "site")
    code, _, err = run(ladder, ["publish", "--out", site] + crit, d, umask=0o022)
    expect(code == 0 and mode_of(site) == 0o755, f"publish new: {oct(mode_of(site))}", problems)
    os.chmod(site, 0o700)
    code, _, err = run(ladder, ["publish", "--out", site] + crit, d, umask=0o022)
    expect(code == 0 and mode_of(site) == 0o700, f"publish over 0700: {oct(mode_of(site))}",
           problems)
    foreign = os.path.join(d, "foreign")
    os.makedirs(foreign)
    os.chmod(foreign, 0o750)
    code, _, err = run(ladder, ["publish", "--out", foreign, "--force"] + crit, d, umask=0o022)
    expect(code == 0 and mode_of(foreign) == 0o750 and
           os.path.exists(os.path.join(foreign, "index.html")),
           f"publish --force over 0750: exit {code}, {oct(mode_of(foreign))}", problems)
    return problems


# --- --bom and JSON ----------------------------------------------------------------------

def case_bom_not_in_json(ladder, root, d):
    problems = []
    crit = criteria(d)
    person = os.fsdecode(write(d, "alice.yaml", evidence("E1042", "Alice Example")))
    for fmt, name in (("json", b"JSON"), ("jsonl", b"JSON Lines")):
        for summary in ([], ["--summary"]):
            code, out, err = run(ladder, ["batch", "--bom", "--format", fmt] + summary + AS_OF +
                                 crit + [person], d)
            expect(code == 2 and not out and b"--bom: " + name + b" must not start" in err,
                   f"--bom --format {fmt} {summary}: exit {code}, {out[:20]!r} {err!r}", problems)
    code, out, err = run(ladder, ["batch", "--bom", "--format", "csv"] + AS_OF + crit + [person], d)
    expect(code == 0 and out.startswith(b"\xef\xbb\xbfas_of,"), f"--bom csv: {out[:20]!r}",
           problems)
    return problems


CASES = {name[len("case_"):]: function for name, function in globals().items()
         if name.startswith("case_")}


def main():
    ladder, root = os.path.abspath(sys.argv[1]), sys.argv[2]
    names = sys.argv[3:] or list(CASES)
    failed = 0
    for name in names:
        d = tempfile.mkdtemp(prefix="ladder-privacy-")
        try:
            problems = CASES[name](ladder, root, d)
        except Exception as error:  # an output not as expected at all (not JSON, empty)
            problems = [f"the case stopped: {type(error).__name__}: {error}"]
        finally:
            shutil.rmtree(d, ignore_errors=True)
        for problem in problems:
            print(f"FAIL {name}: {problem}", file=sys.stderr)
        print(f"{'FAIL' if problems else 'ok  '} {name}")
        failed += bool(problems)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
