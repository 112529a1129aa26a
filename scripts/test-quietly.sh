#!/usr/bin/env bash
# `make test`: runs `swift test` with only the summary and failures shown (see quiet-tests.awk);
# the exit status is swift test's. VERBOSE=1 shows everything.
set -uo pipefail
cd "$(dirname "$0")/.."
if [ "${VERBOSE:-0}" = 1 ]; then exec ${SWIFT:-swift} test "$@"; fi
${SWIFT:-swift} test "$@" 2>&1 | awk -f scripts/quiet-tests.awk
exit "${PIPESTATUS[0]}"
