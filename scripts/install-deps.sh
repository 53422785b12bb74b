#!/usr/bin/env bash
# Installs exactly what building spbe-lint and running its whole suite needs on Debian:
# nothing is skipped afterwards. Called by .ci/run and by the README's set-up.
set -euo pipefail

missing=()
pkg-config --version >/dev/null 2>&1 || missing+=(pkg-config)
pkg-config --exists yaml-0.1 2>/dev/null || missing+=(libyaml-dev)
# The document reader (the default `Contents` trait): poppler's GLib API, Tesseract with
# Indonesian and English data, zlib for .docx.
pkg-config --exists poppler-glib 2>/dev/null || missing+=(libpoppler-glib-dev)
pkg-config --exists tesseract 2>/dev/null || missing+=(libtesseract-dev)
[ -f /usr/share/tesseract-ocr/5/tessdata/ind.traineddata ] || [ -f /usr/share/tesseract-ocr/4.00/tessdata/ind.traineddata ] || missing+=(tesseract-ocr-ind)
[ -f /usr/share/tesseract-ocr/5/tessdata/eng.traineddata ] || [ -f /usr/share/tesseract-ocr/4.00/tessdata/eng.traineddata ] || missing+=(tesseract-ocr-eng)
pkg-config --exists zlib 2>/dev/null || missing+=(zlib1g-dev)
# The test fixtures' scans and page checks (pdftoppm, pdftotext, pdfinfo).
command -v pdftoppm >/dev/null || missing+=(poppler-utils)
# The HTML report is opened and printed by a real browser in the suite.
command -v chromium >/dev/null || missing+=(chromium)
# The Word attachment (--format docx) is converted to PDF by LibreOffice in the suite.
command -v soffice >/dev/null || missing+=(libreoffice-writer-nogui)
# dpkg-shlibdeps computes the .deb's Depends.
command -v dpkg-shlibdeps >/dev/null || missing+=(dpkg-dev)
# The .deb is installed into clean Debian 12 and 13 roots (make test-install-debian).
command -v debootstrap >/dev/null || missing+=(debootstrap)
# The suite counts how often each evidence file is opened (OneOpenTests).
command -v strace >/dev/null || missing+=(strace)
# Fixture generators and the schema tests are Python.
command -v python3 >/dev/null || missing+=(python3)

if [ "${#missing[@]}" -gt 0 ]; then
    echo "installing ${missing[*]}"
    if ! command -v apt-get >/dev/null; then
        echo "install ${missing[*]} first (Debian package names)" >&2
        exit 1
    fi
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    ($sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}") \
        || { echo "could not install ${missing[*]}" >&2; exit 1; }
fi
echo "system packages ready"
