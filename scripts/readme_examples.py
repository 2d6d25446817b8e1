#!/usr/bin/env python3
"""Keeps the command outputs shown in README.md and docs/ real.

Every `<!-- run: ARGS -->` marker in a Markdown file is followed by a fenced block holding the
output of `ladder ARGS` (run in the repository root with NO_COLOR=1), then `exit status N`.
  readme_examples.py LADDER FILE.md           rewrite the blocks from the real binary
  readme_examples.py LADDER FILE.md --check   fail if any block differs (run by the tests)
The repository root is the nearest directory above FILE.md holding CMakeLists.txt.
"""
import os
import re
import shlex
import subprocess
import sys

MARKER = re.compile(r"<!-- run: (?P<args>.*?) -->\n```text\n(?P<body>.*?)```\n", re.S)


def run(ladder, args, root):
    env = dict(os.environ, NO_COLOR="1")
    env.pop("CLICOLOR_FORCE", None)
    env.pop("FORCE_COLOR", None)
    env.pop("LADDER_CRITERIA", None)
    env.pop("COLUMNS", None)
    result = subprocess.run([ladder] + shlex.split(args), cwd=root, env=env,
                            stdin=subprocess.DEVNULL, capture_output=True, text=True)
    text = result.stdout + result.stderr
    return f"$ ladder {args}\n{text}exit status {result.returncode}\n"


def main():
    ladder, readme = os.path.abspath(sys.argv[1]), sys.argv[2]
    check = "--check" in sys.argv[3:]
    root = os.path.dirname(os.path.abspath(readme))
    while not os.path.exists(os.path.join(root, "CMakeLists.txt")) and root != "/":
        root = os.path.dirname(root)
    original = open(readme, encoding="utf-8").read()
    stale = []

    def replace(match):
        body = run(ladder, match.group("args"), root)
        if body != match.group("body"):
            stale.append(match.group("args"))
        return f"<!-- run: {match.group('args')} -->\n```text\n{body}```\n"

    updated = MARKER.sub(replace, original)
    if check:
        for args in stale:
            print(f"{readme}: the output of 'ladder {args}' is out of date; "
                  f"run scripts/readme_examples.py build/ladder {readme}", file=sys.stderr)
        return 1 if stale else 0
    with open(readme, "w", encoding="utf-8") as out:
        out.write(updated)
    print(f"updated {len(stale)} block(s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
