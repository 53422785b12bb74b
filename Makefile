# Build, install and package spbe-lint for machines without Swift.
#
#   make                          release binaries with the Swift runtime linked in
#   make install PREFIX=/usr/local    spbe-lint, its reader (lib/spbe-lint/), man page, completions
#   make deb                      dist/spbe-lint_VERSION_ARCH.deb (Depends from the linked libraries)
#   make test-install             install the .deb into a temporary root and run it without Swift
#   make test-install-debian      apt-install the .deb into clean Debian 12 and 13 roots and run it there (root)
#   make uninstall PREFIX=…
#
# NAMES_ONLY=1 builds without the document reader (no poppler/Tesseract at run time).

PREFIX ?= /usr/local
DESTDIR ?=
SWIFT ?= swift
BUILD ?= .build-release
TRAITS := $(if $(NAMES_ONLY),--disable-default-traits,)
VERSION := $(shell sed -n 's/.*current = "\(.*\)"/\1/p' Sources/SPBELint/Support/Version.swift)
BIN := $(BUILD)/release/spbe-lint
# The document reader is its own program, the only one linked against poppler and
# Tesseract (#28): spbe-lint finds it beside itself or in ../lib/spbe-lint/.
READER := $(BUILD)/release/spbe-lint-reader
GEN := $(BUILD)/generated

.PHONY: all build man completions install uninstall deb test-install test-install-debian clean-dist

all: build

# --static-swift-stdlib: the Swift runtime and Foundation go into the binary, so it runs
# where /opt/swift is not installed; only Debian's own libraries stay shared.
# (The static stdlib's link arguments turn --as-needed off, so every library named on the
# link line stays NEEDED: Package.swift therefore links Tesseract by its module map, not by
# pkg-config's line, which also names libarchive and libcurl.)
build:
	$(SWIFT) build -c release --static-swift-stdlib $(TRAITS) --build-path $(BUILD) --product spbe-lint
	$(if $(NAMES_ONLY),,$(SWIFT) build -c release --static-swift-stdlib $(TRAITS) --build-path $(BUILD) --product spbe-lint-reader)

# The man page comes from the same definitions as --help (swift-argument-parser's
# generate-manual reads the binary's --experimental-dump-help).
man: build
	# The same flags as the programs: different ones recompile swift-argument-parser in
	# $(BUILD) on every make install or make deb.
	$(SWIFT) build -c release --static-swift-stdlib $(TRAITS) --build-path $(BUILD) --product generate-manual
	mkdir -p $(GEN)/man
	$(BUILD)/release/generate-manual $(BIN) --date "$$(git log -1 --format=%cs 2>/dev/null || date +%F)" -o $(GEN)/man
	# generate-manual's EXIT STATUS says only "0 on success, >0 on error": say what 0, 1 and 2 mean.
	sed -i 's/^\.Ex -std$$/.Bl -tag -width Ds\n.It 0\nno gaps: every indicator has the evidence its target level needs\n.It 1\ngaps found (missing or unusable evidence)\n.It 2\na usage, config or rule-pack error (nothing was checked), or part of the evidence tree could not be read (see --allow-partial)\n.El/' $(GEN)/man/spbe-lint.1
	grep -q '^\.It 2$$' $(GEN)/man/spbe-lint.1
	gzip -9nf $(GEN)/man/spbe-lint.1

completions: build
	mkdir -p $(GEN)/completions
	$(BIN) --generate-completion-script bash > $(GEN)/completions/spbe-lint
	$(BIN) --generate-completion-script zsh > $(GEN)/completions/_spbe-lint
	$(BIN) --generate-completion-script fish > $(GEN)/completions/spbe-lint.fish

install: build man completions
	# -s: symbols are 60 MB of the 83 MB binary; nobody debugs an installed copy.
	install -Dm755 -s $(BIN) $(DESTDIR)$(PREFIX)/bin/spbe-lint
	$(if $(NAMES_ONLY),,install -Dm755 -s $(READER) $(DESTDIR)$(PREFIX)/lib/spbe-lint/spbe-lint-reader)
	install -Dm644 $(GEN)/man/spbe-lint.1.gz $(DESTDIR)$(PREFIX)/share/man/man1/spbe-lint.1.gz
	install -Dm644 $(GEN)/completions/spbe-lint $(DESTDIR)$(PREFIX)/share/bash-completion/completions/spbe-lint
	install -Dm644 $(GEN)/completions/_spbe-lint $(DESTDIR)$(PREFIX)/share/zsh/vendor-completions/_spbe-lint
	install -Dm644 $(GEN)/completions/spbe-lint.fish $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d/spbe-lint.fish
	install -Dm644 schemas/config.schema.json $(DESTDIR)$(PREFIX)/share/spbe-lint/schemas/config.schema.json
	install -Dm644 schemas/rule-pack.schema.json $(DESTDIR)$(PREFIX)/share/spbe-lint/schemas/rule-pack.schema.json
	install -Dm644 README.md $(DESTDIR)$(PREFIX)/share/doc/spbe-lint/README.md
	# Where the README's links and the starter config's comment point, relative to the README.
	install -Dm644 README.id.md $(DESTDIR)$(PREFIX)/share/doc/spbe-lint/README.id.md
	install -Dm644 docs/rules.md $(DESTDIR)$(PREFIX)/share/doc/spbe-lint/docs/rules.md
	install -Dm644 rules/kinds.yaml $(DESTDIR)$(PREFIX)/share/doc/spbe-lint/rules/kinds.yaml
	install -Dm644 CHANGELOG.md $(DESTDIR)$(PREFIX)/share/doc/spbe-lint/CHANGELOG.md

uninstall:
	rm -f $(DESTDIR)$(PREFIX)/bin/spbe-lint $(DESTDIR)$(PREFIX)/share/man/man1/spbe-lint.1.gz \
	    $(DESTDIR)$(PREFIX)/lib/spbe-lint/spbe-lint-reader \
	    $(DESTDIR)$(PREFIX)/share/bash-completion/completions/spbe-lint \
	    $(DESTDIR)$(PREFIX)/share/zsh/vendor-completions/_spbe-lint \
	    $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d/spbe-lint.fish
	rm -rf $(DESTDIR)$(PREFIX)/share/spbe-lint $(DESTDIR)$(PREFIX)/share/doc/spbe-lint
	rmdir $(DESTDIR)$(PREFIX)/lib/spbe-lint 2>/dev/null || true

deb: build man completions
	scripts/make-deb.sh "$(VERSION)" "$(BUILD)" dist

test-install: deb
	scripts/test-install.sh dist/spbe-lint_$(VERSION)_$$(dpkg --print-architecture).deb

# The releases a Diskominfo desk runs: the package built here must install from each
# one's own archive (library names differ: liblept5 vs libleptonica6, the t64 renames).
DEBIAN_RELEASES ?= bookworm trixie
test-install-debian: deb
	scripts/test-install.sh dist/spbe-lint_$(VERSION)_$$(dpkg --print-architecture).deb $(DEBIAN_RELEASES)

clean-dist:
	rm -rf dist $(GEN)
