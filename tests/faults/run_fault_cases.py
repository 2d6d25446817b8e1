#!/usr/bin/python3
"""Faults around the run (issue #18): odd file names, write errors, path lists, output files.

Usage: run_fault_cases.py LADDER_BINARY [CASE_NAME...]

Each case builds its inputs in a fresh temporary directory, runs the real binary the way a user
or a CI script would (a full disk is /dev/full, a reader that stops early is a closed pipe), and
checks the exit status and the message. A case that needs something the machine lacks (xmllint,
an unprivileged user, a build without sanitizers) is skipped with a note, never passed silently.
"""
import json
import os
import resource
import shutil
import signal
import stat
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
VALID = os.path.join(HERE, "..", "cli", "evidence-valid")
AS_OF = ["--as-of", "2026-11-01"]


class Skip(Exception):
    pass


def evidence(person_id=b"E0001"):
    with open(os.path.join(VALID, "evidence.yaml"), "rb") as f:
        return f.read().replace(b"E0001", person_id)


def setup(directory):
    shutil.copy(os.path.join(VALID, "criteria.yaml"), directory)
    return ["--criteria", os.path.join(directory, "criteria.yaml")]


def write(directory, name, data):
    path = os.path.join(os.fsencode(directory), os.fsencode(name))
    with open(path, "wb") as f:
        f.write(data)
    return path


def run(ladder, args, cwd, stdin=b"", stdout=subprocess.PIPE, **kwargs):
    env = dict(os.environ, NO_COLOR="1")
    result = subprocess.run([ladder] + args, cwd=cwd, env=env, input=stdin, stdout=stdout,
                            stderr=subprocess.PIPE, timeout=60, **kwargs)
    return result.returncode, result.stdout or b"", result.stderr.decode("utf-8", "replace")


def expect(condition, problem, problems):
    if not condition:
        problems.append(problem)


def not_crashed(code, problems, what):
    expect(0 <= code < 128, f"{what}: crashed with status {code}", problems)


# --- non-UTF-8 file names ---------------------------------------------------------------

def case_non_utf8_name_in_json(ladder, d):
    problems = []
    criteria = setup(d)
    write(d, b"caf\xe9.yaml", evidence())
    name = b"caf\xe9.yaml"
    commands = [["validate", "--evidence", "--format", "json"] + criteria + AS_OF,
                ["evaluate", "--format", "json"] + criteria + AS_OF,
                ["batch", "--format", "json"] + criteria + AS_OF,
                ["batch", "--format", "jsonl"] + criteria + AS_OF]
    for command in commands:
        code, out, err = run(ladder, command + [os.fsdecode(name)], d)
        not_crashed(code, problems, command[0])
        try:
            text = out.decode("utf-8")
            json.loads(text.splitlines()[0] if command[-3:-2] == ["jsonl"] else text)
        except (UnicodeDecodeError, ValueError, IndexError) as error:
            problems.append(f"{' '.join(command[:3])}: not UTF-8 JSON ({error}): {out[:200]!r}")
    # A broken file with that name: the JSON names it with U+FFFD, the text shows \xe9.
    write(d, name, b"person: [\n")
    code, out, err = run(ladder, ["validate", "--evidence"] + criteria + AS_OF +
                         ["--format", "json", os.fsdecode(name)], d)
    expect(code == 1 and "caf\ufffd.yaml" in out.decode("utf-8", "strict"),
           f"validate json: exit {code}, no caf\\ufffd.yaml in {out[:300]!r}", problems)
    code, out, err = run(ladder, ["validate", "--evidence"] + criteria + AS_OF +
                         [os.fsdecode(name)], d)
    expect(code == 1 and b"caf\\xe9.yaml:" in out,
           f"validate text: exit {code}, no visible caf\\xe9.yaml in {out[:300]!r}", problems)
    return problems


# --- XML ---------------------------------------------------------------------------------

def case_junit_well_formed(ladder, d):
    if shutil.which("xmllint") is None:
        raise Skip("xmllint is not installed")
    problems = []
    write(d, b"bad\xff.yaml", b"framework: [\n")
    write(d, "nonchar.yaml", "framework:\n  name: a\n  bogus\uffff\ufffe: 1\n".encode())
    for command in (["validate", "--format", "junit", os.fsdecode(b"bad\xff.yaml"),
                     "nonchar.yaml"],):
        code, out, err = run(ladder, command, d)
        not_crashed(code, problems, "validate --format junit")
        check = subprocess.run(["xmllint", "--noout", "-"], input=out, capture_output=True)
        expect(check.returncode == 0 and b"<testcase" in out,
               f"xmllint rejects the JUnit output: {check.stderr.decode(errors='replace')}",
               problems)
    return problems


