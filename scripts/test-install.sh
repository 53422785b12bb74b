#!/usr/bin/env bash
# Installs a built .deb into a temporary root (dpkg -x, no root needed) and runs it the
# way a Diskominfo desk would: no Swift toolchain visible, a clean environment, the
# sample evidence tree. Usage: scripts/test-install.sh dist/spbe-lint_VERSION_ARCH.deb [RELEASE...]
# With Debian releases named (bookworm trixie), the package is then also installed by apt
# into a clean root of each and run there (scripts/test-install-debian.sh).
set -euo pipefail
deb="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
shift
releases=("$@")
cd "$(dirname "$0")/.."
repo="$(pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
root="$work/root"
dpkg -x "$deb" "$root"
bin="$root/usr/bin/spbe-lint"
reader="$root/usr/lib/spbe-lint/spbe-lint-reader"
elves=("$bin")
[ -e "$reader" ] && elves+=("$reader")
fail() { echo "test-install: $*" >&2; exit 1; }

# Every Depends entry must be a package this system knows, and be installed here.
depends="$(dpkg-deb -f "$deb" Depends)"
echo "Depends: $depends"
for package in $(echo "$depends" | tr ',' '\n' | sed 's/(.*)//; s/|.*//' | tr -d ' '); do
    dpkg -s "$package" >/dev/null 2>&1 || fail "Depends names $package, which is not installed here"
done
echo "$depends" | grep -q 'libyaml-0-2' || fail "Depends lacks libyaml-0-2"

# The loader must not need anything from the Swift toolchain, for either program.
for elf in "${elves[@]}"; do
    if ldd "$elf" | grep -E 'not found|/opt/swift|libswift|libFoundation'; then
        fail "$(basename "$elf") still needs the Swift toolchain"
    fi
    # Only what it uses: Tesseract's pkg-config line names libcurl and libarchive (its own
    # downloader), which tied the .deb to Debian 12's libcurl3-nss (#28).
    if readelf -d "$elf" | grep -E 'NEEDED.*(libcurl|libarchive)'; then
        fail "$(basename "$elf") links libcurl or libarchive, which it never calls"
    fi
done
# leptonica is not named: Debian 12 calls it liblept.so.5, Debian 13 libleptonica.so.6, and
# the reader finds it through libtesseract instead (Leptonica.swift), so one .deb serves both.
if [ -e "$reader" ] && readelf -d "$reader" | grep -E 'NEEDED.*lept'; then
    fail "spbe-lint-reader names a leptonica library, which ties the .deb to one Debian release"
fi
echo "$depends" | grep -q 'lept' && fail "Depends names leptonica"
# spbe-lint itself loads no document library: only its reader does (#28), so a names-only
# run or --version starts as fast as before the reader existed.
if readelf -d "$bin" | grep -E 'NEEDED.*(poppler|tesseract|lept|cairo|glib)'; then
    fail "spbe-lint links a document library; only spbe-lint-reader may"
fi
echo "$depends" | grep -qE 'libcurl|libarchive' && fail "Depends names libcurl or libarchive"

# Hide /opt/swift entirely where a mount namespace is allowed (root or user namespaces).
run() {
    local script="$1"
    if unshare --mount --map-root-user true 2>/dev/null; then
        unshare --mount --map-root-user sh -c 'mount -t tmpfs none /opt/swift 2>/dev/null || true; '"$script"
    else
        sh -c "$script"
    fi
}
env_prefix="env -i PATH=$root/usr/bin:/usr/bin:/bin HOME=$work XDG_CACHE_HOME=$work/cache LANG=C.UTF-8"

version="$(run "$env_prefix spbe-lint --version")"
echo "version: $version"
[ "$version" = "$(dpkg-deb -f "$deb" Version)" ] || fail "--version says '$version', the package says $(dpkg-deb -f "$deb" Version)"
[ -n "$(run "ls /opt/swift 2>/dev/null")" ] && echo "(could not hide /opt/swift; relied on ldd)"

cp -r "$repo/sample-evidence/spbe-2020" "$work/tree"
set +e
run "$env_prefix spbe-lint '$work/tree' --lang id > '$work/out.txt' 2>&1"
status=$?
set -e
[ "$status" -eq 1 ] || { cat "$work/out.txt"; fail "sample run exited $status, expected 1 (gaps found)"; }
grep -q 'Indeks SPBE' "$work/out.txt" || fail "sample run printed no report"
if [ -e "$reader" ]; then
    ldd "$reader" | grep -q libpoppler || fail "spbe-lint-reader is not linked against poppler"
    # The document reader works from the installed package: the sample's invitation
    # named like a Perwali is caught by its text.
    grep -q 'halaman pertamanya Undangan' "$work/out.txt" || fail "the installed document reader did not read the sample PDFs"
fi

# Man page and completions where Debian's tools look for them.
zcat "$root/usr/share/man/man1/spbe-lint.1.gz" | grep -q '^\.Nm spbe-lint' || fail "man page missing or empty"
bash -c "source '$root/usr/share/bash-completion/completions/spbe-lint' && complete -p spbe-lint" >/dev/null || fail "bash completion does not load"
# Typed options complete their values: --format offers sarif, --rules the shipped packs.
grep -q 'sarif' "$root/usr/share/bash-completion/completions/spbe-lint" || fail "bash completion offers no --format values"
grep -q 'pemdi-2026' "$root/usr/share/bash-completion/completions/spbe-lint" || fail "bash completion offers no --rules values"
grep -q "#compdef spbe-lint" "$root/usr/share/zsh/vendor-completions/_spbe-lint" || fail "zsh completion missing"
grep -q "complete -c 'spbe-lint'" "$root/usr/share/fish/vendor_completions.d/spbe-lint.fish" || fail "fish completion missing"
[ -s "$root/usr/share/spbe-lint/schemas/config.schema.json" ] || fail "config schema not installed"
echo "test-install: ok ($(du -h "$deb" | cut -f1) package; runs without Swift)"
if [ "${#releases[@]}" -gt 0 ]; then
    "$repo/scripts/test-install-debian.sh" "$deb" "${releases[@]}"
fi
