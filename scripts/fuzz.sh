#!/usr/bin/env bash
# Fuzzes the YAML loader and rule/config validation with libFuzzer for a fixed number
# of executions. Seeds: every file in rules/ plus Tests/SPBELintTests/FuzzInputs/.
# A crash leaves crash-* in .build-fuzz/ and exits non-zero: copy it, name unchanged,
# into Tests/SPBELintTests/FuzzInputs/ (swift test replays every file there), then fix it.
#
# usage: scripts/fuzz.sh [RUNS]   (default 200000)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-200000}"
work=.build-fuzz
rm -rf "$work/seeds"
mkdir -p "$work/corpus" "$work/seeds"

swift build --product EmbedRulesTool >/dev/null
tool="$(swift build --product EmbedRulesTool --show-bin-path)/EmbedRulesTool"
"$tool" rules "$work/EmbeddedRules.swift"

swiftc -sanitize=fuzzer,address -parse-as-library -module-name SPBELint -O \
    -I Sources/CYAML -lyaml \
    $(find Sources/SPBELint -name '*.swift' | sort) "$work/EmbeddedRules.swift" fuzz/FuzzRules.swift \
    -o "$work/fuzz-rules" 2> "$work/build.log" || { cat "$work/build.log" >&2; exit 1; }

# Seeds: the real packs, calendars and configs, and the saved inputs the test suite
# replays (one per YAML error class, and every crash ever found).
find rules sample-evidence -name '*.yaml' -exec cp {} "$work/seeds/" \; 2>/dev/null || true
for f in sample-evidence/*/.spbe-lint.yaml; do cp "$f" "$work/seeds/config-$(basename "$(dirname "$f")").yaml"; done
cp Tests/SPBELintTests/FuzzInputs/* "$work/seeds/"

"$work/fuzz-rules" -runs="$runs" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
    -artifact_prefix="$work/" "$work/corpus" "$work/seeds" 2>&1 | tee "$work/fuzz.log" | grep -E "^#[0-9]+ +(DONE|INITED)|ERROR|SUMMARY|crash|Done" || true
if ls "$work"/crash-* "$work"/leak-* "$work"/timeout-* >/dev/null 2>&1; then
    echo "fuzz: failures found: $(ls "$work"/crash-* "$work"/leak-* "$work"/timeout-* 2>/dev/null | tr '\n' ' ')" >&2
    exit 1
fi
echo "fuzz: $(grep -oE 'Done [0-9]+ runs' "$work/fuzz.log" | tail -1) without a crash"