# --- write errors ------------------------------------------------------------------------

def case_full_disk_on_stdout(ladder, d):
    if not stat.S_ISCHR(os.stat("/dev/full").st_mode):
        raise Skip("/dev/full is not the full device here")
    problems = []
    criteria = setup(d)
    write(d, "e.yaml", evidence())
    commands = [["validate", "--format", "json"] + criteria,
                ["validate", "--evidence", "--format", "json"] + criteria + AS_OF + ["e.yaml"],
                ["evaluate"] + criteria + AS_OF + ["e.yaml"], ["show"] + criteria,
                ["batch"] + criteria + AS_OF + ["e.yaml"], ["schema", "evidence"],
                ["template", "IC2"] + criteria]
    for command in commands:
        with open("/dev/full", "wb") as full:
            code, _, err = run(ladder, command, d, stdout=full)
        expect(code == 2 and "cannot write to standard output: No space left on device" in err,
               f"{' '.join(command[:2])} > /dev/full: exit {code}, stderr {err!r}", problems)
    return problems


def case_closed_pipe_with_sigpipe_ignored(ladder, d):
    problems = []
    criteria = setup(d)
    people = os.path.join(d, "people")
    os.mkdir(people)
    for i in range(300):
        write(people, f"p{i:03}.yaml", evidence(b"E%04d" % i))
    reader = subprocess.Popen(["head", "-1"], stdin=subprocess.PIPE, stdout=subprocess.DEVNULL)
    ignore = lambda: signal.signal(signal.SIGPIPE, signal.SIG_IGN)
    result = subprocess.run([ladder, "batch", "--format", "jsonl", "--jobs", "1"] + criteria +
                            AS_OF + [people], stdout=reader.stdin, stderr=subprocess.PIPE,
                            preexec_fn=ignore, timeout=60)
    reader.stdin.close()
    reader.wait()
    err = result.stderr.decode()
    expect(result.returncode == 2, f"exit {result.returncode}, expected 2", problems)
    expect("Broken pipe" in err and "stopped after" in err, f"stderr {err!r}", problems)
    stopped = [int(w) for w in err.split("stopped after ")[-1].split()[:1] if w.isdigit()]
    expect(stopped and stopped[0] < 300, f"did not stop early: {err!r}", problems)
    return problems


# --- batch - with NUL bytes ----------------------------------------------------------------

def case_nul_in_stdin_list(ladder, d):
    problems = []
    criteria = setup(d)
    write(d, "a.yaml", evidence(b"E0001"))
    write(d, "b.yaml", evidence(b"E0002"))
    code, out, err = run(ladder, ["batch", "--format", "jsonl"] + criteria + AS_OF + ["-"], d,
                         stdin=b"a.yaml\0b.yaml\n")
    rows = out.decode().splitlines()
    expect(code == 2 and len(rows) == 1 and "found a NUL byte" in rows[0] and "-0" in rows[0],
           f"newline list with a NUL: exit {code}, rows {rows}", problems)
    for flag in ("-0", "--null"):
        code, out, err = run(ladder, ["batch", flag, "--format", "jsonl"] + criteria + AS_OF +
                             ["-"], d, stdin=b"a.yaml\0b.yaml\0")
        ids = [json.loads(row)["id"] for row in out.decode().splitlines()]
        expect(code == 0 and ids == ["E0001", "E0002"], f"{flag}: exit {code}, ids {ids}",
               problems)
    return problems


# --- the same directory twice --------------------------------------------------------------

def case_directory_listed_twice(ladder, d):
    problems = []
    criteria = setup(d)
    people = os.path.join(d, "people")
    os.mkdir(people)
    write(people, "a.yaml", evidence())
    code, out, err = run(ladder, ["batch", "--format", "jsonl"] + criteria + AS_OF +
                         ["people", "./people/"], d)
    expect(code == 0 and len(out.decode().splitlines()) == 1,
           f"exit {code}, expected one row: {out!r}", problems)
    expect("listed twice" in err and "[listed-twice]" in err and "symbolic link" not in err,
           f"stderr {err!r}", problems)
    return problems


# --- --output -------------------------------------------------------------------------------

