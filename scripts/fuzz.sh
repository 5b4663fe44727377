#!/usr/bin/env bash
# Fuzzes every import parser and the rubric loader (docs/fuzzing.md): builds the libFuzzer targets with clang,
# ASan and UBSan into ./build-fuzz, runs each for SECONDS (default 30) one after another through CTest, and prints
# the executions per target. Exits non-zero when a target crashed, hung, leaked or broke an invariant; the input
# that did it is in build-fuzz/fuzz/artifacts/<target>/. New coverage is kept in build-fuzz/fuzz/corpus/.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-30}
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
    -DQADESK_FUZZ=ON -DQADESK_FUZZ_SECONDS="$seconds" "${launcher[@]}" >/dev/null
cmake --build build-fuzz --target qadesk_fuzzers --parallel "$(nproc)"
status=0
ctest --test-dir build-fuzz --output-on-failure || status=$?
# libFuzzer's final statistics, one line per target.
awk '/^[0-9]+\/[0-9]+ Testing: / { name = $3 }
     /^stat::number_of_executed_units:/ { runs = $2 }
     /^stat::average_exec_per_sec:/ { printf "%-12s %12d executions %8d exec/s\n", name, runs, $2; total += runs }
     END { printf "%-12s %12d executions\n", "total", total }' build-fuzz/Testing/Temporary/LastTest.log
exit "$status"
