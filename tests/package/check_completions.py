#!/usr/bin/python3
"""The shell completions offer what the binary has: every command of `ladder --help`, and every
long flag of `ladder COMMAND --help`, appears in the bash, zsh and fish completion files.

Usage: /usr/bin/python3 tests/package/check_completions.py LADDER_BINARY REPO_ROOT
"""
import pathlib
import re
import subprocess
import sys

COMMANDS = ["validate", "evaluate", "place", "show", "template", "schema", "batch", "candidates", "publish", "test",
            "diff", "init"]


def help_of(ladder, *args):
    return subprocess.run([ladder, *args, "--help"], capture_output=True, text=True,
                          check=True, timeout=60).stdout


def main():
    ladder, root = sys.argv[1], pathlib.Path(sys.argv[2])
    completions = root / "packaging" / "completions"
    files = {name: (completions / name).read_text() for name in
             ("ladder.bash", "_ladder", "ladder.fish")}
    problems = []
    listed = re.findall(r"^  ([a-z]+)  ", help_of(ladder), re.MULTILINE)
    if sorted(listed) != sorted(COMMANDS):
        problems.append(f"ladder --help lists {listed}, this test knows {COMMANDS}")
    for command in COMMANDS:
        flags = set(re.findall(r"(?<![\w-])--([a-z][a-z-]+)", help_of(ladder, command)))
        flags -= {"help"}
        for name, text in files.items():
            if command not in text:
                problems.append(f"{name}: no command {command}")
            for flag in sorted(flags):
                # fish names a flag `-l format`; bash and zsh write `--format`.
                wanted = f"-l {flag}" if name.endswith(".fish") else f"--{flag}"
                if wanted not in text:
                    problems.append(f"{name}: 'ladder {command} --{flag}' is not completed")
    for problem in problems:
        print(f"FAIL: {problem}", file=sys.stderr)
    if not problems:
        print(f"check_completions: {len(COMMANDS)} commands, their flags in 3 shells")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