def case_output_file(ladder, d):
    if not stat.S_ISCHR(os.stat("/dev/full").st_mode):
        raise Skip("/dev/full is not the full device here")
    problems = []
    criteria = setup(d)
    write(d, "e.yaml", evidence())
    base = ["batch", "--format", "csv"] + criteria + AS_OF + ["e.yaml", "--output"]
    # Created with the umask, as a redirection would.
    code, _, err = run(ladder, base + ["report.csv"], d,
                       preexec_fn=lambda: os.umask(0o027))
    mode = stat.S_IMODE(os.stat(os.path.join(d, "report.csv")).st_mode)
    expect(code == 0 and mode == 0o640, f"umask 027: exit {code}, mode {oct(mode)}", problems)
    # A stale temporary file of a killed run is removed by the next run.
    gone = subprocess.Popen(["true"])
    gone.wait()
    stale = write(d, f".report.csv.ladder-tmp-{gone.pid}", b"half a report")
    code, _, err = run(ladder, base + ["report.csv"], d)
    expect(code == 0 and not os.path.exists(stale), f"stale temporary file left: exit {code}",
           problems)
    # A symbolic link is written through: the link stays, its target gets the report.
    write(d, "target.csv", b"old")
    os.symlink("target.csv", os.path.join(d, "link.csv"))
    code, _, err = run(ladder, base + ["link.csv"], d)
    with open(os.path.join(d, "target.csv"), "rb") as f:
        written = f.read()
    expect(code == 0 and os.path.islink(os.path.join(d, "link.csv")) and
           b",status," in written.split(b"\n")[0], f"symlink: exit {code}, target {written[:40]!r}",
           problems)
    # A link to nothing is refused.
    os.symlink("missing/nowhere.csv", os.path.join(d, "dangling.csv"))
    code, _, err = run(ladder, base + ["dangling.csv"], d)
    expect(code == 2 and "symbolic link to a file that does not exist" in err,
           f"dangling symlink: exit {code}, stderr {err!r}", problems)
    # A full disk is reported with its reason. /dev/full is a device, so it is written in
    # place; a ladder that replaced it by a file (as one that renamed over it would, as root)
    # fails here, and the device has to be made again: mknod -m 666 /dev/full c 1 7.
    code, _, err = run(ladder, base + ["/dev/full"], d)
    expect(stat.S_ISCHR(os.stat("/dev/full").st_mode), "/dev/full was replaced", problems)
    expect(code == 2 and "No space left on device" in err,
           f"--output /dev/full: exit {code}, stderr {err!r}", problems)
    return problems


def case_candidates_output_file(ladder, d):
    """candidates --output: the same report as on stdout, whole; a full disk said; never an
    input (the openings file included)."""
    problems = []
    openings = os.path.join(HERE, "..", "..", "examples", "openings")
    base = ["candidates", "--format", "html"] + AS_OF + [
        os.path.join(openings, "openings.yaml"), os.path.join(openings, "people")]
    code, shown, err = run(ladder, base, d)
    written_code, out, err = run(ladder, base + ["--output", "page.html"], d)
    with open(os.path.join(d, "page.html"), "rb") as f:
        written = f.read()
    expect(written_code == code == 1 and out == b"" and written == shown,
           f"--output page.html: exit {written_code} (stdout run {code}), {len(written)} bytes "
           f"written of {len(shown)}", problems)
    if stat.S_ISCHR(os.stat("/dev/full").st_mode):
        code, _, err = run(ladder, base + ["--output", "/dev/full"], d)
        expect(code == 2 and "No space left on device" in err,
               f"--output /dev/full: exit {code}, stderr {err!r}", problems)
    shutil.copy(os.path.join(openings, "openings.yaml"), d)
    with open(os.path.join(d, "openings.yaml"), "rb") as f:
        before = f.read()
    code, _, err = run(ladder, ["candidates"] + AS_OF + ["openings.yaml", "--output",
                                                         "openings.yaml", openings], d)
    with open(os.path.join(d, "openings.yaml"), "rb") as f:
        after = f.read()
    expect(code == 2 and "is also an input" in err and after == before,
           f"--output the openings file: exit {code}, stderr {err!r}", problems)
    return problems


