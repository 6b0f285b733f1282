# Makefile for hadath: the library (build/libhadath.a), the command-line
# tool (build/hadath, linked as ./hadath), tests, sanitizer runs and benchmarks.
#
#   make            build the library and the tool
#   make test       unit tests, spec tests and bad-input tests, then all of them
#                   again under AddressSanitizer and UndefinedBehaviorSanitizer
#   make check      the same tests once, without sanitizers
#   make bench      code ../shared/corpus/ant21.jsonl.gz and print the speed
#   make CC=clang   any of the above with clang

CC       ?= cc
BUILD    ?= build
PKGS     := jansson zlib
OPT      ?= -O2
CFLAGS   ?= $(OPT) -g
WARN     := -std=c11 -Wall -Wextra -Wno-unused-parameter -D_POSIX_C_SOURCE=200809L
PKG_CFLAGS := $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
PKG_LIBS   := $(shell pkg-config --libs $(PKGS) 2>/dev/null || echo -ljansson -lz)
CPPFLAGS += -Iinclude -Isrc $(PKG_CFLAGS)
LDLIBS   += $(PKG_LIBS) -lm

LIB_SRC  := $(sort $(wildcard src/*.c src/*/*.c))
LIB_OBJ  := $(patsubst src/%.c,$(BUILD)/obj/%.o,$(LIB_SRC)) $(BUILD)/obj/builtin_dicts.o
DICTS    := $(sort $(wildcard dict/*.txt))
UNIT_SRC := $(sort $(wildcard tests/unit/test_*.c))
UNIT_BIN := $(patsubst tests/unit/%.c,$(BUILD)/tests/%,$(UNIT_SRC))

.PHONY: all check test asan clean bench install
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

install: $(BUILD)/hadath
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/man/man1
	install -m 755 $(BUILD)/hadath $(DESTDIR)$(PREFIX)/bin/hadath
	install -m 644 docs/hadath.1 $(DESTDIR)$(PREFIX)/share/man/man1/hadath.1

PREFIX ?= /usr/local

clean:
	rm -rf build hadath
