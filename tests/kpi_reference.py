#!/usr/bin/env python3
"""An independent implementation of DESIGN §3 used to check `qadesk-cli kpi`.

  kpi_reference.py generate SEED N OUT.jsonl      random interactions with mixed UTC offsets
  kpi_reference.py expect IN.jsonl [kpi options]  the KPI buckets the CLI must print, as JSON
"""
import datetime as dt
import json
import random
import sys
from zoneinfo import ZoneInfo


def generate(seed, n, out):
    rng = random.Random(seed)
    offsets = ["+08:00", "+00:00", "-05:00", "+05:30", "-03:00", "+09:00", "Z"]
    with open(out, "w", encoding="utf-8") as f:
        for i in range(n):
            day = dt.date(2024, 1, 1) + dt.timedelta(days=rng.randrange(400))
            t = dt.time(rng.randrange(24), rng.randrange(60), rng.randrange(60))
            rec = {
                "external_id": f"REF-{i}",
                "channel": rng.choice(["phone", "chat", "email", "other"]),
                "started_at": f"{day.isoformat()}T{t.isoformat()}{rng.choice(offsets)}",
                "agent": {"id": f"A{rng.randrange(6)}", "team": rng.choice(["售后一组", "投诉组", "Team X"])},
                "category": rng.choice(["consultation", "complaint", "after_sales", "suggestion", "other"]),
            }
            if rng.random() < 0.8:
                rec["handle_s"] = rng.randrange(30, 1200)
            if rng.random() < 0.7:
                rec["first_response_s"] = round(rng.uniform(0.5, 60), 1)
            if rng.random() < 0.7:
                rec["resolved_first_contact"] = rng.random() < 0.7
            rec["complaint"] = rng.random() < 0.1
            survey = {}
            if rng.random() < 0.3:
                survey["csat"] = rng.randrange(1, 6)
            if rng.random() < 0.3:
                survey["nps"] = rng.randrange(0, 11)
            if rng.random() < 0.2:
                survey["ces"] = rng.randrange(1, 8)
            if survey:
                rec["survey"] = survey
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")


def parse_args(args):
    opts = {"bucket": "none", "tz": "UTC"}
    i = 0
    while i < len(args):
        opts[args[i][2:]] = args[i + 1]
        i += 2
    return opts


def bucket_start(d, bucket):
    if bucket == "day" or bucket == "none":
        return d
    if bucket == "week":
        return d - dt.timedelta(days=d.weekday())
    return d.replace(day=1)


def expect(path, args):
    o = parse_args(args)
    tz = ZoneInfo(o["tz"])
    lo = dt.date.fromisoformat(o["from"]) if "from" in o else None
    hi = dt.date.fromisoformat(o["to"]) if "to" in o else None
    rows = []
    for line in open(path, encoding="utf-8"):
        r = json.loads(line)
        local = dt.datetime.fromisoformat(r["started_at"].replace("Z", "+00:00")).astimezone(tz).date()
        if (lo and local < lo) or (hi and local > hi):
            continue
        if "team" in o and r["agent"].get("team") != o["team"]:
            continue
        if "agent" in o and r["agent"]["id"] != o["agent"]:
            continue
        if "channel" in o and r.get("channel") != o["channel"]:
            continue
        if "category" in o and r.get("category") != o["category"]:
            continue
        rows.append((local, r))
    groups = {}
    for local, r in rows:
        groups.setdefault(bucket_start(local, o["bucket"]) if o["bucket"] != "none" else None, []).append(r)
    if o["bucket"] == "none":
        first = lo or (min(l for l, _ in rows) if rows else None)
        groups = {first: groups.get(None, [])}

    def rate(num, den):
        return None if den == 0 else 100.0 * num / den

    def mean(values):
        return None if not values else sum(values) / len(values)

    out = []
    for start in sorted(groups, key=lambda d: d or dt.date.min):
        rs = groups[start]
        s = [r.get("survey", {}) for r in rs]
        csat = [x["csat"] for x in s if "csat" in x]
        nps = [x["nps"] for x in s if "nps" in x]
        ces = [x["ces"] for x in s if "ces" in x]
        fcr = [r["resolved_first_contact"] for r in rs if "resolved_first_contact" in r]
        out.append({
            "start": start.isoformat() if start else None,
            "interactions": len(rs),
            "csat": rate(sum(1 for c in csat if c >= 4), len(csat)), "csat_n": len(csat),
            "nps": rate(sum(1 for v in nps if v >= 9) - sum(1 for v in nps if v <= 6), len(nps)), "nps_n": len(nps),
            "ces": rate(sum(1 for v in ces if v >= 5), len(ces)), "ces_n": len(ces),
            "fcr": rate(sum(1 for v in fcr if v), len(fcr)),
            "aht_s": mean([r["handle_s"] for r in rs if "handle_s" in r]),
            "first_response_s": mean([r["first_response_s"] for r in rs if "first_response_s" in r]),
            "complaint_rate": rate(sum(1 for r in rs if r.get("complaint")), len(rs)),
            "qa_score": None, "evaluations": 0,
        })
    json.dump({"buckets": out}, sys.stdout, ensure_ascii=False)


def compare(expected_path, actual_path):
    e = json.load(open(expected_path))["buckets"]
    a = json.load(open(actual_path))["buckets"]
    assert len(e) == len(a), f"{len(e)} buckets expected, {len(a)} printed"
    for x, y in zip(e, a):
        for k, v in x.items():
            w = y[k]
            if isinstance(v, float) or isinstance(w, float):
                assert v is not None and w is not None and abs(v - w) < 1e-9, (x["start"], k, v, w)
            else:
                assert v == w, (x["start"], k, v, w)


if __name__ == "__main__":
    if sys.argv[1] == "generate":
        generate(int(sys.argv[2]), int(sys.argv[3]), sys.argv[4])
    elif sys.argv[1] == "expect":
        expect(sys.argv[2], sys.argv[3:])
    else:
        compare(sys.argv[2], sys.argv[3])
