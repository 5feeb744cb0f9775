# cordon — build, test and demo.
#
#   make            the library (static and shared), the cordon binary and cordon.pc
#   make test       unit tests (cmocka) and CLI integration tests
#   make demo       screens the sample articles and names against the sample list
#   make SANITIZE=1 ...   the same with AddressSanitizer and UndefinedBehaviorSanitizer
#                         (built in build/san so it never mixes with the normal build)
#   make install PREFIX=/usr/local
#
# Every target that builds first runs scripts/install-deps.sh, which installs missing Debian
# packages and returns at once when nothing is missing.

CC      ?= cc
PREFIX  ?= /usr/local
PKGS    := libutf8proc icu-uc icu-i18n jansson libxml-2.0 zlib libcrypto sqlite3
# Only the cordon binary (the HTTP server) links these; the library does not.
SERVER_PKGS := libmicrohttpd
VERSION := $(shell sed -n 's/^\#define CORDON_VERSION "\(.*\)"/\1/p' include/cordon.h)

ifeq ($(SANITIZE),1)
BUILD   := build/san
OPT     := -O1 -g -fno-omit-frame-pointer -fsanitize=address,undefined -fno-sanitize-recover=undefined
LDSAN   := -fsanitize=address,undefined
else
BUILD   := build
OPT     := -O2 -g
LDSAN   :=
endif

# pkg-config's flags are asked for once, when a recipe first uses them, not while make reads this
# file: on a fresh machine the deps step installs the packages (pkg-config among them) only
# after that, and flags read before it would be empty and the first link would fail.
lazy_pkg = $(eval $(1) := $$(shell pkg-config $(2)))$($(1))
PKG_CFLAGS = $(call lazy_pkg,PKG_CFLAGS,--cflags $(PKGS))
PKG_LIBS = $(call lazy_pkg,PKG_LIBS,--libs $(PKGS))

WARN    := -Wall -Wextra -Wshadow -Wstrict-prototypes -Wmissing-prototypes -Wpointer-arith -Wformat=2 -Wvla
CFLAGS  += -std=c17 -D_GNU_SOURCE $(OPT) $(WARN) -fPIC -fvisibility=hidden -DCORDON_BUILDING \
           -Iinclude -Isrc $(PKG_CFLAGS)
# MeCab (japanese.c) ships no pkg-config file: mecab-config would say -lmecab.
LDLIBS  = $(PKG_LIBS) -lmecab -lm -lpthread
SERVER_LDLIBS = $(call lazy_pkg,SERVER_LDLIBS,--libs $(SERVER_PKGS))
# Only the cordon command downloads (cordon update): the library does not link these.
CLI_PKGS := libcurl
CLI_LDLIBS = $(call lazy_pkg,CLI_LDLIBS,--libs $(CLI_PKGS))

