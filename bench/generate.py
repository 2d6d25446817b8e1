#!/usr/bin/python3
"""Writes N synthetic evidence files, valid against the shipped framework (criteria/engineering)
as of 2026-11-01, of 3-5 KB each like real ones. Deterministic: the same seed and N give the same
bytes. Files go into subdirectories of 1,000 (OUT/000/person-000000.yaml, ...), the way HR keeps
them by team, so that a directory walk never holds more than one directory's listing.

usage: generate.py N OUT_DIR [--seed S]
"""
import os
import random
import sys

COMPETENCIES = ["technical_depth", "delivery", "collaboration", "communication",
                "people_development", "influence", "operational_excellence"]
PROGRAMMES = ["secure-coding", "incident-commander", "mentoring-circle", "interview-training",
              "tech-lead-essentials", "architecture-reviewer", "manager-foundations"]
LEVELS = [("ic", "IC1"), ("ic", "IC2"), ("ic", "IC3"), ("ic", "IC3"), ("ic", "IC4"),
          ("ic", "IC5"), ("management", "M1"), ("management", "M2")]
CRITERIA = ["ic3-design-docs", "ic4-technical-direction", "ic4-cross-team-lead",
            "ic3-leads-team-projects", "ic5-strategy", "m1-people-development",
            "m1-team-health", "ic4-multiplier", "ic2-shares-learning"]
TYPES = ["project", "design", "incident", "mentoring", "hiring", "talk", "writing", "review",
         "initiative", "feedback"]
KINDS = ["artifact", "artifact", "artifact", "testimony", "sign_off"]
ROLES = ["lead", "owner", "contributor", "mentor", "sponsor", "reviewer"]
SCOPES = ["individual", "team", "multi_team", "org", "company"]
WORDS = ["billing", "search", "ledger", "checkout", "payments", "latency", "indexer", "gateway",
         "migration", "observability", "onboarding", "reliability", "caching", "pipeline"]


def date(rng, first_year=2023):
    return f"{rng.randint(first_year, 2026)}-{rng.randint(1, 10):02d}-{rng.randint(1, 28):02d}"


def item(rng, n):
    words = rng.sample(WORDS, 3)
    lines = [f"  - id: item-{n}-{words[0]}",
             f"    type: {rng.choice(TYPES)}",
             f"    kind: {rng.choice(KINDS)}",
             f"    title: \"{words[0].capitalize()} {words[1]} work for the {words[2]} team\"",
             f"    date: {date(rng)}",
             f"    role: {rng.choice(ROLES)}",
             f"    scope: {rng.choice(SCOPES)}",
             f"    competencies: [{', '.join(rng.sample(COMPETENCIES, rng.randint(1, 3)))}]"]
    if rng.random() < 0.5:
        lines.append(f"    demonstrates: [{', '.join(rng.sample(CRITERIA, rng.randint(1, 2)))}]")
    lines.append(f"    tags: [{', '.join(rng.sample(WORDS, 2))}]")
    lines.append(f"    links: [https://wiki.example.com/{words[0]}/{words[1]}-{n}]")
    endorsers = [f"E{rng.randint(1, 9999):04d}" for _ in range(rng.randint(0, 3))]
    if endorsers:
        lines.append(f"    endorsed_by: [{', '.join(endorsers)}]")
    return "\n".join(lines) + "\n"


def person(rng, index):
    track, level = rng.choice(LEVELS)
    interests = [track] if rng.random() < 0.8 else ["ic", "management"]
    out = [f"# Synthetic evidence file {index} for the ladder benchmark.",
           "person:", f"  id: E{index:06d}", f"  name: Person {index}",
           f"track: {track}", f"level: {level}", f"in_level_since: {date(rng, 2021)}",
           "joined: 2019-09-01", f"interests: [{', '.join(interests)}]", "ratings:"]
    for competency in COMPETENCIES:
        out.append(f"  {competency}: {{rating: {rng.randint(1, 5)}, by: E0007, "
                   f"date: 2026-09-15}}")
    out.append(f"completed: [{', '.join(rng.sample(PROGRAMMES, rng.randint(1, 4)))}]")
    out.append("evidence:")
    text = "\n".join(out) + "\n"
    n = 0
    target = rng.randint(3200, 4800)
    while len(text) < target:
        text += item(rng, n)
        n += 1
    return text


def main():
    args = sys.argv[1:]
    seed = 42
    if "--seed" in args:
        i = args.index("--seed")
        seed = int(args[i + 1])
        del args[i:i + 2]
    if len(args) != 2:
        sys.exit(__doc__)
    count, out_dir = int(args[0]), args[1]
    rng = random.Random(seed)
    for index in range(count):
        directory = os.path.join(out_dir, f"{index // 1000:03d}")
        if index % 1000 == 0:
            os.makedirs(directory, exist_ok=True)
        with open(os.path.join(directory, f"person-{index:06d}.yaml"), "w") as f:
            f.write(person(rng, index))


if __name__ == "__main__":
    main()
