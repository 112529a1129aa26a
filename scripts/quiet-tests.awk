# Filters `swift test` output for `make test`: drops build progress and every passing or started
# test line (Swift Testing's ◇ and ✔, XCTest's suite lines), keeping failures, warnings, errors,
# anything unrecognised, and the final "Test run with N tests ... passed/failed" line.
function ends_record(line) { return line ~ /(started|passed after [0-9.]+ seconds[^.]*)\.$/ }
skipping { if (ends_record($0)) skipping = 0; next }
/^✔ Test run with / { print; fflush(); next }
/^(◇|✔) / { if (!ends_record($0)) skipping = 1; next }
/ (started|passed after [0-9.]+ seconds)\.$/ { next }  # a record split by another thread's write
/^\[[0-9]+\/[0-9]+\] / { next }
/^(Building for |Build complete!)/ { next }
/^Test Suite '.*' (started|passed) at / { next }
/^[ \t]+Executed 0 tests/ { next }
{ print; fflush() }
