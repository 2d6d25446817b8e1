#!/usr/bin/python3
"""The peer: what an analyst might write instead of ladder. Reads the framework and each
evidence file with PyYAML's C loader, finds the person's next level up on their track, judges
that level's criteria (and those of the levels it includes) as well as a short script can, and
prints one JSON line per person. Not a reference implementation: `demonstrated`, `tenure`,
`points` and `interest` are judged roughly, and nothing is validated.

usage: peer_pyyaml.py CRITERIA_DIR AS_OF (FILE... | - for paths on stdin)
"""
import datetime
import glob
import json
import sys

import yaml

SCOPES = ["individual", "team", "multi_team", "org", "company", "industry"]


def load(path):
    with open(path, "rb") as f:
        return yaml.load(f, Loader=yaml.CSafeLoader)


def as_list(value):
    return value if isinstance(value, list) else [value]


def months_between(then, now):
    if isinstance(then, str):
        then = datetime.date.fromisoformat(then)
    return (now.year - then.year) * 12 + now.month - then.month - (now.day < then.day)


def count_items(rule, person, as_of, criterion_id=None):
    n = 0
    for item in person.get("evidence") or []:
        if criterion_id and criterion_id not in (item.get("demonstrates") or []):
            continue
        if "type" in rule and item.get("type") not in as_list(rule["type"]):
            continue
        if "kind" in rule and item.get("kind") not in as_list(rule["kind"]):
            continue
        if "role" in rule and item.get("role") not in as_list(rule["role"]):
            continue
        if "min_scope" in rule and (item.get("scope") not in SCOPES or SCOPES.index(
                item["scope"]) < SCOPES.index(rule["min_scope"])):
            continue
        if "within_months" in rule and months_between(item["date"], as_of) > rule["within_months"]:
            continue
        if len(item.get("endorsed_by") or []) < rule.get("min_endorsers", 0):
            continue
        n += 1
    return n


def rating(person, competency):
    value = (person.get("ratings") or {}).get(competency)
    return value.get("rating", 0) if isinstance(value, dict) else (value or 0)


def met(rule, person, as_of, criterion_id):
    if "evidence" in rule:
        r = rule["evidence"]
        return count_items(r, person, as_of) >= r.get("at_least", 1)
    if "demonstrated" in rule:
        r = rule["demonstrated"]
        return count_items(r, person, as_of, criterion_id) >= r.get("at_least", 1)
    if "rating" in rule:
        return rating(person, rule["rating"]["competency"]) >= rule["rating"]["min"]
    if "completed" in rule:
        return rule["completed"]["programme"] in (person.get("completed") or [])
    if "points" in rule:
        names = rule["points"].get("competencies") or list((person.get("ratings") or {}))
        return sum(rating(person, c) for c in names) >= rule["points"]["min"]
    if "tenure" in rule:
        since = person.get("in_level_since" if rule["tenure"].get("in") == "level" else "joined")
        return since is not None and months_between(since, as_of) >= rule["tenure"]["months"]
    if "interest" in rule:
        return rule["interest"]["track"] in (person.get("interests") or [])
    if "all_of" in rule:
        return all(met(r, person, as_of, criterion_id) for r in rule["all_of"])
    if "any_of" in rule:
        return any(met(r, person, as_of, criterion_id) for r in rule["any_of"])
    if "at_least" in rule:
        r = rule["at_least"]
        return sum(met(o, person, as_of, criterion_id) for o in r["of"]) >= r["count"]
    return False


def main():
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    levels = {}
    for path in sorted(glob.glob(sys.argv[1] + "/*.yaml")):
        for level in (load(path) or {}).get("levels") or []:
            levels[level["id"]] = level
    by_band = {(l["track"], l["band"]): l for l in levels.values()}
    as_of = datetime.date.fromisoformat(sys.argv[2])
    paths = sys.argv[3:] if sys.argv[3:] != ["-"] else (line.rstrip("\n") for line in sys.stdin)
    out = sys.stdout
    for path in paths:
        person = load(path)
        current = levels[person["level"]]
        target = by_band.get((current["track"], current["band"] + 1))
        row = {"id": person["person"]["id"], "file": path, "level": current["id"],
               "target": target and target["id"]}
        missing, count, level = [], 0, target
        while level:
            for criterion in level.get("criteria") or []:
                count += 1
                if not met(criterion, person, as_of, criterion["id"]):
                    missing.append((criterion.get("required", True), criterion["id"]))
            level = levels.get(level.get("includes"))
        row["met"] = count - len(missing)
        row["criteria"] = count
        row["verdict"] = ("top" if not target else
                          "not ready" if any(req for req, _ in missing) else "ready")
        row["gaps"] = [cid for req, cid in missing if req][:3]
        out.write(json.dumps(row) + "\n")


if __name__ == "__main__":
    main()
