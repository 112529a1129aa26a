# appraise: the two commands a newcomer needs are `make site` and `make test`.

SWIFT ?= swift
APT_PACKAGES = libcmark-dev pkg-config
TEST_PACKAGES = pandoc
SUDO = $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: site test check-pages deps test-deps build check check-exports bench golden templates conformance fuzz clean

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

## Build the command-line tool in release mode: .build/release/appraise
build: deps
	$(SWIFT) build -c release --product appraise

## Check the example appraisals without writing anything.
check: deps
	$(SWIFT) run appraise check

## Print the cost per call of each statistics method on large inputs (release build).
bench: deps
	$(SWIFT) run -c release statistics-bench

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

FUZZ_TARGETS = front-matter data-blocks expressions citations csv checklist
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