LIB_SRC := $(wildcard src/core/*.c src/text/*.c src/model/*.c src/lists/*.c src/index/*.c src/match/*.c src/scan/*.c src/store/*.c)
CLI_SRC := $(wildcard src/cli/*.c) $(wildcard src/server/*.c)
LIB_OBJ := $(LIB_SRC:%.c=$(BUILD)/%.o)
CLI_OBJ := $(CLI_SRC:%.c=$(BUILD)/%.o) $(BUILD)/gen/web_assets.o
WEB_FILES := $(sort $(wildcard $(addprefix src/server/web/*.,html js css json svg)))
UNIT_SRC := $(wildcard tests/unit/test_*.c)
UNIT_BIN := $(UNIT_SRC:tests/unit/%.c=$(BUILD)/tests/%)

.PHONY: all deps lib test test-valgrind test-threads demo clean install fuzz bench-speed bench-quality bench-load bench-audit bench-server soak bench-batch bench-scan bench-exhaustive bench-peers
all: deps $(BUILD)/libcordon.a $(BUILD)/libcordon.so $(BUILD)/cordon $(BUILD)/cordon.pc

deps:
	@scripts/install-deps.sh

lib: deps $(BUILD)/libcordon.a $(BUILD)/libcordon.so

$(BUILD)/%.o: %.c include/cordon.h | deps
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -MMD -MP -c $< -o $@

$(BUILD)/libcordon.a: $(LIB_OBJ)
	@rm -f $@
	ar rcs $@ $^

$(BUILD)/libcordon.so: $(LIB_OBJ)
	$(CC) -shared -Wl,-soname,libcordon.so.0 $(LDSAN) -o $@ $^ $(LDLIBS)

# The web page's files become a C array (no build step for users, nothing read at run time).
$(BUILD)/gen/web_assets.c: $(WEB_FILES) scripts/embed-web.sh | deps
	@mkdir -p $(dir $@)
	scripts/embed-web.sh $@ $(WEB_FILES)

$(BUILD)/gen/web_assets.o: $(BUILD)/gen/web_assets.c src/server/web_assets.h | deps
	$(CC) $(CFLAGS) -c $< -o $@

$(BUILD)/cordon: $(CLI_OBJ) $(BUILD)/libcordon.a
	$(CC) $(LDSAN) -o $@ $(CLI_OBJ) $(BUILD)/libcordon.a $(LDLIBS) $(SERVER_LDLIBS) $(CLI_LDLIBS)

$(BUILD)/cordon.pc: cordon.pc.in include/cordon.h
	@mkdir -p $(dir $@)
	sed -e 's|@PREFIX@|$(PREFIX)|g' -e 's|@VERSION@|$(VERSION)|g' -e 's|@PKGS@|$(PKGS)|g' $< > $@

# Unit tests link the static library, so they can reach internal (hidden) functions too.
$(BUILD)/tests/test_%: tests/unit/test_%.c tests/unit/test_support.h $(BUILD)/libcordon.a
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -Itests/unit -o $@ $< $(EXTRA_OBJ) $(BUILD)/libcordon.a $(LDLIBS) $(LDSAN) $(shell pkg-config --libs cmocka)

# The server's parsers and key checks are front-end code, outside the library: their unit test
# links them too.
$(BUILD)/tests/test_server_params: $(BUILD)/src/server/params.o $(BUILD)/src/server/auth.o
$(BUILD)/tests/test_server_params: EXTRA_OBJ = $(BUILD)/src/server/params.o $(BUILD)/src/server/auth.o

# The batch screen's row checks are the command's, not the library's: their test links them too.
SCREEN_TEST_OBJ := $(BUILD)/src/cli/screen_input.o $(BUILD)/src/cli/screen_output.o $(BUILD)/src/cli/common.o \
                   $(BUILD)/src/cli/json_out.o $(BUILD)/src/cli/screen_audit.o $(BUILD)/src/cli/audit_cli.o
$(BUILD)/tests/test_screen_rows: tests/unit/test_screen_rows.c tests/unit/test_support.h $(SCREEN_TEST_OBJ) $(BUILD)/libcordon.a
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -Itests/unit -o $@ $< $(SCREEN_TEST_OBJ) $(BUILD)/libcordon.a $(LDLIBS) $(LDSAN) $(shell pkg-config --libs cmocka)

test: all $(UNIT_BIN) $(BUILD)/bench_peer
	@tests/run-all.sh $(BUILD)

demo: all
	@scripts/demo.sh $(BUILD)/cordon

# The test suite under valgrind memcheck (no errors, no leaks); VALGRIND_TESTS names the
# integration scripts to include (default: all but the fault tests).
test-valgrind: all $(UNIT_BIN) $(BUILD)/bench_peer
	@scripts/valgrind-tests.sh $(BUILD) $(VALGRIND_TESTS)

# The tests that search and scan one index, and record into one audit store, from many threads, that
# first use the lazily built tables from many (test_first_use), and cordon screen's worker pool, under
# ThreadSanitizer (clang). The library is compiled once into
# build/tsan/obj and linked into each test and the CLI (until session 19 each of the four
# binaries compiled every source again, one clang at a time: 17 s of CPU each, RELIABILITY.md).
TSAN_TESTS := test_snapshot test_audit test_scan test_first_use
TSAN_CFLAGS = -std=c17 -D_GNU_SOURCE -O1 -g -fsanitize=thread -Iinclude -Isrc -DCORDON_BUILDING $(PKG_CFLAGS)
TSAN_LIB_OBJ := $(LIB_SRC:%.c=build/tsan/obj/%.o)
TSAN_CLI_OBJ := $(CLI_SRC:%.c=build/tsan/obj/%.o) build/tsan/obj/$(BUILD)/gen/web_assets.o

# Every header, as for the fuzz objects: these keep no dependency files.
build/tsan/obj/%.o: %.c include/cordon.h $(wildcard src/*/*.h) | deps
	@mkdir -p $(dir $@)
	clang $(TSAN_CFLAGS) -c $< -o $@

