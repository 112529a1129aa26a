#ifndef CFUZZDRIVER_H
#define CFUZZDRIVER_H
#include <stddef.h>
#include <stdint.h>

/// Runs libFuzzer with the command line `argc`, `argv` and the test function `test`: the
/// fuzz targets have their own `main` (SwiftPM links executables that way), so they call
/// libFuzzer's driver instead of linking its `main`.
int appraise_fuzz_main(int argc, char **argv, int (*test)(const uint8_t *data, size_t size));

#endif
