/*
 * fuzz_custom_csv.c — libFuzzer target for the custom-list CSV loader (and the CSV reader and
 * entity builder under it): any bytes as a list file must load or be refused with a message,
 * never crash, leak or hang; a list that loads must be searchable.
 */

#include "fuzz_list.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) { return fuzz_list("csv", data, size); }
