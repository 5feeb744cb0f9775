/*
 * fuzz_us_csl_csv.c — libFuzzer target for the US Consolidated Screening List loader
 * (us-csl-csv), with the CSV reader (plain or gzip), the row merging and the "ids" reader under
 * it: any bytes must load or be refused with a message, never crash, leak or hang.
 */
#include "fuzz_list.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) { return fuzz_list("us-csl-csv", data, size); }
