#!/usr/bin/env bash
# Makes the compressed recordings tst_audio and tst_gui_recording read (committed; run again only to change them).
# Needs the ffmpeg program (apt-get install ffmpeg), which neither the build nor the tests need.
#
# call.*: a 13 s stereo 8 kHz call, the layout of tst_audio's generated WAV calls in short: a 440 Hz tone
# (amplitude 8000, -12 dBFS) where someone speaks, faint noise (+-20) elsewhere.
#   customer (right) 500-2500 and 5200-7000; agent (left) 3700-4500 and 4700-6000 (a 200 ms pause) and
#   11000-12000; nobody 7000-11000; 1 s of nothing at the end.
# mono.ogg: 3 s mono 8 kHz, the tone at 1000-2000.
set -euo pipefail
cd "$(dirname "$0")"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
python3 - "$scratch" <<'PY'
import math, struct, sys, wave
def call(path, channels, duration_ms, bursts, rate=8000):
    frames = duration_ms * rate // 1000
    samples = [[0] * channels for _ in range(frames)]
    seed = 12345
    for f in range(frames):
        for c in range(channels):
            seed = (seed * 1664525 + 1013904223) & 0xFFFFFFFF
            samples[f][c] = (seed >> 24) % 41 - 20
    for channel, start, end in bursts:
        for f in range(start * rate // 1000, end * rate // 1000):
            samples[f][channel] = int(8000.0 * math.sin(2.0 * math.pi * 440.0 * f / rate))
    with wave.open(path, "wb") as w:
        w.setnchannels(channels); w.setsampwidth(2); w.setframerate(rate)
        w.writeframes(b"".join(struct.pack("<" + "h" * channels, *s) for s in samples))
call(sys.argv[1] + "/call.wav", 2, 13000,
     [(1, 500, 2500), (0, 3700, 4500), (0, 4700, 6000), (1, 5200, 7000), (0, 11000, 12000)])
call(sys.argv[1] + "/mono.wav", 1, 3000, [(0, 1000, 2000)])
PY
enc() { ffmpeg -v error -y -i "$scratch/$1" -map_metadata -1 -fflags +bitexact -flags:a +bitexact "${@:3}" "$2"; }
enc call.wav call.mp3 -c:a libmp3lame -b:a 24k
enc call.wav call.ogg -c:a libvorbis -q:a 0
enc call.wav call.opus -c:a libopus -b:a 32k
enc call.wav call.m4a -c:a aac -b:a 32k
enc mono.wav mono.ogg -c:a libvorbis -q:a 0
ls -l call.* mono.*
