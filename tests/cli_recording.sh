#!/usr/bin/env bash
# The `qadesk-cli recording` contract: the energy analysis of an interaction's recording as JSON (duration_ms,
# sample_rate, channels, speech_ms, silences, overtalk, first_agent_response_ms), exit 1 for a missing or
# unsupported recording or interaction, 2 for usage errors; the recording found under --recordings-root.
#   bash cli_recording.sh <path-to-qadesk-cli> <tests/data>
set -uo pipefail
CLI="$1"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
DB="$WORK/db.sqlite"
export XDG_CACHE_HOME="$WORK/cache"
failures=0

fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }

run() {
    local expected="$1"; shift
    "$CLI" --db "$DB" "$@" >"$WORK/out.json" 2>"$WORK/err.txt"
    local code=$?
    [[ $code -eq $expected ]] || fail "'$*' exited $code, expected $expected; stderr: $(cat "$WORK/err.txt")"
}

check() {
    python3 - "$WORK/out.json" "$1" <<'PY' || fail "check failed: $1 (stdout: $(cat "$WORK/out.json"))"
import json, sys
d = json.load(open(sys.argv[1]))
sys.exit(0 if eval(sys.argv[2]) else 1)
PY
}

# A stereo 8 kHz call of 30 s: customer (right) 1.0–3.0 s, agent (left) 4.2–9.0 s, customer again 8.5–12.0 s
# (0.5 s over the agent), then nobody for 15 s (12.0–27.0), agent 27.0–29.0, 1 s of nothing.
mkdir -p "$WORK/import/rec" "$WORK/root"
python3 - "$WORK/import/rec/call-1.wav" <<'PY'
import math, struct, sys, wave
rate, seconds = 8000, 30
frames = [[0, 0] for _ in range(rate * seconds)]
for channel, start, end in [(1, 1.0, 3.0), (0, 4.2, 9.0), (1, 8.5, 12.0), (0, 27.0, 29.0)]:
    for f in range(round(start * rate), round(end * rate)):
        frames[f][channel] = int(8000 * math.sin(2 * math.pi * 440 * f / rate))
with wave.open(sys.argv[1], "wb") as w:
    w.setnchannels(2); w.setsampwidth(2); w.setframerate(rate)
    w.writeframes(b"".join(struct.pack("<hh", *f) for f in frames))
PY
cp "$WORK/import/rec/call-1.wav" "$WORK/root/call-2.wav"
# An MP3 (tests/data/audio/make-fixtures.sh): 13 s stereo 8 kHz, customer (right) 0.5–2.5 s and 5.2–7.0 s, agent
# (left) 3.7–6.0 s (over the customer from 5.2 s) and 11.0–12.0 s, nobody 7.0–11.0 s.
cp "$2/audio/call.mp3" "$WORK/import/rec/call-6.mp3"
printf 'not audio at all' > "$WORK/import/rec/broken.wav"
printf 'not audio either' > "$WORK/import/rec/broken.mp3"
cat > "$WORK/import/calls.jsonl" <<'JSON'
{"external_id": "REC-1", "channel": "phone", "started_at": "2024-03-05T09:15:02+08:00", "agent": {"id": "A1"}, "recording": "rec/call-1.wav"}
{"external_id": "REC-2", "channel": "phone", "started_at": "2024-03-05T10:15:02+08:00", "agent": {"id": "A1"}, "recording": "call-2.wav"}
{"external_id": "REC-3", "channel": "phone", "started_at": "2024-03-05T11:15:02+08:00", "agent": {"id": "A1"}, "recording": "rec/broken.wav"}
{"external_id": "REC-5", "channel": "phone", "started_at": "2024-03-05T13:15:02+08:00", "agent": {"id": "A1"}, "recording": "rec/broken.mp3"}
{"external_id": "REC-6", "channel": "phone", "started_at": "2024-03-05T14:15:02+08:00", "agent": {"id": "A1"}, "recording": "rec/call-6.mp3"}
{"external_id": "REC-4", "channel": "phone", "started_at": "2024-03-05T12:15:02+08:00", "agent": {"id": "A1"}}
JSON
run 0 import "$WORK/import/calls.jsonl" --recordings-root "$WORK/root"

