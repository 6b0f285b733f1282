# Makefile for hadath: the library (build/libhadath.a), the command-line
# tool (build/hadath, linked as ./hadath), tests, sanitizer runs and benchmarks.
#
#   make            build the library and the tool
#   make test       unit tests, spec tests and bad-input tests, then all of them
#                   again under AddressSanitizer and UndefinedBehaviorSanitizer
#   make check      the same tests once, without sanitizers
#   make bench      code ../shared/corpus/ant21.jsonl.gz and print the speed
#   make bench-store  the same corpus into SQLite and PostgreSQL: many loaders,
#                   one killed, dumps compared, a query timed (bench/store)
#   make fuzz       build the libFuzzer harnesses of fuzz/ with clang into
#                   build/fuzz and run each for FUZZ_SECONDS (default 60)
#   make CC=clang   any of the above with clang

CC       ?= cc
BUILD    ?= build
PKGS     := jansson zlib sqlite3 libpq
OPT      ?= -O3
# With gcc, link-time optimization: the small helpers every stage calls
# (token tests, dictionary look-ups) live in other files than their
# callers, and are inlined only when the whole program is optimized at
# once.  Other compilers build without it, unless given LTO=-flto.
ifndef LTO
LTO      := $(shell printf '__clang__' | $(CC) -E -P - 2>/dev/null | grep -q '^__clang__' && echo -flto=auto)
endif
CFLAGS   ?= $(OPT) -g $(LTO)
WARN     := -std=c11 -Wall -Wextra -Wno-unused-parameter -D_POSIX_C_SOURCE=200809L
PKG_CFLAGS := $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
PKG_LIBS   := $(shell pkg-config --libs $(PKGS) 2>/dev/null || echo -ljansson -lz -lsqlite3 -lpq)
CPPFLAGS += -Iinclude -Isrc $(PKG_CFLAGS)
LDLIBS   += $(PKG_LIBS) -lm

