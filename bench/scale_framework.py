#!/usr/bin/python3
"""Writes a framework FACTOR times the size of SRC_DIR's (default 10): every criterion of every
level and every transition is kept and joined by FACTOR-1 copies with new ids (ID-x1, ID-x2,
...), so the levels, tracks and ratings stay those of the shipped framework and every file
that validates against it still validates against the copy. The other files are copied as they
are. Deterministic.

usage: scale_framework.py SRC_DIR OUT_DIR [FACTOR]
"""
import copy
import os
import shutil
import sys

import yaml


def scaled(criteria, factor):
    out = list(criteria)
    for k in range(1, factor):
        for criterion in criteria:
            twin = copy.deepcopy(criterion)
            twin["id"] = f"{criterion['id']}-x{k}"
            out.append(twin)
    return out


def main():
    if len(sys.argv) not in (3, 4):
        sys.exit(__doc__)
    src, out = sys.argv[1], sys.argv[2]
    factor = int(sys.argv[3]) if len(sys.argv) == 4 else 10
    os.makedirs(out, exist_ok=True)
    for name in sorted(os.listdir(src)):
        if not name.endswith((".yaml", ".yml")):
            continue
        with open(os.path.join(src, name)) as f:
            document = yaml.load(f, Loader=yaml.CSafeLoader)
        groups = (document or {}).get("levels") or (document or {}).get("transitions")
        if not groups:
            shutil.copyfile(os.path.join(src, name), os.path.join(out, name))
            continue
        for group in groups:
            group["criteria"] = scaled(group.get("criteria") or [], factor)
        with open(os.path.join(out, name), "w") as f:
            f.write(f"# {name} of {src}, each criterion repeated {factor} times (bench).\n")
            yaml.dump(document, f, Dumper=yaml.CSafeDumper, sort_keys=False, width=100)


if __name__ == "__main__":
    main()
