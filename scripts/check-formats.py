#!/usr/bin/env python3
"""Checks nightcramp's exports with independent parsers: the FHIR Bundle with fhir.resources
(the R4B models, R4-compatible) and the reminders with Python's icalendar.

Builds a small diary through the real binary (profile, medicines, cramps, a quiet night),
then parses what `export --format fhir` and `reminders` write. Prints one line per check and
a closing "N passed, N failed" line; exits non-zero on any failure.
"""
import json
import os
import subprocess
import sys
import tempfile
from datetime import timedelta

from fhir.resources.R4B.bundle import Bundle
from icalendar import Calendar

BIN = os.environ.get("NIGHTCRAMP_BIN", os.path.join(os.path.dirname(__file__), "..", "target", "debug", "nightcramp"))
results = []


def check(name, ok, detail=""):
    results.append(ok)
    print(f"{'ok' if ok else 'FAILED'}: {name}{' - ' + detail if detail and not ok else ''}")


def run(env, *args, stdin=None):
    out = subprocess.run([BIN, *args], env=env, capture_output=True, text=True, input=stdin)
    if out.returncode != 0:
        raise SystemExit(f"nightcramp {' '.join(args)} failed: {out.stderr}")
    return out.stdout


with tempfile.TemporaryDirectory() as tmp:
    env = dict(os.environ, NIGHTCRAMP_DB=os.path.join(tmp, "diary.db"), NIGHTCRAMP_NOW="2026-11-28T09:00:00+01:00")
    run(env, "profile", "--timezone", "Europe/Berlin", "--birth-year", "1955", "--condition", "diabetes")
    run(env, "meds", "add", "--name", "hydrochlorothiazide", "--since", "2026-06-01")
    run(env, "meds", "add", "--name", "atorvastatin", "--since", "2025-01-10", "--until", "2026-03-01")
    run(env, "cramp", "--at", "2026-11-25T03:10", "--side", "right", "--pain", "7", "--lasted", "3m", "--relief", "stretch,walk", "--soreness", "5")
    run(env, "cramp", "--at", "2026-11-27T02:40", "--side", "left", "--pain", "4", "--lasted", "50s", "--notes", "after a long walk; calf hard")
    run(env, "night", "--none", "--date", "2026-11-25", "--disturbance", "2")

    bundle_path = os.path.join(tmp, "bundle.json")
    run(env, "export", "--format", "fhir", "--out", bundle_path)
    raw = json.load(open(bundle_path))
    try:
        bundle = Bundle.model_validate(raw)
        check("the FHIR Bundle validates against the R4(B) models", True)
    except Exception as e:  # the validator's own message is the detail
        check("the FHIR Bundle validates against the R4(B) models", False, str(e)[:2000])
        bundle = None
    if bundle is not None:
        kinds = [e.resource.__resource_type__ for e in bundle.entry]
        check("one Patient", kinds.count("Patient") == 1, str(kinds))
        observations = [e.resource for e in bundle.entry if e.resource.__resource_type__ == "Observation"]
        cramps = [o for o in observations if o.code.coding[0].code == "75325-1"]
        check("an Observation per cramp, coded LOINC 75325-1", len(cramps) == 2, str(len(cramps)))
        check("the symptom is SNOMED 449918009", all(o.valueCodeableConcept.coding[0].code == "449918009" for o in cramps))
        durations = sorted(int((o.effectivePeriod.end - o.effectivePeriod.start).total_seconds()) for o in cramps)
        check("effectivePeriod spans each cramp", durations == [50, 180], str(durations))
        pains = sorted(c.valueInteger for o in cramps for c in o.component if c.code.coding[0].code == "72514-3")
        check("pain as a 0-10 component (LOINC 72514-3)", pains == [4, 7], str(pains))
        absent = [o for o in observations if o.valueBoolean is False]
        check("the quiet night is an absent-symptom Observation", len(absent) == 1)
        frequency = [o for o in observations if o.code.coding[0].code == "104156-5"]
        check("summary frequency Observations in /wk", len(frequency) == 2 and all(o.valueQuantity.code == "/wk" for o in frequency))
        meds = [e.resource for e in bundle.entry if e.resource.__resource_type__ == "MedicationStatement"]
        check("MedicationStatements with their status", sorted(m.status for m in meds) == ["active", "completed"], str([m.status for m in meds]))
        check("the condition is a Condition", kinds.count("Condition") == 1)
        ids = [e.fullUrl for e in bundle.entry]
        check("every entry has its own fullUrl", len(ids) == len(set(ids)))

    report = os.path.join(tmp, "report.pdf")
    run(env, "report", "--out", report)
    info = subprocess.run(["pdfinfo", report], capture_output=True, text=True).stdout
    pages = int(next((l.split()[-1] for l in info.splitlines() if l.startswith("Pages:")), "0"))
    check("the report is one or two pages", 1 <= pages <= 2, info)
    fonts = subprocess.run(["pdffonts", report], capture_output=True, text=True).stdout.splitlines()[2:]
    check("every font in the report is embedded", bool(fonts) and all(line.split()[-5] == "yes" for line in fonts), "\n".join(fonts))
    artifacts = os.path.join(os.path.dirname(__file__), "..", "e2e", "artifacts")
    os.makedirs(artifacts, exist_ok=True)
    subprocess.run(["pdftoppm", "-png", "-r", "80", report, os.path.join(artifacts, "report-pdf")], check=True)
    check("the report renders to a picture", os.path.exists(os.path.join(artifacts, "report-pdf-1.png")))

    ics = run(env, "reminders", "--out", "-", "--bedtime", "23:00", "--wake", "06:30", "--water", "5")
    try:
        cal = Calendar.from_ical(ics)
        check("the reminders parse as iCalendar", True)
    except Exception as e:
        check("the reminders parse as iCalendar", False, str(e))
        cal = None
    if cal is not None:
        events = cal.walk("VEVENT")
        check("five water reminders and the stretch", len(events) == 6, str(len(events)))
        check("every event repeats daily", all(str(e.get("RRULE").get("FREQ")[0]) == "DAILY" for e in events))
        check("every event has a display alarm", all(any(a.get("ACTION") == "DISPLAY" for a in e.walk("VALARM")) for e in events))
        stretch = [e for e in events if "stretch" in str(e.get("SUMMARY")).lower()][0]
        start = stretch.decoded("DTSTART")
        check("the stretch is at bedtime in the person's zone", (start.hour, start.minute) == (22, 50) and str(start.tzinfo) in ("Europe/Berlin", "CET"), f"{start} {start.tzinfo}")
        check("the calendar carries the zone's VTIMEZONE", len(cal.walk("VTIMEZONE")) == 1)
        times = sorted((e.decoded("DTSTART").hour, e.decoded("DTSTART").minute) for e in events if "water" in str(e.get("SUMMARY")).lower())
        check("water spread from an hour after waking to two hours before bed", times[0] == (7, 30) and times[-1] == (21, 0), str(times))

failed = results.count(False)
print(f"formats: {len(results) - failed} passed, {failed} failed")
sys.exit(1 if failed else 0)