def case_output_directory_not_writable_unprivileged(ladder, d):
    if os.geteuid() != 0 and shutil.which("setpriv") is None:
        raise Skip("needs root to switch to an unprivileged user with setpriv")
    problems = []
    criteria = setup(d)
    write(d, "e.yaml", evidence())
    locked = os.path.join(d, "locked")
    os.mkdir(locked, 0o755)
    for path in (d, os.path.join(d, "criteria.yaml"), os.path.join(d, "e.yaml")):
        os.chmod(path, 0o755 if os.path.isdir(path) else 0o644)
    prefix = []
    if os.geteuid() == 0:
        prefix = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", "--"]
    result = subprocess.run(prefix + [ladder, "batch"] + criteria + AS_OF +
                            ["e.yaml", "--output", "locked/out.txt"], cwd=d,
                            capture_output=True, timeout=60)
    err = result.stderr.decode()
    expect(result.returncode == 2 and "Permission denied" in err and
           not os.path.exists(os.path.join(locked, "out.txt")),
           f"exit {result.returncode}, stderr {err!r}", problems)
    return problems


# --- reading ----------------------------------------------------------------------------

def case_file_larger_than_its_stat_size(ladder, d):
    # /proc files say they are 0 bytes long and are not; a file growing while it is read is
    # the same situation: what counts is what is there when reading reaches the end.
    problems = []
    code, out, err = run(ladder, ["validate", "/proc/self/status"], d)
    text = out.decode(errors="replace") + err
    expect("[empty-file]" not in text and 0 <= code < 128,
           f"read at its stat size: exit {code}: {text[:300]}", problems)
    return problems


# --- resources that run out ------------------------------------------------------------------

def sanitized(ladder):
    with open(ladder, "rb") as f:
        binary = f.read()
    return b"__asan_init" in binary or b"__tsan_init" in binary


def limit_memory(megabytes):
    def apply():
        limit = megabytes * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    return apply


def case_out_of_memory(ladder, d):
    if sanitized(ladder):
        raise Skip("a sanitizer build reserves more address space than the limit allows")
    problems = []
    criteria = setup(d)
    big = os.path.join(d, "big.yaml")
    with open(big, "wb") as f:
        f.truncate(400 * 1024 * 1024)  # sparse: costs no disk
    code, out, err = run(ladder, ["validate", "--evidence"] + criteria + AS_OF +
                         ["--max-file-size", "1000000000", "big.yaml"], d,
                         preexec_fn=limit_memory(256))
    # A diagnostic on the file, with its code: not a message that names no file.
    shown = out.decode("utf-8", "replace") + err
    expect(code == 2 and "big.yaml: error: ran out of memory" in shown and
           "--max-file-size" in shown and "[out-of-memory]" in shown,
           f"exit {code}, output {shown!r}", problems)
    return problems


def case_threads_that_cannot_start(ladder, d):
    if sanitized(ladder):
        raise Skip("a sanitizer build reserves more address space than the limit allows")
    problems = []
    criteria = setup(d)
    write(d, "a.yaml", evidence(b"E0001"))
    write(d, "b.yaml", evidence(b"E0002"))
    code, out, err = run(ladder, ["batch", "--jobs", "1024", "--format", "jsonl"] + criteria +
                         AS_OF + ["a.yaml", "b.yaml"], d, preexec_fn=limit_memory(512))
    expect(code == 0 and len(out.splitlines()) == 2 and "worker threads" in err,
           f"exit {code}, rows {len(out.splitlines())}, stderr {err!r}", problems)
    return problems


CASES = {name[len("case_"):].replace("_", "-"): function
         for name, function in sorted(globals().items()) if name.startswith("case_")}


def main():
    if len(sys.argv) < 2:
        sys.exit("usage: run_fault_cases.py LADDER_BINARY [CASE_NAME...]")
    ladder, wanted = os.path.abspath(sys.argv[1]), set(sys.argv[2:])
    failures = ran = 0
    for name, function in CASES.items():
        if wanted and name not in wanted:
            continue
        directory = tempfile.mkdtemp(prefix="ladder-faults-")
        try:
            problems = function(ladder, directory)
        except Skip as reason:
            print(f"skip {name}: {reason}")
            continue
        finally:
            shutil.rmtree(directory, ignore_errors=True)
        ran += 1
        if problems:
            failures += 1
            print(f"FAIL {name}\n  " + "\n  ".join(problems))
        else:
            print(f"ok   {name}")
    print(f"{ran - failures} of {ran} fault cases passed")
    sys.exit(1 if failures or ran == 0 else 0)


if __name__ == "__main__":
    main()