build/tsan/test_%: tests/unit/test_%.c tests/unit/test_support.h $(TSAN_LIB_OBJ)
	clang $(TSAN_CFLAGS) -Itests/unit $< $(TSAN_LIB_OBJ) -o $@ $(LDLIBS) $(shell pkg-config --libs cmocka)

build/tsan/cordon: $(TSAN_CLI_OBJ) $(TSAN_LIB_OBJ)
	clang -fsanitize=thread -o $@ $(TSAN_CLI_OBJ) $(TSAN_LIB_OBJ) $(LDLIBS) $(SERVER_LDLIBS) $(CLI_LDLIBS)

test-threads: deps $(TSAN_TESTS:%=build/tsan/%) build/tsan/cordon
	for t in $(TSAN_TESTS); do build/tsan/$$t || exit 1; done
	for i in $$(seq 200); do cat data/sample/names.txt; done >build/tsan/names.txt
	TSAN_OPTIONS=halt_on_error=1 build/tsan/cordon screen --list csv:data/sample/watchlist.csv --threads 4 -q \
	    -o build/tsan/screen.jsonl build/tsan/names.txt
	rm -f build/tsan/audit.db*
	TSAN_OPTIONS=halt_on_error=1 build/tsan/cordon screen --list csv:data/sample/watchlist.csv --threads 4 -q \
	    --audit build/tsan/audit.db -o build/tsan/screen-audit.jsonl build/tsan/names.txt

# libFuzzer targets (clang), with ASan and UBSan: make fuzz FUZZ_SECONDS=N runs each N seconds,
# FUZZ_JOBS of them at a time.
FUZZ_SECONDS ?= 60
FUZZ_JOBS ?= 1
FUZZ_CFLAGS = -std=c17 -D_GNU_SOURCE -O1 -g -fno-omit-frame-pointer -Iinclude -Isrc -DCORDON_BUILDING \
              -DFUZZING_BUILD_MODE_UNSAFE_FOR_PRODUCTION $(PKG_CFLAGS)
FUZZ_LIB_OBJ := $(LIB_SRC:%.c=build/fuzz/obj/%.o)
FUZZ_BIN := $(patsubst tests/fuzz/%.c,build/fuzz/%,$(wildcard tests/fuzz/fuzz_*.c))