run 0 recording --interaction REC-1
check 'sorted(d) == ["channels", "duration_ms", "first_agent_response_ms", "overtalk", "sample_rate", "silences", "speech_ms"]'
check 'd["duration_ms"] == 30000 and d["sample_rate"] == 8000 and d["channels"] == 2'
check 'd["speech_ms"] == {"agent": 4800 + 2000, "customer": 2000 + 3500}'
check 'd["overtalk"] == [{"start_ms": 8500, "end_ms": 9000}]'
check 'd["silences"] == [{"start_ms": 12000, "end_ms": 27000}]'
check 'd["first_agent_response_ms"] == 3200'

# A lower threshold: 1000 ms finds the 1.2 s pause at 3.0–4.2 s and the 1 s at either end, 1300 ms does not.
run 0 recording --interaction REC-1 --silence-ms 1000
check 'd["silences"] == [{"start_ms": 0, "end_ms": 1000}, {"start_ms": 3000, "end_ms": 4200}, {"start_ms": 12000, "end_ms": 27000}, {"start_ms": 29000, "end_ms": 30000}]'
run 0 recording --interaction REC-1 --silence-ms 1300
check 'd["silences"] == [{"start_ms": 12000, "end_ms": 27000}]'
# The channels swapped: the "agent" on the right speaks first.
run 0 recording --interaction REC-1 --agent-channel right
check 'd["speech_ms"] == {"agent": 5500, "customer": 6800} and d["first_agent_response_ms"] == 1000'
# A second run answers from the cache with the same figures.
run 0 recording --interaction REC-1
check 'd["speech_ms"] == {"agent": 6800, "customer": 5500}'
ls "$XDG_CACHE_HOME"/qadesk/waveforms/*.env >/dev/null 2>&1 || fail "no envelope cached under $XDG_CACHE_HOME"

# An MP3 through FFmpeg: the same analysis, each boundary within 30 ms (a lossy encoder smears onsets and ends).
run 0 recording --interaction REC-6 --silence-ms 3000
check 'd["duration_ms"] == 13000 and d["sample_rate"] == 8000 and d["channels"] == 2'
near='lambda got, want: len(got) == len(want) and all(abs(g["start_ms"] - a) <= 30 and abs(g["end_ms"] - b) <= 30 for g, (a, b) in zip(got, want))'
check "($near)(d['overtalk'], [(5200, 6000)]) and ($near)(d['silences'], [(7000, 11000)])"
check 'abs(d["speech_ms"]["agent"] - 3300) <= 60 and abs(d["speech_ms"]["customer"] - 3800) <= 60'
check 'abs(d["first_agent_response_ms"] - 3200) <= 60'

# Not beside the imported file: found by name under the recordings root, not without it.
run 0 recording --interaction REC-2 --recordings-root "$WORK/root"
check 'd["duration_ms"] == 30000'
run 1 recording --interaction REC-2
grep -q "was not found" "$WORK/err.txt" || fail "REC-2 without the root: $(cat "$WORK/err.txt")"

run 1 recording --interaction REC-3
grep -q "not a WAV file (no RIFF/WAVE header)" "$WORK/err.txt" || fail "broken.wav: $(cat "$WORK/err.txt")"
# Not WAV and not decodable: an error naming the file (from FFmpeg), never a hang.
run 1 recording --interaction REC-5
grep -q "broken.mp3: not a recording FFmpeg can read" "$WORK/err.txt" || fail "broken.mp3: $(cat "$WORK/err.txt")"
run 1 recording --interaction REC-4
grep -q "no recording" "$WORK/err.txt" || fail "REC-4: $(cat "$WORK/err.txt")"
rm "$WORK/import/rec/call-1.wav"
run 1 recording --interaction REC-1
grep -q "was not found" "$WORK/err.txt" || fail "missing: $(cat "$WORK/err.txt")"
run 1 recording --interaction NOPE
run 2 recording
run 2 recording --interaction REC-1 --agent-channel middle
run 2 recording --interaction REC-1 --silence-ms ten

# The demo: spoken recordings for the first phone transcripts, reproducible, their turn times on the audio.
if command -v espeak-ng >/dev/null; then
    for n in 1 2; do
        mkdir -p "$WORK/demo$n"
        "$CLI" --db "$WORK/demo$n/d.sqlite" demo --seed 3 --interactions 300 --recordings 2 --end 2024-06-30 \
            >"$WORK/demo$n/out.json" 2>"$WORK/demo$n/err.txt" || fail "demo $n: $(cat "$WORK/demo$n/err.txt")"
    done
    python3 - "$WORK/demo1/out.json" <<'PY' || fail "demo JSON: $(cat "$WORK/demo1/out.json")"
import json, sys
sys.exit(0 if json.load(open(sys.argv[1]))["recordings"] == 2 else 1)
PY
    [[ $(ls "$WORK/demo1/d-recordings" | wc -l) -eq 2 ]] || fail "demo: $(ls "$WORK/demo1/d-recordings")"
    for f in "$WORK"/demo1/d-recordings/*.wav; do
        cmp -s "$f" "$WORK/demo2/d-recordings/$(basename "$f")" || fail "demo recording $(basename "$f") differs between runs"
    done
    DB="$WORK/demo1/d.sqlite"
    id=$(python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute('SELECT external_id FROM interactions WHERE recording IS NOT NULL ORDER BY id LIMIT 1').fetchone()[0])" "$DB")
    run 0 recording --interaction "$id" --silence-ms 3000
    # Both sides speak; the audio's first response is the stored one (the first customer and agent turns' starts).
    python3 - "$WORK/out.json" "$DB" "$id" <<'PY' || fail "demo recording analysis: $(cat "$WORK/out.json")"
import json, sqlite3, sys
d = json.load(open(sys.argv[1]))
c = sqlite3.connect(sys.argv[2])
fr, handle = c.execute("SELECT first_response_s, handle_s FROM interactions WHERE external_id = ?", (sys.argv[3],)).fetchone()
turns = c.execute("SELECT speaker, start_ms, end_ms FROM turns t JOIN interactions i ON i.id = t.interaction_id "
                  "WHERE i.external_id = ? ORDER BY seq", (sys.argv[3],)).fetchall()
last_end = max(e for s, b, e in turns)
ok = d["channels"] == 2 and d["sample_rate"] == 8000 and d["speech_ms"]["agent"] > 0 and d["speech_ms"]["customer"] > 0
ok = ok and abs(d["first_agent_response_ms"] - round(fr * 1000)) <= 20
ok = ok and abs(d["duration_ms"] - (last_end + 1000)) <= 20  # the last turn ends a second before the recording
sys.exit(0 if ok else 1)
PY
    # Without espeak-ng the demo says so and goes on.
    mkdir -p "$WORK/demo3" "$WORK/bin"
    for tool in python3; do ln -sf "$(command -v $tool)" "$WORK/bin/$tool"; done
    PATH="$WORK/bin" "$CLI" --db "$WORK/demo3/d.sqlite" demo --seed 3 --interactions 100 --end 2024-06-30 \
        >"$WORK/demo3/out.json" 2>"$WORK/demo3/err.txt" || fail "demo without espeak-ng failed: $(cat "$WORK/demo3/err.txt")"
    grep -q "espeak-ng is not installed" "$WORK/demo3/err.txt" || fail "no note without espeak-ng: $(cat "$WORK/demo3/err.txt")"
    [[ ! -e "$WORK/demo3/d-recordings" ]] || fail "recordings folder made without espeak-ng"
else
    echo "cli_recording: espeak-ng missing, demo recordings not checked" >&2
fi

[[ $failures -eq 0 ]] && echo "cli_recording: all checks passed"
exit $((failures > 0))
