#!/usr/bin/env bash
# Builds dist/spbe-lint_VERSION_ARCH.deb from a `make build man completions` tree.
# Depends: is computed by dpkg-shlibdeps from the libraries the binary really links
# (libyaml, and poppler/Tesseract when built with the document reader), so the package
# never claims less than it needs. Usage: scripts/make-deb.sh VERSION BUILD-DIR OUT-DIR
set -euo pipefail
version="$1" build="$2" out="$3"
cd "$(dirname "$0")/.."
bin="$build/release/spbe-lint"
reader="$build/release/spbe-lint-reader"
gen="$build/generated"
arch="$(dpkg --print-architecture)"
[ -x "$bin" ] || { echo "no $bin: run make build first" >&2; exit 1; }

# The reader is shipped when it was built (not with NAMES_ONLY=1).
programs=("$bin")
[ -x "$reader" ] && programs+=("$reader")
for program in "${programs[@]}"; do
    if ldd "$program" | grep -q '/opt/swift\|libswiftCore\|libFoundation'; then
        echo "$program still links the Swift runtime; build it with --static-swift-stdlib (make build)" >&2
        exit 1
    fi
done

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
root="$work/root"
make --no-print-directory install DESTDIR="$root" PREFIX=/usr BUILD="$build" >/dev/null
# Debian wants the changelog and copyright at fixed places.
install -Dm644 LICENSE "$root/usr/share/doc/spbe-lint/copyright"

# dpkg-shlibdeps reads debian/control from the current folder: give it a minimal one.
mkdir -p "$work/src/debian"
printf 'Source: spbe-lint\n\nPackage: spbe-lint\nArchitecture: any\n' > "$work/src/debian/control"
# Over every shipped program: spbe-lint needs libyaml, the reader poppler and Tesseract.
elves=(-e"$root/usr/bin/spbe-lint")
[ -x "$root/usr/lib/spbe-lint/spbe-lint-reader" ] && elves+=(-e"$root/usr/lib/spbe-lint/spbe-lint-reader")
shlibs="$(cd "$work/src" && dpkg-shlibdeps -O "${elves[@]}" 2>/dev/null | sed -n 's/^shlibs:Depends=//p')"
[ -n "$shlibs" ] || { echo "dpkg-shlibdeps found no dependencies" >&2; exit 1; }
depends="$shlibs"
# Tesseract's language data is read at run time, not linked: Indonesian for the
# documents, English for what slips in ("ind+eng").
if [ -x "$root/usr/lib/spbe-lint/spbe-lint-reader" ] && ldd "$root/usr/lib/spbe-lint/spbe-lint-reader" | grep -q libtesseract; then
    depends="$depends, tesseract-ocr-ind, tesseract-ocr-eng"
fi

size="$(du -sk "$root" | cut -f1)"
mkdir -p "$root/DEBIAN"
cat > "$root/DEBIAN/control" <<CONTROL
Package: spbe-lint
Version: $version
Architecture: $arch
Maintainer: spbe-lint developers <spbe-lint@localhost>
Installed-Size: $size
Depends: $depends
Section: utils
Priority: optional
Description: check SPBE / Indeks Pemdi evidence (bukti dukung) before submission
 spbe-lint reads an evidence folder, maps every file to the indicators and
 levels of PermenPANRB 59/2020 (Indeks SPBE) or PermenPANRB 8/2026 (Indeks
 Pemerintah Digital), and reports what is missing, the level the evidence
 supports, the predicted index and the working days left after the interview.
CONTROL

mkdir -p "$out"
deb="$out/spbe-lint_${version}_${arch}.deb"
dpkg-deb --root-owner-group --build "$root" "$deb" >/dev/null
echo "$deb"
echo "Depends: $depends"
