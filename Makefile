# appraise: the two commands a newcomer needs are `make site` and `make test`.

SWIFT ?= swift
APT_PACKAGES = libcmark-dev pkg-config
TEST_PACKAGES = pandoc
SUDO = $(shell [ "$$(id -u)" = 0 ] || echo sudo)
RELEASE_LINK_FLAGS = -Xswiftc -Xclang-linker -Xswiftc -fuse-ld=lld -Xlinker -z -Xlinker pack-relative-relocs -Xlinker -ljemalloc

.PHONY: site test check-pages deps test-deps build check check-exports bench bench-site bench-deps golden templates conformance fuzz clean

## Build the example appraisals in appraisals/ into output/ (installs libcmark-dev if missing).
site: deps
	$(SWIFT) run appraise build

## Run every test (installs libcmark-dev, and pandoc for the JATS reader test, if missing); prints
## failures and the summary, or everything with VERBOSE=1.
test: deps test-deps
	SWIFT="$(SWIFT)" VERBOSE="$(VERBOSE)" scripts/test-quietly.sh

## Check every page of the example site: axe-core in headless Chromium at 1280 and 390 px, the Nu HTML checker.
check-pages: deps
	SWIFT="$(SWIFT)" scripts/check-pages.sh

## Install pandoc, whose JATS reader a test reads every report's JATS article back with.
test-deps:
	@if ! command -v pandoc >/dev/null 2>&1; then \
		echo "installing $(TEST_PACKAGES) with apt-get"; \
		$(SUDO) apt-get update -qq && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(TEST_PACKAGES); \
	fi

## Build the examples and read every JATS article and citation export back (pandoc, python3).
check-exports: deps test-deps
	$(SWIFT) run appraise build
	scripts/check-exports.sh output

## Install the C library cmark that appraise parses Markdown with, when it is missing.
deps:
	@if ! pkg-config --exists libcmark 2>/dev/null || [ ! -f /usr/include/cmark.h ]; then \
		echo "installing $(APT_PACKAGES) with apt-get"; \
		$(SUDO) apt-get update -qq && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(APT_PACKAGES); \
	fi

## Build the command-line tool in release mode, the Swift standard library and Foundation linked in
## (it starts about 10 ms sooner): .build/release/appraise. Nothing in it imports FoundationNetworking,
## which would link libcurl and the thirty libraries it loads (TLS, Kerberos, LDAP...) into every run:
## the preview server's HTTP comes from SwiftNIO, and dropping libcurl took `appraise --version`
## from 16.2 to 8.7 ms and `appraise check` of one example from 25.9 to 18.5 ms.
## Linked by the toolchain's lld with packed relative relocations (glibc 2.36 reads them): the
## binary's 88,000 pointer fix-ups at start-up take a 17 KB table instead of 2 MB (a small gain:
## `appraise --version` 10.1 -> 9.7 ms).
##
## It allocates through jemalloc (libjemalloc-dev, installed when missing): a build allocates and
## frees millions of small strings and arrays on two threads, and glibc's allocator spent about
## 12% of a 1,000-page build in malloc, free and heap trimming (task-clock 3.16 -> 2.82 s; peak
## memory 30 -> 34 MiB at 1,000 pages, 50 -> 51 MiB at 10,000). The recipe fails if the binary does
## not load it, or if it loads libcurl again.
build: deps
	@if [ ! -f /usr/include/jemalloc/jemalloc.h ]; then \
		echo "installing libjemalloc-dev with apt-get"; \
		$(SUDO) apt-get update -qq && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libjemalloc-dev; \
	fi
	$(SWIFT) build -c release --product appraise --static-swift-stdlib $(RELEASE_LINK_FLAGS)
	@ldd .build/release/appraise | grep -q 'libjemalloc' || { echo "the release binary does not load libjemalloc"; exit 1; }
	@! ldd .build/release/appraise | grep -q 'libcurl' || { echo "the release binary loads libcurl: something imports FoundationNetworking"; exit 1; }

