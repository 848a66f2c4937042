#!/usr/bin/env bash
# Times `campspec check` (every rule) against the peer check-jsonschema (schema only,
# given schema/campaign.schema.json) side by side in one run, on 1, 100 and 1,000
# typical plans, on large plans and on two hostile plans (80,000 unknown keys; an item
# discount with a coupon whose minimum spend is 10^15 - 1), and writes BENCHMARKS.md.
#
#   bash bench/compare.sh            # full run (the peer takes a few minutes)
#   BENCH_QUICK=1 bash bench/compare.sh   # fewer repetitions, for a first look
#
# Needs the Rust toolchain and Python 3 with venv/pip (the peer is installed from PyPI
# into target/bench/venv; nothing is installed system-wide).
set -euo pipefail
cd "$(dirname "$0")/.."

out=target/bench
peer_version="0.39.0"

echo "== building campspec (release)"
cargo build --release --locked --quiet
echo "== generating the corpus (deterministic)"
cargo run --release --locked --quiet --example corpus -- "$out/corpus" --typical 1000 --large 1,5,10

if [ ! -x "$out/venv/bin/check-jsonschema" ]; then
  echo "== installing check-jsonschema $peer_version into $out/venv"
  python3 -m venv "$out/venv"
  "$out/venv/bin/pip" install --quiet --disable-pip-version-check "check-jsonschema==$peer_version"
fi

echo "== timing"
python3 bench/compare.py \
  --campspec target/release/campspec \
  --peer "$out/venv/bin/check-jsonschema" \
  --schema schema/campaign.schema.json \
  --corpus "$out/corpus" \
  --out BENCHMARKS.md \
  ${BENCH_QUICK:+--quick}
