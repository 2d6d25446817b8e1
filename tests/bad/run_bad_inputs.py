#!/usr/bin/python3
"""The bad-input corpus: every broken input must end in a clear diagnostic, never a crash or hang.

Usage: run_bad_inputs.py LADDER_BINARY [CASE_NAME...]

Each tests/bad/*.yaml file is one case. Its first lines say how to run it and what it must give:

    # what: a rating of 4.5
    # run: validate --evidence --as-of 2026-11-01 --criteria $CRITERIA
    # expect: exit=1 code=not-a-whole-number at=12:20 mentions=--max-depth

`run` is the ladder command line before the file ($CRITERIA is support/criteria.yaml; the file is
added at the end). `expect`: the exit status, and a diagnostic `FILE:LINE:COLUMN: error: ...
[CODE]` in the output (`at=file` for a whole-file diagnostic, `FILE: error: ... [CODE]`);
`mentions` (optional) is text the diagnostic must contain, such as the flag raising a limit;
`code=none` (no `at`) is a run that must end with its exit status and report no error.
Inputs that cannot be committed (huge, binary, empty, FIFOs, symbolic link loops...) are made
at test time, in GENERATED below.

Every case must end (it is killed after KILL_AFTER seconds: a hang guard hundreds of times the
time a case takes, never a measure of speed; speed is measured in bench/), must not crash (no
signal, no sanitizer report) and must print the expected diagnostic.
"""
import os
import re
import shlex
import shutil
import stat
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
CRITERIA = os.path.join("support", "criteria.yaml")
EVIDENCE_RUN = "validate --evidence --as-of 2026-11-01 --criteria $CRITERIA"
KILL_AFTER = 60.0
SANITIZER_MARKS = ("AddressSanitizer", "UndefinedBehaviorSanitizer", "LeakSanitizer",
                   "runtime error:")


class Case:
    def __init__(self, name, run, expect, path):
        self.name, self.run, self.path = name, run, path
        self.exit, self.code, self.at, self.mentions = parse_expect(expect)


def parse_expect(text):
    fields = dict(item.split("=", 1) for item in text.split())
    # code=none: a run that must end with its exit status and no error (a valid input too
    # large for a careless pass), with no diagnostic to look for.
    return int(fields["exit"]), fields["code"], fields.get("at"), fields.get("mentions")


def read_case(path):
    header = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            match = re.match(r"# (what|run|expect): (.*)", line)
            if not match:
                break
            header[match.group(1)] = match.group(2).strip()
    name = os.path.splitext(os.path.basename(path))[0]
    return Case(name, header["run"], header["expect"], os.path.basename(path))


# Generated at test time: (name, run, expect, make(directory) -> the path argument).
def write(directory, name, data):
    path = os.path.join(directory, name)
    with open(path, "wb") as f:
        f.write(data)
    return path


def evidence_header():
    with open(os.path.join(HERE, "..", "cli", "evidence-valid", "evidence.yaml"), "rb") as f:
        return f.read()


def make_fifo(directory):
    path = os.path.join(directory, "fifo.yaml")
    os.mkfifo(path)
    return path


def make_symlink_loop(directory):
    walk = os.path.join(directory, "walk")
    os.mkdir(walk)
    write(walk, "a.yaml", evidence_header())
    os.symlink("loop-b.yaml", os.path.join(walk, "loop-a.yaml"))
    os.symlink("loop-a.yaml", os.path.join(walk, "loop-b.yaml"))
    return walk


def make_unreadable(directory):
    path = write(directory, "unreadable.yaml", evidence_header())
    os.chmod(path, 0)
    return path


def make_directory(directory):
    path = os.path.join(directory, "a-directory.yaml")
    os.mkdir(path)
    write(path, "one.yaml", evidence_header())
    write(path, "two.yaml", evidence_header())
    return path


def nested(depth):
    return b"a: " + b"[" * depth + b"1" + b"]" * depth + b"\n"


