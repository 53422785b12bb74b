#!/usr/bin/env bash
# Fuzzes with libFuzzer for a fixed number of executions per entry:
#   rules  the YAML loader and rule/config/calendar validation (fuzz/FuzzRules.swift)
#   tree   a config, a sidecar and file names through the index and every reporter
#          (fuzz/FuzzTree.swift): what a stranger on a shared drive controls
#   readers  PDF, .docx, PNG and JPEG mutations sent through the reader protocol to real
#          spbe-lint-reader processes (fuzz/FuzzReaders.swift); seeds are the test fixtures made
#          by scripts/make-document-fixtures.py
# Seeds: every file in rules/ and sample-evidence configs for `rules`, and the saved
# inputs in Tests/SPBELintTests/FuzzInputs/ (tree-* for `tree`, the rest for `rules`).
# A crash leaves crash-* in .build-fuzz/<entry>/ and exits non-zero: copy it into
# Tests/SPBELintTests/FuzzInputs/ (prefix tree- for the tree entry); swift test
# replays every file there. CI runs both entries for a bounded number of executions.
#
# usage: scripts/fuzz.sh [RUNS] [rules|tree|readers|all]   (defaults: 200000, all)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-200000}"
which="${2:-all}"
work=.build-fuzz
mkdir -p "$work"

swift build --product EmbedRulesTool >/dev/null
tool="$(swift build --product EmbedRulesTool --show-bin-path)/EmbedRulesTool"
"$tool" rules "$work/EmbeddedRules.swift" "$work/MessageKeys.swift"

fuzz_one() {
    local entry="$1" source="$2"
    local dir="$work/$entry"
    rm -rf "$dir/seeds"
    mkdir -p "$dir/corpus" "$dir/seeds"
    # The harnesses live with the tests (the shipped library carries no fuzzing code); here
    # they are compiled into the library's own module, the report target's files with it
    # (their `import SPBELint` of that same module is only warned about).
    swiftc -sanitize=fuzzer,address -parse-as-library -module-name SPBELint -O -D FUZZING \
        -I Sources/CYAML -lyaml \
        $(find Sources/SPBELint Sources/SPBELintReport -name '*.swift' | sort) $(find Tests/SPBELintTests/Fuzzing -name '*.swift' | sort) \
        "$work/EmbeddedRules.swift" "$work/MessageKeys.swift" "$source" \
        -o "$dir/fuzz" 2> "$dir/build.log" || { cat "$dir/build.log" >&2; exit 1; }
    if [ "$entry" = readers ]; then
        # The readers are the real reader program (spbe-lint-reader, with poppler and
        # Tesseract); the harness is the parent, built from the core library only.
        swift build --product spbe-lint-reader >/dev/null
        export SPBE_LINT_READER="$(swift build --product spbe-lint-reader --show-bin-path)/spbe-lint-reader"
        rm -rf "$dir/fixtures" && mkdir -p "$dir/fixtures"
        python3 scripts/make-document-fixtures.py "$dir/fixtures" >/dev/null
        local n=0
        while IFS= read -r -d '' f; do
            n=$((n + 1))
            case "$f" in
                *.pdf) printf '\000' ;;
                *.docx) printf '\001' ;;
                *) printf '\002' ;;
            esac > "$dir/seeds/seed-$n"
            cat "$f" >> "$dir/seeds/seed-$n"
        done < <(find "$dir/fixtures" -type f \( -name '*.pdf' -o -name '*.docx' -o -name '*.png' -o -name '*.jpg' \) -size -600k -print0)
    elif [ "$entry" = rules ]; then
        find rules sample-evidence -name '*.yaml' -exec cp {} "$dir/seeds/" \; 2>/dev/null || true
        for f in sample-evidence/*/.spbe-lint.yaml; do cp "$f" "$dir/seeds/config-$(basename "$(dirname "$f")").yaml"; done
        find Tests/SPBELintTests/FuzzInputs -type f ! -name 'tree-*' -exec cp {} "$dir/seeds/" \;
    else
        find Tests/SPBELintTests/FuzzInputs -type f -name 'tree-*' -exec cp {} "$dir/seeds/" \;
    fi
    rm -f "$dir"/crash-* "$dir"/leak-* "$dir"/timeout-*
    local max_len=65536
    [ "$entry" = readers ] && max_len=600000
    LSAN_OPTIONS="suppressions=$PWD/fuzz/lsan.supp${LSAN_OPTIONS:+:$LSAN_OPTIONS}" \
    "$dir/fuzz" -runs="$runs" -max_len="$max_len" -timeout=10 -rss_limit_mb=2048 \
        -artifact_prefix="$dir/" "$dir/corpus" "$dir/seeds" > "$dir/fuzz.log" 2>&1 || true
    # `ls a* b* c*` fails when any one pattern matches nothing, so it found a crash only when
    # a leak and a timeout were there too: list what exists instead.
    local found
    found="$(ls "$dir"/crash-* "$dir"/leak-* "$dir"/timeout-* 2>/dev/null || true)"
    if [ -n "$found" ]; then
        grep -E "ERROR|SUMMARY" "$dir/fuzz.log" >&2 || true
        echo "fuzz $entry: failures found: $(echo "$found" | tr '\n' ' ')" >&2
        exit 1
    fi
    echo "fuzz $entry: $(grep -oE 'Done [0-9]+ runs in [0-9]+ second\(s\)' "$dir/fuzz.log" | tail -1) without a crash"
}

case "$which" in
    rules) fuzz_one rules fuzz/FuzzRules.swift ;;
    tree) fuzz_one tree fuzz/FuzzTree.swift ;;
    readers) fuzz_one readers fuzz/FuzzReaders.swift ;;
    all) fuzz_one rules fuzz/FuzzRules.swift; fuzz_one tree fuzz/FuzzTree.swift; fuzz_one readers fuzz/FuzzReaders.swift ;;
    *) echo "usage: scripts/fuzz.sh [RUNS] [rules|tree|readers|all]" >&2; exit 2 ;;
esac
