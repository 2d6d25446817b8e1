#!/usr/bin/python3
"""The man page is the full reference: it renders without a warning (groff -man -ww, and
`man --warnings` as lintian runs it), names the version, has a section for every command of
`ladder --help`, and every option of `ladder COMMAND --help` is in that command's section (the
options several commands share are named there and described once, under OPTIONS OF SEVERAL
COMMANDS, which must then describe them). The man page is the one the build wrote (ladder.1 in
the build directory), the one the tarball and the .deb ship compressed.

Usage: /usr/bin/python3 tests/package/check_man_page.py LADDER_BINARY MAN_PAGE
"""
import os
import re
import shutil
import subprocess
import sys

# What -Tutf8 prints for the roff escapes of a minus and a hyphen.
DASHES = str.maketrans({"\u2212": "-", "\u2010": "-"})


def run(command, **kwargs):
    return subprocess.run(command, capture_output=True, text=True, timeout=60, **kwargs)


def help_of(ladder, *args):
    result = run([ladder, *args, "--help"], check=True, env={**os.environ, "COLUMNS": "100"})
    return result.stdout


def render(page):
    """The page as text, without bold or underlining, and groff's warnings."""
    result = run(["groff", "-man", "-Tutf8", "-ww", "-P-cbou", page],
                 env={**os.environ, "MANWIDTH": "80"})
    return result.stdout.translate(DASHES), result.stderr.strip()


def sections(text):
    """{title: lines} of the page's sections (.SH: unindented titles)."""
    out, title = {}, None
    for line in text.splitlines():
        if re.match(r"^[A-Z][A-Z ]+$", line):
            title = line
            out[title] = []
        elif title:
            out[title].append(line)
    return out


def subsections(lines):
    """{title: text} of a section's subsections (.SS: titles indented by 3 spaces)."""
    out, title = {}, None
    for line in lines:
        match = re.match(r"^   (\S.*)$", line)
        if match:
            title = match.group(1)
            out[title] = ""
        elif title:
            out[title] += line + "\n"
    return out


def flags_of(help_text):
    """The options a --help lists: each entry's names (-f and --format alike)."""
    flags = set()
    for entry in re.findall(r"^  (-\S+)", help_text, re.MULTILINE):
        for name in entry.split(","):
            flags.add(re.sub(r"[\[{].*", "", name))  # --explain[=all]
    return flags


def names_in(text):
    """The options a paragraph of the page names."""
    return set(re.findall(r"(?<![\w-])(--?[a-zA-Z0-9][a-zA-Z0-9-]*)", text))


def is_entry(flag, text):
    """Whether `text` describes `flag` in an entry of its own: a tag line (`-f, --format ...`)
    at the indentation of an option list."""
    return re.search(rf"^ {{7}}(?:-[\w-]+, )*{re.escape(flag)}(?![\w-])", text, re.MULTILINE)


def main():
    ladder, page = sys.argv[1], sys.argv[2]
    problems = []
    if not shutil.which("groff"):
        print("check_man_page: skipped: no groff (Debian: groff-base)", file=sys.stderr)
        return 77
    text, warnings = render(page)
    if warnings:
        problems.append(f"groff -ww warns: {warnings}")
    if shutil.which("man"):
        result = run(["man", "--warnings", "-E", "UTF-8", "-l", "-Tutf8", "-Z", page],
                     env={**os.environ, "MANWIDTH": "80", "LC_ALL": "C.UTF-8"})
        if result.stderr.strip():
            problems.append(f"man --warnings: {result.stderr.strip()}")
    version = run([ladder, "--version"], check=True).stdout.splitlines()[0]
    if version not in text:
        problems.append(f"the page does not say '{version}'")

    parts = sections(text)
    for wanted in ("NAME", "SYNOPSIS", "DESCRIPTION", "COMMANDS", "OPTIONS OF SEVERAL COMMANDS",
                   "EXIT STATUS", "ENVIRONMENT", "FILES", "FILE FORMATS"):
        if wanted not in parts:
            problems.append(f"no section {wanted} (sections: {list(parts)})")
    commands = subsections(parts.get("COMMANDS", []))
    shared = "\n".join(parts.get("OPTIONS OF SEVERAL COMMANDS", []))
    listed = re.findall(r"^  ([a-z]+)  ", help_of(ladder), re.MULTILINE)
    if not listed:
        problems.append("ladder --help lists no commands")
    options = 0
    for command in listed:
        section = commands.get(command)
        if section is None:
            problems.append(f"COMMANDS has no subsection {command} (it has {list(commands)})")
            continue
        if f"ladder {command}" not in "\n".join(parts.get("SYNOPSIS", [])):
            problems.append(f"SYNOPSIS lacks 'ladder {command}'")
        # The options the section names as shared, described under OPTIONS OF SEVERAL COMMANDS.
        also = re.search(r"Also the options of every command(.*?)see\s+OPTIONS\s+OF\s+SEVERAL\s+"
                         r"COMMANDS", section, re.S)
        if also is None:
            problems.append(f"the {command} section does not name the options it shares")
        named_shared = names_in(also.group(1)) if also else set()
        for flag in sorted(flags_of(help_of(ladder, command))):
            options += 1
            if is_entry(flag, section):
                continue
            if flag not in named_shared:
                problems.append(f"'ladder {command} {flag}' is in --help but not in the page's "
                                f"{command} section")
            elif not is_entry(flag, shared):
                problems.append(f"{flag}, named under {command}, is not described under "
                                f"OPTIONS OF SEVERAL COMMANDS")
    for problem in problems:
        print(f"FAIL: {problem}", file=sys.stderr)
    if not problems:
        print(f"check_man_page: {len(listed)} commands, {options} options of their --help in "
              f"the page, rendered without warnings")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
