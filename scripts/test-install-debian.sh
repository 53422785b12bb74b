#!/usr/bin/env bash
# Installs the .deb with apt into clean Debian roots (debootstrap --variant=minbase, one per
# release named) and runs it there as a Diskominfo desk would: apt resolves Depends from
# that release's own archive, no Swift toolchain exists, the sample evidence tree is
# checked, a PDF is read by poppler and a screenshot by Tesseract. This is what
# scripts/test-install.sh cannot prove on the build machine: that the package's Depends
# and the programs' library names hold on a release the .deb was not built on (#25).
#
# Usage: scripts/test-install-debian.sh DEB RELEASE...   (e.g. bookworm trixie)
# Needs root (debootstrap, chroot) and the Debian archive. The pristine roots are kept in
# $SPBE_LINT_DEBIAN_ROOTS (default /var/tmp/spbe-lint-debian-roots) and copied per run, so
# every install starts from a root that has never seen spbe-lint.
set -euo pipefail
[ "$#" -ge 2 ] || { echo "usage: $0 DEB RELEASE..." >&2; exit 2; }
deb="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
shift
cd "$(dirname "$0")/.."
repo="$(pwd)"
fail() { echo "test-install-debian: $*" >&2; exit 1; }
[ -f "$deb" ] || fail "no package at $deb"
if [ "$(id -u)" -ne 0 ]; then
    # debootstrap and chroot need root; where sudo is set up (as install-deps.sh assumes), use it.
    command -v sudo >/dev/null && exec sudo --preserve-env=SPBE_LINT_DEBIAN_ROOTS,SPBE_LINT_DEBIAN_MIRROR "$0" "$deb" "$@"
    fail "needs root (debootstrap and chroot)"
fi
command -v debootstrap >/dev/null || fail "needs debootstrap (scripts/install-deps.sh installs it)"
mirror="${SPBE_LINT_DEBIAN_MIRROR:-http://deb.debian.org/debian}"
roots="${SPBE_LINT_DEBIAN_ROOTS:-/var/tmp/spbe-lint-debian-roots}"
mkdir -p "$roots"
version="$(dpkg-deb -f "$deb" Version)"

work="$(mktemp -d)"
cleanup() {
    # A mount left by an interrupted chroot would make rm walk /proc.
    umount -l "$work/root/proc" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

for release in "$@"; do
    base="$roots/$release"
    if [ ! -f "$base/.complete" ]; then
        echo "== debootstrap $release (kept in $base)"
        rm -rf "$base"
        debootstrap --variant=minbase "$release" "$base" "$mirror" > "$work/debootstrap-$release.log" 2>&1 \
            || { tail -n 20 "$work/debootstrap-$release.log" >&2; fail "debootstrap $release failed"; }
        touch "$base/.complete"
    fi
    echo "== $release: apt install $(basename "$deb")"
    root="$work/root"
    rm -rf "$root"
    cp -a "$base" "$root"
    cp /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
    cp "$deb" "$root/tmp/spbe-lint.deb"
    cp -r "$repo/sample-evidence/spbe-2020" "$root/tmp/spbe-2020"
    cp -r "$repo/sample-evidence/pemdi-2026" "$root/tmp/pemdi-2026"
    # Everything below runs inside the root, in a mount namespace of its own (its /proc).
    cat > "$root/tmp/check.sh" <<'CHECK'
set -eu
fail() { echo "test-install-debian ($RELEASE): $*" >&2; exit 1; }
export DEBIAN_FRONTEND=noninteractive LANG=C.UTF-8 HOME=/tmp XDG_CACHE_HOME=/tmp/cache
apt-get update -qq
# apt, not dpkg -i: Depends must be satisfiable from this release's archive alone.
apt-get install -y -qq --no-install-recommends /tmp/spbe-lint.deb > /tmp/apt.log 2>&1 \
    || { tail -n 30 /tmp/apt.log; fail "apt could not install the package"; }
[ ! -e /opt/swift ] || fail "a Swift toolchain is present in the clean root"
[ "$(spbe-lint --version)" = "$VERSION" ] || fail "--version says $(spbe-lint --version), the package $VERSION"
# Every library both programs name is found in this release.
for program in /usr/bin/spbe-lint /usr/lib/spbe-lint/spbe-lint-reader; do
    if ldd "$program" | grep 'not found'; then fail "$program needs a library $RELEASE lacks"; fi
done
# What this release resolved (leptonica is libtesseract's own, named differently per release).
echo "installed: $(grep -c '^Setting up' /tmp/apt.log) packages; the reader loads $(ldd /usr/lib/spbe-lint/spbe-lint-reader | grep -oE 'lib(lept|leptonica|tesseract|poppler-glib)\.so\.[0-9]+' | sort -u | tr '\n' ' ')"
set +e
spbe-lint /tmp/spbe-2020 --lang id > /tmp/out-2020.txt 2>&1; status=$?
spbe-lint /tmp/pemdi-2026 --lang id --verbose > /tmp/out-pemdi.txt 2>&1; pemdi=$?
set -e
[ "$status" -eq 1 ] || { cat /tmp/out-2020.txt; fail "sample run exited $status, expected 1 (gaps found)"; }
[ "$pemdi" -eq 1 ] || { cat /tmp/out-pemdi.txt; fail "Pemdi sample run exited $pemdi, expected 1 (gaps found)"; }
grep -q 'Indeks SPBE' /tmp/out-2020.txt || fail "sample run printed no report"
# poppler read a PDF: the invitation named like a Perwali is caught by its text.
grep -q 'halaman pertamanya Undangan' /tmp/out-2020.txt || fail "the installed reader did not read the sample PDFs"
# Tesseract read a screenshot: a shows: requirement counts only a screen whose OCR'd
# text names SIAP Digital (an unread image never counts).
grep -q 'dihitung: I1 Tata Kelola Pemdi/I1-L2-02 Screenshot SIAP Digital' /tmp/out-pemdi.txt \
    || { grep -n 'I1-L2-02' /tmp/out-pemdi.txt; fail "the installed reader did not OCR the sample screenshot"; }
# Where the README's links and the starter config's comment point.
for doc in README.md README.id.md docs/rules.md rules/kinds.yaml; do
    [ -s "/usr/share/doc/spbe-lint/$doc" ] || fail "/usr/share/doc/spbe-lint/$doc is not installed"
done
[ -s /usr/share/spbe-lint/schemas/config.schema.json ] || fail "config schema not installed"
[ -s /usr/share/man/man1/spbe-lint.1.gz ] || fail "man page not installed"
echo "test-install-debian ($RELEASE): ok"
CHECK
    unshare --mount --fork sh -c "mount -t proc proc '$root/proc' && chroot '$root' env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin RELEASE='$release' VERSION='$version' sh /tmp/check.sh" \
        || fail "$release: the installed package failed (see above)"
    umount -l "$root/proc" 2>/dev/null || true
done
echo "test-install-debian: ok ($*; $(du -h "$deb" | cut -f1) package)"
