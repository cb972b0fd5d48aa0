#!/usr/bin/env python3
"""Carry a solved plan's last year forward as the base year of the next planning period.

    scripts/next-period.py PLAN.json DATA OUT [--years 2026-2030] [--applicants FILE]

Reads the plan (a `skillplan solve -o` file) and the data folder it was solved from,
and writes into OUT the tables of the next period whose base year is the plan's last
year (docs/data-format.md; Data/README.md, "The next period"):

- initial_students.csv: each programme level's students and classes in every year of
  study in the last year, from the plan's intakes kept at levels.csv's retention (every
  cohort still studying then entered within the plan's years) and its classes running;
- applicants.csv: each programme level's applicants in the new years, projected from its
  applicants of the plan's years by their trend (the least-squares yearly growth of
  log(applicants), held within -5%..+5%), from the last year's value; --applicants names
  the table to project from (default DATA/applicants.csv);
- teacher_leavers.csv: the departures of the plan's years, repeated one period later.

It prints the overrides of the 2025 state that the scenario file gives (each teacher
group's headcount, each school's seats). Every row it writes is an assumption and says so.
"""
import argparse
import csv
import json
import math
import os


def read(path):
    with open(path, encoding="utf-8-sig") as f:
        return list(csv.DictReader(line for line in f if not line.lstrip().startswith("#")))


def write(path, header, rows):
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def whole(x):
    return int(math.floor(x + 0.5))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("plan")
    parser.add_argument("data")
    parser.add_argument("out")
    parser.add_argument("--years", default=None, help="the new planning years, e.g. 2026-2030")
    parser.add_argument("--applicants", default=None, help="the applicants table to project from")
    args = parser.parse_args()

    plan = json.load(open(args.plan, encoding="utf-8"))
    last = max(plan["years"])
    first_new, last_new = (last + 1, last + 5)
    if args.years:
        first_new, last_new = (int(y) for y in args.years.split("-"))
    new_years = list(range(first_new, last_new + 1))
    levels = {r["id"]: r for r in read(os.path.join(args.data, "levels.csv"))}
    plan_name = f"plan {os.path.basename(args.plan)} (scenario {plan['scenario']}, input hash {plan['inputHash'][:12]})"
    os.makedirs(args.out, exist_ok=True)

    # Students and classes by year of study in the last year.
    intake = {(r["programme"], r["level"], r["year"]): r["intake"] for r in plan["programmeLevels"]}
    students = []
    for r in plan["programmeLevels"]:
        if r["year"] != last:
            continue
        level = levels[r["level"]]
        duration, retention = int(level["duration"]), float(level["retention"])
        for k in range(1, duration + 1):
            entry = last - k + 1
            if entry < min(plan["years"]):
                raise SystemExit(f"{r['programme']} {r['level']}: the cohort of year of study {k} entered in {entry}, before the plan; "
                                 "give a plan whose years cover the longest course")
            count = intake.get((r["programme"], r["level"], entry), 0) * retention ** (k - 1)
            classes = r["classesByYearOfStudy"][k - 1]
            if count <= 0 and classes <= 0:
                continue
            students.append([r["programme"], r["level"], k, round(count, 2), whole(classes),
                             f"assumption: the {last} state of {plan_name}: the intake of {entry} kept at the level's retention {retention}; "
                             f"range: the applicants ranges of ranges.csv"])
    write(os.path.join(args.out, "initial_students.csv"),
          ["programme", "level", "year_of_study", "students", "classes", "source"], students)

    # Applicants projected by trend.
    source_table = args.applicants or os.path.join(args.data, "applicants.csv")
    series = {}
    for r in read(source_table):
        series.setdefault((r["programme"], r["level"]), {})[int(r["year"])] = float(r["applicants"])
    rows = []
    for (programme, level), values in series.items():
        years = sorted(y for y in values if y in plan["years"] and values[y] > 0)
        if last not in values or len(years) < 2:
            continue
        mean_year = sum(years) / len(years)
        logs = [math.log(values[y]) for y in years]
        mean_log = sum(logs) / len(logs)
        slope = sum((y - mean_year) * (v - mean_log) for y, v in zip(years, logs)) / sum((y - mean_year) ** 2 for y in years)
        growth = max(-0.05, min(0.05, math.exp(slope) - 1))
        for y in new_years:
            rows.append([programme, level, y, whole(values[last] * (1 + growth) ** (y - last)),
                         f"assumption: projected from the {years[0]}–{years[-1]} applicants of {os.path.basename(source_table)} by their trend "
                         f"({growth * 100:+.1f}% a year, least squares on the logarithm, held within ±5%), from {whole(values[last])} in {last}; "
                         f"range: the applicants factors of ranges.csv"])
    write(os.path.join(args.out, "applicants.csv"), ["programme", "level", "year", "applicants", "source"], rows)

    # Departures repeated one period later.
    shift = first_new - min(plan["years"])
    leavers = []
    for r in read(os.path.join(args.data, "teacher_leavers.csv")):
        y = int(r["year"]) + shift
        if y in new_years:
            leavers.append([r["group"], y, r["leavers"], f"assumption: the departures of {r['year']} repeated {shift} years later (expected retirements)"])
    write(os.path.join(args.out, "teacher_leavers.csv"), ["group", "year", "leavers", "source"], leavers)

    print(f"# the {last} state of {plan_name}, for the scenario file's overrides:")
    print("overrides:")
    print("  schools:")
    for r in plan["schools"]:
        if r["year"] == last:
            print(f"    {r['school']}: {{capacity: {whole(r['capacity'])}}}")
    print("  teacher_groups:")
    for r in plan["groups"]:
        if r["year"] == last:
            # A group that plans qualification starts the period with the plan's qualified teachers.
            qualified = f", qualified_base: {whole(r['qualified'])}" if r.get("qualified") is not None else ""
            print(f"    {r['group']}: {{headcount: {whole(r['headcount'])}{qualified}}}")


if __name__ == "__main__":
    main()