## Check the example appraisals without writing anything.
check: deps
	$(SWIFT) run appraise check

## Print the cost per call of each statistics method on large inputs (release build).
bench: deps
	$(SWIFT) run -c release statistics-bench

## The shared benchmark (compare.py) lives outside the repository: ../shared from a checkout; pass
## SHARED=/path/to/shared from elsewhere (a CI clone). BENCH_DOCS and BENCH_RUNS set its size.
SHARED ?= ../shared
BENCH_DOCS ?= 1000
BENCH_RUNS ?= 5
BENCH_PACKAGES = gcc libcmark-dev hugo

## Time a full site build against the C floor (libcmark on 2 threads) and Hugo; prints the ratios.
bench-site: build bench-deps
	@[ -f "$(SHARED)/bench/compare.py" ] || { echo "no $(SHARED)/bench/compare.py: pass SHARED=/path/to/shared"; exit 2; }
	python3 "$(SHARED)/bench/compare.py" "$(CURDIR)/.build/release/appraise" $(BENCH_DOCS) $(BENCH_RUNS) \
		|| echo "(compare.py exits 1 until the long-term goal is met: appraise/floor <= 1.5 and no-op/full <= 0.05)"

## Install what compare.py needs, when missing: gcc and libcmark-dev for the C floor, hugo for its column.
bench-deps:
	@if ! command -v gcc >/dev/null 2>&1 || ! command -v hugo >/dev/null 2>&1 || [ ! -f /usr/include/cmark.h ]; then \
		echo "installing $(BENCH_PACKAGES) with apt-get"; \
		$(SUDO) apt-get update -qq && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(BENCH_PACKAGES); \
	fi

## Regenerate the statistics golden vectors from scipy and statsmodels (needs pip).
golden:
	python3 -m pip install -q -r scripts/golden/requirements.txt
	cd scripts/golden && for script in distributions continuous comparisons survival patient diagnostic prognosis consistency meta_analysis; do python3 $$script.py || exit 1; done

## Regenerate the built-in templates from templates/ (run after editing a template).
templates:
	python3 scripts/embed-templates.py

## Re-record what the cmark command prints for the CommonMark conformance cases.
conformance:
	@command -v cmark >/dev/null || $(SUDO) apt-get install -y -qq cmark
	python3 scripts/conformance/record.py

FUZZ_TARGETS = front-matter data-blocks expressions citations csv checklist page templates
FUZZ_SECONDS ?= 60
FUZZ_BUILD = $(SWIFT) build -c debug -Xswiftc -sanitize=fuzzer -Xswiftc -parse-as-library

## Fuzz each parser (Fuzz/) for FUZZ_SECONDS seconds (default 60) from the seeds in Fuzz/corpus;
## a crash, or one input taking over 5 s, fails. Found inputs go to Fuzz/.build/corpus, crashes to Fuzz/.build/crashes.
fuzz: deps
	cd Fuzz && $(FUZZ_BUILD)
	@for target in $(FUZZ_TARGETS); do \
		mkdir -p Fuzz/.build/corpus/$$target Fuzz/.build/crashes; \
		echo "fuzzing $$target for $(FUZZ_SECONDS) s"; \
		Fuzz/.build/debug/fuzz-$$target Fuzz/.build/corpus/$$target Fuzz/corpus/$$target \
			-max_total_time=$(FUZZ_SECONDS) -timeout=5 -max_len=8192 -rss_limit_mb=2048 -print_final_stats=1 \
			-artifact_prefix=Fuzz/.build/crashes/$$target- 2>Fuzz/.build/fuzz-$$target.log \
			|| { tail -40 Fuzz/.build/fuzz-$$target.log; exit 1; }; \
		grep -E '^(stat::number_of_executed_units|stat::average_exec_per_sec|Done)' Fuzz/.build/fuzz-$$target.log | tr '\n' ' '; echo; \
	done

clean:
	rm -rf .build output Fuzz/.build
