#!/usr/bin/env bash
# Regenerates the README's screenshots from the sample tree: the HTML report as a browser
# shows it, and the terminal report (colours kept) rendered as a terminal would.
# Needs a built spbe-lint and Debian's chromium. Usage: scripts/make-screenshots.sh [BINARY]
set -euo pipefail
cd "$(dirname "$0")/.."
bin="${1:-.build/debug/spbe-lint}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp -r sample-evidence/spbe-2020 "$work/tree"
shot() { chromium --headless=new --no-sandbox --disable-gpu --hide-scrollbars --user-data-dir="$work/profile" \
    --no-first-run --disable-background-networking --window-size="$2" --screenshot="$3" "file://$1" 2>/dev/null; }

"$bin" "$work/tree" --lang id --format html --today 2025-10-17 | sed "s|$work/tree|bukti-dukung|g" > "$work/report.html" || true
shot "$work/report.html" 1000,1250 docs/images/html-report.png

"$bin" "$work/tree" --lang id --color always --today 2025-10-17 2>/dev/null | head -n 40 > "$work/term.txt" || true
python3 - "$work/term.txt" "$work/term.html" "$work/tree" <<'PY'
import html, re, sys
text = open(sys.argv[1], encoding="utf-8").read().replace(sys.argv[3], "bukti-dukung")
colours = {"31": "#ff7b72", "32": "#3fb950", "33": "#d29922", "36": "#39c5cf", "1": None, "2": None}
out, open_spans = [], 0
for part in re.split(r"(\x1b\[[0-9;]*m)", text):
    m = re.fullmatch(r"\x1b\[([0-9;]*)m", part)
    if not m:
        out.append(html.escape(part)); continue
    codes = m.group(1).split(";")
    if codes in (["0"], [""]):
        out.append("</span>" * open_spans); open_spans = 0; continue
    style = "".join(f"color:{colours[c]};" if colours.get(c) else ("font-weight:bold;" if c == "1" else "opacity:.7;" if c == "2" else "") for c in codes)
    out.append(f'<span style="{style}">'); open_spans += 1
out.append("</span>" * open_spans)
page = ('<!DOCTYPE html><meta charset="utf-8"><body style="margin:0;background:#0d1117">'
        '<pre style="margin:0;padding:16px;color:#e6edf3;font:13px/1.45 \'DejaVu Sans Mono\',monospace;white-space:pre-wrap">'
        + "".join(out) + "</pre>")
open(sys.argv[2], "w", encoding="utf-8").write(page)
PY
shot "$work/term.html" 1100,760 docs/images/terminal-report.png
echo "docs/images/html-report.png docs/images/terminal-report.png"
