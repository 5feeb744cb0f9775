/*
 * fuzz_os_simple_csv.c — libFuzzer target for the OpenSanctions targets.simple.csv loader: any
 * bytes as the file must load or be refused with a message, never crash, leak or hang; a list
 * that loads must be searchable.
 */

#include "fuzz_list.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) { return fuzz_list("os-simple-csv", data, size); }