# Every header: the fuzz objects keep no dependency files, and one stale struct layout would
# make a target crash on code that is right.
build/fuzz/obj/%.o: %.c include/cordon.h $(wildcard src/*/*.h) | deps
	@mkdir -p $(dir $@)
	clang $(FUZZ_CFLAGS) -fsanitize=fuzzer-no-link,address,undefined -c $< -o $@

# The batch input readers are the command's, not the library's: their target links them too.
FUZZ_SCREEN_OBJ := build/fuzz/obj/src/cli/screen_input.o build/fuzz/obj/src/cli/common.o
build/fuzz/fuzz_screen_input: tests/fuzz/fuzz_screen_input.c $(FUZZ_SCREEN_OBJ) $(FUZZ_LIB_OBJ)
	clang $(FUZZ_CFLAGS) -fsanitize=fuzzer,address,undefined -o $@ $< $(FUZZ_SCREEN_OBJ) $(FUZZ_LIB_OBJ) $(LDLIBS)

# The server's request parsers (no sockets in them) are fuzzed too.
FUZZ_FRONT_OBJ := build/fuzz/obj/src/server/params.o

build/fuzz/fuzz_%: tests/fuzz/fuzz_%.c $(FUZZ_LIB_OBJ) $(FUZZ_FRONT_OBJ)
	clang $(FUZZ_CFLAGS) -fsanitize=fuzzer,address,undefined -o $@ $< $(FUZZ_LIB_OBJ) $(FUZZ_FRONT_OBJ) $(LDLIBS)

fuzz: deps $(FUZZ_BIN)
	@FUZZ_JOBS=$(FUZZ_JOBS) scripts/fuzz.sh $(FUZZ_SECONDS)

# Benchmarks (figures in BENCHMARKS.md): they read ../shared/data (or $CORDON_SHARED/data).
SHARED ?= $(or $(CORDON_SHARED),../shared)
$(BUILD)/bench_speed: bench/bench_speed.c bench/bench_util.h $(BUILD)/libcordon.a
	$(CC) $(CFLAGS) -o $@ $< $(BUILD)/libcordon.a $(LDLIBS) $(LDSAN)

$(BUILD)/bench_scan: bench/bench_scan.c bench/bench_util.h $(BUILD)/libcordon.a
	$(CC) $(CFLAGS) -o $@ $< $(BUILD)/libcordon.a $(LDLIBS) $(LDSAN)

$(BUILD)/bench_exhaustive: bench/bench_exhaustive.c $(BUILD)/libcordon.a
	$(CC) $(CFLAGS) -o $@ $< $(BUILD)/libcordon.a $(LDLIBS) $(LDSAN)

$(BUILD)/bench_peer: bench/bench_peer.c bench/bench_util.h $(BUILD)/libcordon.a
	$(CC) $(CFLAGS) -o $@ $< $(BUILD)/libcordon.a $(LDLIBS) $(LDSAN)

$(BUILD)/bench_load: bench/bench_load.c $(BUILD)/libcordon.a
	$(CC) $(CFLAGS) -o $@ $< $(BUILD)/libcordon.a $(LDLIBS) $(LDSAN)

$(BUILD)/bench_audit: bench/bench_audit.c $(BUILD)/libcordon.a
	$(CC) $(CFLAGS) -o $@ $< $(BUILD)/libcordon.a $(LDLIBS) $(LDSAN)

# The audit trail's costs: list checksums, fingerprints, recording screenings (BENCHMARKS.md).
bench-audit: all $(BUILD)/bench_audit
	@$(BUILD)/bench_audit $${TMPDIR:-/tmp} $(SHARED)/data/lists/us-ofac-sdn-2024 $(SHARED)/data/lists/eu-travelbans-2022-09 \
	    $(SHARED)/data/lists/un-sc-2026-02

bench-load: all $(BUILD)/bench_load
	@bench/load.sh $(BUILD) $(SHARED)

bench-speed: all $(BUILD)/bench_speed
	@bench/speed.sh $(BUILD) $(SHARED)

bench-scan: all $(BUILD)/bench_scan
	@bench/scan.sh $(BUILD) $(SHARED)

# wrk against GET /search on loopback, then again with a reload in the middle.
bench-server: all
	@bench/server.sh $(BUILD)/cordon $(SHARED)

# Mixed search/match/scan load with a reload every 30 s, RSS watched: SOAK_SECONDS (600) long.
soak: all
	@bench/soak.sh $(BUILD)/cordon $(SHARED)

bench-batch: all
	@bench/batch.sh $(BUILD) $(SHARED)

# Whether search finds every entity the scorer alone would alert on (a few minutes).
bench-exhaustive: all $(BUILD)/bench_speed $(BUILD)/bench_exhaustive
	@bench/exhaustive.sh $(BUILD) $(SHARED)

bench-quality: all
	@python3 bench/quality.py --cordon $(BUILD)/cordon

# The quality benchmark through cordon and a model of Moov Watchman's matching, side by side.
bench-peers: all $(BUILD)/bench_peer
	@bench/peers.sh $(BUILD) $(SHARED)

install: all
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/lib $(DESTDIR)$(PREFIX)/include $(DESTDIR)$(PREFIX)/lib/pkgconfig
	install -m 755 $(BUILD)/cordon $(DESTDIR)$(PREFIX)/bin/
	install -m 644 $(BUILD)/libcordon.a include/cordon.h $(DESTDIR)$(PREFIX)/lib/
	install -m 755 $(BUILD)/libcordon.so $(DESTDIR)$(PREFIX)/lib/libcordon.so.0
	ln -sf libcordon.so.0 $(DESTDIR)$(PREFIX)/lib/libcordon.so
	mv $(DESTDIR)$(PREFIX)/lib/cordon.h $(DESTDIR)$(PREFIX)/include/
	install -m 644 $(BUILD)/cordon.pc $(DESTDIR)$(PREFIX)/lib/pkgconfig/

clean:
	rm -rf build

.SECONDARY:

-include $(LIB_OBJ:.o=.d) $(CLI_OBJ:.o=.d)
