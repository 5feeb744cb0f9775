/*
 * fuzz_gb_hmt_csv.c — libFuzzer target for the OFSI ConList loader (gb-hmt-csv), with the CSV
 * reader, the row grouping and the free-text readers under it: any bytes must load or be
 * refused with a message, never crash, leak or hang.
 */
#include "fuzz_list.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) { return fuzz_list("gb-hmt-csv", data, size); }
