/*
 * fuzz_un_xml.c — libFuzzer target for the UN Security Council list loader (and libxml2's reader
 * and the entity builder under it): any bytes as a list file, loaded with the explicit un-xml:
 * prefix, must load or be refused with a message, never crash, leak or hang, never read another
 * file; a list that loads must be searchable.
 */

#include "fuzz_list.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) { return fuzz_list("un-xml", data, size); }