LIB_SRC  := $(sort $(wildcard src/*.c src/*/*.c))
LIB_OBJ  := $(patsubst src/%.c,$(BUILD)/obj/%.o,$(LIB_SRC)) $(BUILD)/obj/builtin_dicts.o
DICTS    := $(sort $(wildcard dict/*.txt))
UNIT_SRC := $(sort $(wildcard tests/unit/test_*.c))
UNIT_BIN := $(patsubst tests/unit/%.c,$(BUILD)/tests/%,$(UNIT_SRC))

.PHONY: all check test asan clean bench bench-store install fuzz fuzz-build
all: $(BUILD)/hadath hadath

hadath: $(BUILD)/hadath
	@[ "$(BUILD)" != build ] || ln -sf build/hadath hadath

$(BUILD)/obj/%.o: src/%.c include/hadath.h $(wildcard src/*.h src/*/*.h)
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(WARN) $(CFLAGS) -c $< -o $@

# The built-in dictionaries are the text files of dict/, embedded as data.
$(BUILD)/embed: tools/embed.c
	@mkdir -p $(BUILD)
	$(CC) $(WARN) -O1 $< -o $@

$(BUILD)/builtin_dicts.c: $(BUILD)/embed $(DICTS)
	$(BUILD)/embed $(DICTS) > $@

$(BUILD)/obj/builtin_dicts.o: $(BUILD)/builtin_dicts.c
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(WARN) $(CFLAGS) -c $< -o $@

$(BUILD)/libhadath.a: $(LIB_OBJ)
	rm -f $@
	ar rcs $@ $^

CLI_SRC  := $(sort $(wildcard cli/*.c))

$(BUILD)/hadath: $(CLI_SRC) cli/cli.h $(BUILD)/libhadath.a
	$(CC) -Iinclude $(WARN) $(CFLAGS) -pthread $(CLI_SRC) $(BUILD)/libhadath.a $(LDFLAGS) $(LDLIBS) -o $@

$(BUILD)/tests/%: tests/unit/%.c $(BUILD)/libhadath.a tests/unit/unit.h
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(WARN) $(CFLAGS) $< $(BUILD)/libhadath.a $(LDFLAGS) $(LDLIBS) -o $@

$(BUILD)/spec-runner: tests/spec_runner.c $(BUILD)/libhadath.a
	$(CC) -Iinclude $(WARN) $(CFLAGS) $< $(BUILD)/libhadath.a $(LDFLAGS) $(LDLIBS) -o $@

check: $(BUILD)/hadath $(UNIT_BIN) $(BUILD)/spec-runner
	@sh tests/run-all $(BUILD)

asan:
	$(MAKE) BUILD=build/asan OPT=-O1 \
	  CFLAGS="-O1 -g -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer" \
	  LDFLAGS="-fsanitize=address,undefined" check

test: check asan

bench: $(BUILD)/hadath
	@sh bench/run $(BUILD)/hadath
	@sh bench/dict-scale $(BUILD)/hadath

bench-store: $(BUILD)/hadath
	@sh bench/store $(BUILD)/hadath

# libFuzzer harnesses, one a file in fuzz/.  The library is built again
# by clang with coverage and sanitizers into build/fuzz; each harness then
# runs for FUZZ_SECONDS on its seeds in fuzz/corpus/NAME, keeping what it
# finds in build/fuzz/corpus/NAME and any crashing input in
# build/fuzz/crashes/.  FUZZ_FLAGS passes more libFuzzer options.
FUZZ_CC      ?= clang
FUZZ_SECONDS ?= 60
FUZZ_FLAGS   ?=
FUZZ_BUILD   := build/fuzz
FUZZ_NAMES   := $(sort $(basename $(notdir $(wildcard fuzz/*.c))))
FUZZ_SAN     := -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer

fuzz-build:
	$(MAKE) BUILD=$(FUZZ_BUILD) CC=$(FUZZ_CC) CFLAGS="-O1 -g $(FUZZ_SAN) -fsanitize=fuzzer-no-link" \
	  $(FUZZ_BUILD)/libhadath.a
	$(MAKE) $(addprefix $(FUZZ_BUILD)/fuzz-,$(FUZZ_NAMES))

$(FUZZ_BUILD)/fuzz-%: fuzz/%.c $(FUZZ_BUILD)/libhadath.a
	$(FUZZ_CC) $(CPPFLAGS) $(WARN) -O1 -g $(FUZZ_SAN) -fsanitize=fuzzer $< $(FUZZ_BUILD)/libhadath.a \
	  $(LDLIBS) -o $@

fuzz: fuzz-build
	@mkdir -p $(FUZZ_BUILD)/crashes
	@for n in $(FUZZ_NAMES); do \
	  mkdir -p $(FUZZ_BUILD)/corpus/$$n; \
	  dict=; [ -f fuzz/$$n.dict ] && dict=-dict=fuzz/$$n.dict; \
	  if $(FUZZ_BUILD)/fuzz-$$n -max_total_time=$(FUZZ_SECONDS) -timeout=30 -print_final_stats=1 $$dict \
	       -artifact_prefix=$(FUZZ_BUILD)/crashes/$$n- $(FUZZ_FLAGS) \
	       $(FUZZ_BUILD)/corpus/$$n fuzz/corpus/$$n >$(FUZZ_BUILD)/$$n.log 2>&1; then \
	    awk -v n=$$n '/^#[0-9]+/ { last = $$0 } /stat::number_of_executed_units/ { runs = $$2 } \
	      END { sub(/^#[0-9]+[ \t]+[A-Z]+[ \t]+/, "", last); printf "fuzz: %-10s ok: %s runs; %s\n", n, runs, last }' \
	      $(FUZZ_BUILD)/$$n.log; \
	  else \
	    tail -n 40 $(FUZZ_BUILD)/$$n.log; echo "fuzz: $$n FAILED (log $(FUZZ_BUILD)/$$n.log)"; exit 1; \
	  fi; \
	done

install: $(BUILD)/hadath
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/man/man1
	install -m 755 $(BUILD)/hadath $(DESTDIR)$(PREFIX)/bin/hadath
	install -m 644 docs/hadath.1 $(DESTDIR)$(PREFIX)/share/man/man1/hadath.1

PREFIX ?= /usr/local

clean:
	rm -rf build hadath
