# libFuzzer targets of mod_portal's parsers (see README.md, Fuzzing, and
# scripts/fuzz.sh, which runs them). Plain make, run from the repository root:
#
#   make -f tests/fuzz/fuzz.mk -j2          builds tests/fuzz/build/fuzz_*
#
# The core sources are the ones Makefile.am puts in its noinst libraries
# (libportalcore.la, libportaltools.la: read from it, so a new core file
# needs no edit here), compiled once with
# -fsanitize=fuzzer-no-link,address,undefined into an archive; each target
# links the archive, so it pulls in only the objects it needs. Flags and
# libraries are those configure.ac finds (read from it too).

ifeq ($(origin CC),default)
CC        = clang-14
endif
OUT      := tests/fuzz/build
# The libraries configure.ac asks pkg-config for (versions dropped), and
# those it checks with AC_CHECK_LIB.
PKGS     := $(shell sed -n 's/.*PKG_CHECK_MODULES.\[[A-Z_]*\], *\[\([^]]*\)\].*/\1/p' \
                      configure.ac | sed 's/[<>=]=* *[0-9.]*//g')
LIBS_AC  := $(shell sed -n 's/.*AC_CHECK_LIB.\[\([a-z0-9_]*\)\].*/-l\1/p' configure.ac)
PKG_CFLAGS := $(shell pkg-config --cflags $(PKGS))
PKG_LIBS   := $(shell pkg-config --libs $(PKGS)) $(LIBS_AC)

SAN      := -fsanitize=address,undefined -fno-sanitize-recover=undefined
CFLAGS_COMMON := -g -O1 -std=gnu11 -Wall -Wextra -Wno-unused-parameter \
                 -fno-omit-frame-pointer $(PKG_CFLAGS) -Imod_portal
CORE_CFLAGS   := $(CFLAGS_COMMON) -fsanitize=fuzzer-no-link $(SAN)
TARGET_CFLAGS := $(CFLAGS_COMMON) -Werror -fsanitize=fuzzer $(SAN)

# Every source of the noinst libraries (libportalcore, libportaltools, …).
CORE_SRCS := $(shell awk '/^lib[a-z0-9_]*_la_SOURCES[ \t]*=/ { on = 1 } \
                          on { print } on && !/\\$$/ { on = 0 }' Makefile.am \
                      | grep -o 'mod_portal/[a-z0-9_]*\.c')
CORE_OBJS := $(patsubst mod_portal/%.c,$(OUT)/core/%.o,$(CORE_SRCS))
TARGETS   := $(patsubst tests/fuzz/%.c,$(OUT)/%,\
               $(filter-out tests/fuzz/fuzz_pool.c,$(wildcard tests/fuzz/fuzz_*.c)))

.PHONY: all clean
all: $(TARGETS)

$(OUT)/core/%.o: mod_portal/%.c
	@mkdir -p $(@D)
	$(CC) $(CORE_CFLAGS) -MMD -MP -c -o $@ $<

$(OUT)/libportalcore-fuzz.a: $(CORE_OBJS)
	rm -f $@
	ar rcs $@ $^

# Each apr_palloc of the core a malloc of its own, for ASan (fuzz_pool.c).
WRAP := -Wl,--wrap=apr_palloc,--wrap=apr_pcalloc

$(OUT)/fuzz_pool.o: tests/fuzz/fuzz_pool.c
	@mkdir -p $(@D)
	$(CC) $(CORE_CFLAGS) -Werror -c -o $@ $<

$(OUT)/fuzz_%: tests/fuzz/fuzz_%.c tests/fuzz/fuzz_common.h $(OUT)/fuzz_pool.o \
               $(OUT)/libportalcore-fuzz.a
	$(CC) $(TARGET_CFLAGS) -MMD -MP -MF $@.d -o $@ $< $(OUT)/fuzz_pool.o \
	    $(OUT)/libportalcore-fuzz.a $(WRAP) $(PKG_LIBS)

clean:
	rm -rf $(OUT)/core $(OUT)/libportalcore-fuzz.a $(OUT)/fuzz_pool.o $(TARGETS) $(OUT)/*.d

-include $(CORE_OBJS:.o=.d) $(TARGETS:=.d)
