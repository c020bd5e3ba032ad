#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Speed check to run after any change under core/: builds activa_bench if needed and prints, per
# function, the time for value and derivative at one point (10^6 points over -10..10), beside
# NumPy's sigmoid on the same points when NumPy is installed; then each typed formula of the
# benchmarks (custom/silu is x*sigmoid(x), ...) beside the built-in it spells out. A function
# over 3 ns per point or over 2.5 times Activa's own sigmoid, or a typed formula over 2 times
# its built-in, is marked, and the exit code is then 1. Timings belong to the machine that made
# them: this is a check for a developer, not a test.
# Usage: scripts/bench.sh [BUILD_DIR]   (default: build, configured as Release if missing)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
if [[ ! -f $build/CMakeCache.txt ]]; then
    cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release >/dev/null
fi
cmake --build "$build" --target activa_bench --parallel "$(nproc)" >/dev/null

# Medians of three runs of each function's benchmark (the plain ids and the typed formulas; not
# the labs' benchmarks).
csv=$("$build/tests/activa_bench" --benchmark_filter='^([a-z_0-9]+|custom/[a-z_0-9]+)$' \
    --benchmark_min_time=0.3 \
    --benchmark_repetitions=3 --benchmark_report_aggregates_only=true --benchmark_format=csv \
    2>/dev/null)

numpy_ns=
for python in python3 /usr/bin/python3; do
    if numpy_ns=$("$python" - 2>/dev/null <<'EOF'
import timeit
import numpy as np
x = np.linspace(-10.0, 10.0, 10**6)
def sigmoid():
    s = 1.0 / (1.0 + np.exp(-x))
    return s, s * (1.0 - s)
print(min(timeit.repeat(sigmoid, number=1, repeat=20)) * 1e9 / x.size)
EOF
    ); then break; fi
    numpy_ns=
done

awk -F, -v numpy="$numpy_ns" '
    NR == 1 { for (i = 1; i <= NF; i++) column[$i] = i; next }
    {
        name = $column["name"]; gsub(/"/, "", name)
        if (name !~ /_median$/) next
        sub(/_median$/, "", name)
        if (name ~ /^softmax/) next
        if (name ~ /^custom\//) {
            typed[++t] = name; typed_ns[t] = 1e9 / $column["items_per_second"]
            next
        }
        ns[++n] = 1e9 / $column["items_per_second"]; names[n] = name
        by_name[name] = ns[n]
        if (name == "sigmoid") sigmoid = ns[n]
    }
    END {
        printf "%-16s %9s %10s\n", "function", "ns/point", "×sigmoid"
        flagged = 0
        for (i = 1; i <= n; i++) {
            mark = ""
            if (ns[i] > 3) mark = "  <- over 3 ns"
            else if (ns[i] > 2.5 * sigmoid) mark = "  <- over 2.5× sigmoid"
            if (mark != "") flagged++
            printf "%-16s %9.2f %10.2f%s\n", names[i], ns[i], ns[i] / sigmoid, mark
        }
        if (t > 0) {
            printf "\n%-16s %9s %10s %10s\n", "typed formula", "ns/point", "built-in", "×built-in"
            for (i = 1; i <= t; i++) {
                base = typed[i]; sub(/^custom\//, "", base)
                ratio = typed_ns[i] / by_name[base]
                mark = ratio > 2 ? "  <- over 2× its built-in" : ""
                if (mark != "") flagged++
                printf "%-16s %9.2f %10.2f %10.2f%s\n", typed[i], typed_ns[i], by_name[base], ratio, mark
            }
            print ""
        }
        if (numpy != "")
            printf "%-16s %9.2f %10.2f  (NumPy, value and derivative, same points)\n",
                   "numpy sigmoid", numpy, numpy / sigmoid
        else
            print "(NumPy is not installed: no comparison with NumPy'"'"'s sigmoid)"
        exit flagged > 0
    }' <<<"$csv"
