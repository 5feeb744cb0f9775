/*
 * fuzz_eu_fsf_csv.c — libFuzzer target for the EU Financial Sanctions File CSV loader (and the
 * CSV reader, the re-splitting of wrapped rows and the entity builder under it): any bytes as a
 * list file, loaded with the explicit eu-fsf-csv: prefix, must load or be refused with a
 * message, never crash, leak or hang; a list that loads must be searchable.
 */

#include "fuzz_list.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) { return fuzz_list("eu-fsf-csv", data, size); }
