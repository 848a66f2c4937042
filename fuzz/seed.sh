#!/usr/bin/env bash
# Seeds the fuzz corpora: the example plans and every YAML test fixture for `load`, and
# every scalar written in them (after `key:`, in block and flow mappings) for `values`.
set -euo pipefail
cd "$(dirname "$0")"
mkdir -p corpus/load corpus/values
mapfile -t plans < <(ls ../specs/*.campaign.yaml; find ../tests -name '*.yaml' | sort)
for plan in "${plans[@]}"; do
  cp "$plan" "corpus/load/$(printf '%s' "${plan#../}" | tr / _)"
done
cat "${plans[@]}" \
  | tr '{}[],' '\n\n\n\n\n' \
  | sed -n 's/^[[:space:]-]*[A-Za-z_][A-Za-z0-9_]*:[[:space:]]*\(.\{1,\}\)$/\1/p' \
  | sed 's/[[:space:]]#.*$//; s/^"\(.*\)"$/\1/; s/[[:space:]]*$//' \
  | sort -u \
  | while IFS= read -r value; do
      [ -n "$value" ] || continue
      printf '%s' "$value" > "corpus/values/$(printf '%s' "$value" | sha1sum | cut -c1-16)"
    done
echo "corpus/load: $(ls corpus/load | wc -l) files, corpus/values: $(ls corpus/values | wc -l) files"
