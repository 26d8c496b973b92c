#!/usr/bin/env bash
# Run one atheris fuzz target for a bounded time: scripts/fuzz.sh readers|analyzer SECONDS
# Crashing inputs are written to fuzz/crashes/ (add each as a test in tests/hardening/).
set -euo pipefail
target="${1:?usage: scripts/fuzz.sh readers|analyzer SECONDS}"
seconds="${2:-60}"
root="$(cd "$(dirname "$0")/.." && pwd)"
python="${PYTHON:-$root/.venv/bin/python}"
mkdir -p "$root/fuzz/crashes"
cd "$root"
exec "$python" "fuzz/fuzz_${target}.py" -max_total_time="$seconds" -rss_limit_mb=4096 \
    -timeout=60 -artifact_prefix="$root/fuzz/crashes/${target}-" -print_final_stats=1