def billion_laughs():
    lines = [b'a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for i in range(1, 10):
        refs = ", ".join(f"*a{i - 1}" for _ in range(10)).encode()
        lines.append(b"a%d: &a%d [%s]" % (i, i, refs))
    return b"\n".join(lines) + b"\n"


FRAMEWORK_HEAD = b"""framework: {id: mini, name: Mini framework, version: "1"}
scale: {1: Learning, 2: Proficient, 3: Expert}
competencies:
  craft: {name: Craft, description: Builds things well.}
"""


def level(index, band, track, includes=None):
    include = b"    includes: L%d\n" % includes if includes is not None else b""
    return (b"  - id: L%d\n    track: %s\n    title: Level %d\n    band: %d\n%s"
            b"    summary: Level %d.\n    criteria:\n      - id: c%d\n        title: Craft\n"
            b"        description: Rated.\n        guidance: Practise.\n"
            b"        rating: {competency: craft, min: 2}\n"
            % (index, track, index, band, include, index, index))


def includes_chain(directory, count=1001, files=4):
    """A chain of `count` levels, each including the one before, over several files and tracks
    (bands rise to 1000 on a track, so the chain moves to the next track there)."""
    walk = os.path.join(directory, "chain")
    os.mkdir(walk)
    tracks = b"".join(b"  t%d: {name: Track %d}\n" % (t, t) for t in range(count // 1000 + 1))
    write(walk, "a-head.yaml", FRAMEWORK_HEAD + b"tracks:\n" + tracks)
    per_file = -(-count // files)
    for k in range(files):
        levels = [level(i, i % 1000 + 1, b"t%d" % (i // 1000), i - 1 if i else None)
                  for i in range(k * per_file, min(count, (k + 1) * per_file))]
        write(walk, f"levels-{k}.yaml", b"levels:\n" + b"".join(levels))
    return walk


def many_unknown_keys(count):
    """One level with `count` unknown keys: tens of thousands of diagnostics in one file."""
    keys = b"".join(b"    k%05d: 1\n" % i for i in range(count))
    return (FRAMEWORK_HEAD + b"tracks:\n  ic: {name: IC}\nlevels:\n" +
            level(1, 1, b"ic").replace(b"    summary:", keys + b"    summary:"))


def chain_and_person(directory, count=8000):
    """A chain of `count` levels (each including the one before) and a person near its top."""
    includes_chain(directory, count)
    return write(directory, "person.yaml",
                 b"person: {id: E1, name: Test Person}\ntrack: t7\nlevel: L%d\n"
                 b"in_level_since: 2025-01-15\nratings: {craft: 2}\n" % (count - 10))


def one_band(count):
    return (FRAMEWORK_HEAD + b"tracks:\n  ic: {name: IC}\nlevels:\n" +
            b"".join(level(i, 1, b"ic") for i in range(count)))


def alias_fan_out(references):
    """One list of 100 rule options written once and referenced by `references` criteria."""
    option = b"{rating: {competency: craft, min: 2}}"
    criteria = [b"      - id: c0\n        title: Craft\n        description: Rated.\n"
                b"        any_of: &options [" + b", ".join([option] * 100) + b"]\n"]
    for i in range(1, references):
        criteria.append(b"      - id: c%d\n        title: Craft\n        description: Rated.\n"
                        b"        any_of: *options\n" % i)
    return (FRAMEWORK_HEAD + b"tracks:\n  ic: {name: IC}\nlevels:\n  - id: L1\n    track: ic\n"
            b"    title: Engineer\n    band: 1\n    summary: Builds.\n    criteria:\n" +
            b"".join(criteria))


GENERATED = [
    ("generated-lone-cr-line-endings", "validate", "exit=1 code=cr-line-endings at=1:11",
     lambda d: write(d, "mac.yaml", b"framework:\r  id: mini\r  name: Mini\r")),
    ("generated-includes-chain-over-max-levels", "validate", "exit=1 code=too-many-levels "
     "at=2966:5 mentions=--max-levels", includes_chain),
    ("generated-band-of-many-levels", "validate", "exit=1 code=too-many-levels at=11008:5 "
     "mentions=--max-levels", lambda d: write(d, "band.yaml", one_band(1001))),
    ("generated-alias-fan-out-over-max-criteria", "validate", "exit=1 code=too-many-criteria "
     "at=410:9 mentions=--max-criteria", lambda d: write(d, "fan-out.yaml", alias_fan_out(200))),
    # Linear corners: each ends in milliseconds; quadratic, they took seconds to minutes.
    ("generated-many-unknown-keys", "validate", "exit=1 code=unknown-key at=12:5",
     lambda d: write(d, "keys.yaml", many_unknown_keys(49_000))),
    ("generated-long-includes-chain-shown",
     "show L7990 --max-levels 10000 --max-file-size 10000000 --criteria", "exit=0 code=none",
     lambda d: os.path.join(includes_chain(d, 8000), "")),
    ("generated-long-includes-chain-evaluated",
     "evaluate --as-of 2026-11-01 --max-levels 10000 --max-file-size 10000000 --criteria chain",
     "exit=0 code=none", chain_and_person),
    ("generated-over-default-file-size", "validate", "exit=2 code=unreadable-file at=file "
     "mentions=--max-file-size",
     lambda d: write(d, "huge.yaml", b"# padding\n" * 110_000 + b"framework: {}\n")),
    ("generated-nesting-600-deep", "validate", "exit=1 code=yaml-too-deep at=1:1205",
     lambda d: write(d, "deep.yaml", nested(600))),
    ("generated-nesting-over-default-depth", "validate", "exit=1 code=yaml-too-deep at=1:67 "
     "mentions=--max-depth", lambda d: write(d, "deep.yaml", nested(70))),
    ("generated-billion-laughs", "validate", "exit=1 code=yaml-too-many-nodes at=5:5 "
     "mentions=--max-nodes", lambda d: write(d, "laughs.yaml", billion_laughs())),
    ("generated-string-over-default-length", "validate", "exit=1 code=yaml-string-too-long "
     "at=1:10 mentions=--max-string-length",
     lambda d: write(d, "long.yaml", b"summary: " + b"x" * (64 * 1024 + 1) + b"\n")),
    ("generated-binary", "validate", "exit=1 code=not-utf8 at=1:1",
     lambda d: write(d, "binary.yaml", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")),
    ("generated-latin1", EVIDENCE_RUN, "exit=1 code=not-utf8 at=3:12",
     lambda d: write(d, "latin1.yaml", b"person:\n  id: E1\n  name: Ren\xe9\n")),
    ("generated-nul-byte", "validate", "exit=1 code=not-utf8 at=1:12",
     lambda d: write(d, "nul.yaml", b"framework: \x00\n")),
    ("generated-empty-file", "validate", "exit=1 code=empty-file at=file",
     lambda d: write(d, "empty.yaml", b"")),
    ("generated-only-comments", EVIDENCE_RUN, "exit=1 code=empty-file at=file",
     lambda d: write(d, "comments.yaml", b"# nothing here yet\n")),
    ("generated-fifo", "validate", "exit=2 code=unreadable-file at=file", make_fifo),
    ("generated-directory-as-evidence-file", "evaluate --as-of 2026-11-01 --criteria $CRITERIA",
     "exit=2 code=unreadable-file at=file", make_directory),
    ("generated-symlink-loop-in-walk", EVIDENCE_RUN, "exit=2 code=unreadable-file at=file",
     make_symlink_loop),
    ("generated-unreadable-file", EVIDENCE_RUN, "exit=2 code=unreadable-file at=file",
     make_unreadable),
    ("generated-nonexistent-path", EVIDENCE_RUN, "exit=2 code=unreadable-file at=file",
     lambda d: os.path.join(d, "no-such-file.yaml")),
]


def expected_pattern(case, shown_path):
    # A diagnostic of a directory walk names the file inside the directory.
    where = re.escape(shown_path) + r"(/[^:]*)?" + ("" if case.at == "file" else ":" + case.at)
    return re.compile(rf"^{where}: error: .*\[{re.escape(case.code)}\]$", re.MULTILINE)


def run_case(ladder, case, path, cwd):
    args = [ladder] + shlex.split(case.run.replace("$CRITERIA", os.path.join(HERE, CRITERIA)))
    env = dict(os.environ, NO_COLOR="1")
    try:
        result = subprocess.run(args + [path], cwd=cwd, env=env, stdin=subprocess.DEVNULL,
                                capture_output=True, timeout=KILL_AFTER)
    except subprocess.TimeoutExpired:
        return [f"hung: killed after {KILL_AFTER} s"]
    output = result.stdout.decode("utf-8", "replace") + result.stderr.decode("utf-8", "replace")
    problems = []
    if result.returncode < 0 or result.returncode >= 128:
        problems.append(f"crashed: exit status {result.returncode}")
    if any(mark in output for mark in SANITIZER_MARKS):
        problems.append("a sanitizer reported a problem")
    if result.returncode != case.exit:
        problems.append(f"exit status {result.returncode}, expected {case.exit}")
    match = None if case.code == "none" else expected_pattern(case, path).search(output)
    if case.code == "none":
        if " error: " in output:
            problems.append("an error was reported, expected none")
    elif not match:
        problems.append(f"no diagnostic '{path}:{case.at}: error: ... [{case.code}]'")
    elif case.mentions and case.mentions not in match.group(0):
        problems.append(f"the diagnostic does not mention '{case.mentions}'")
    if problems:
        problems.append("command: " + shlex.join(args + [path]) + "\n" + output.rstrip())
    return problems


def is_root():
    return hasattr(os, "geteuid") and os.geteuid() == 0


def main():
    if len(sys.argv) < 2:
        sys.exit("usage: run_bad_inputs.py LADDER_BINARY [CASE_NAME...]")
    ladder, wanted = os.path.abspath(sys.argv[1]), set(sys.argv[2:])
    failures, ran = 0, 0

    def report(name, problems):
        nonlocal failures, ran
        ran += 1
        if problems:
            failures += 1
            print(f"FAIL {name}\n  " + "\n  ".join(problems))
        else:
            print(f"ok   {name}")

    for file in sorted(f for f in os.listdir(HERE) if f.endswith(".yaml")):
        case = read_case(os.path.join(HERE, file))
        if not wanted or case.name in wanted:
            report(case.name, run_case(ladder, case, case.path, HERE))
    for name, run, expect, make in GENERATED:
        if wanted and name not in wanted:
            continue
        if name == "generated-unreadable-file" and is_root():
            print(f"skip {name}: running as root, which can read a file with mode 000")
            continue
        directory = tempfile.mkdtemp(prefix="ladder-bad-")
        try:
            path = os.path.relpath(make(directory), directory)
            case = Case(name, run, expect, path)
            report(name, run_case(ladder, case, path, directory))
        finally:
            for root, dirs, _ in os.walk(directory):
                for d in dirs:
                    os.chmod(os.path.join(root, d), stat.S_IRWXU)
            shutil.rmtree(directory)
    print(f"{ran - failures} of {ran} bad inputs gave the expected diagnostic")
    sys.exit(1 if failures or ran == 0 else 0)


if __name__ == "__main__":
    main()
