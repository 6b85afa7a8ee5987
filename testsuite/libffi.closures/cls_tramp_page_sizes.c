/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* aarch64, riscv64, 32-bit Arm, ppc64el and s390x: the tier-2 trampoline
   table works with 4, 16 and 64 KiB pages.

   aarch64 kernels run with 4, 16 or 64 KiB pages.  A tier-2 block is a
   read-only executable copy of the library's trampoline table, mapped
   from the library file, followed by read-write pages holding the slots;
   each trampoline reaches its slot exactly 64 KiB ahead.  With 64 KiB
   pages that only works if the table starts a 64 KiB page of the file
   (mmap offsets are multiples of the page size), fills that page on its
   own (a page is all code or all data), and its code does not care where
   the kernel puts it.  This test runs on whatever page size the kernel
   (or qemu -p) has and proves each point for all three:

   1. it takes closures until the pool hands out a tier-2 trampoline, and
      checks the block it is in: its code is a page-aligned r-x mapping
      of 64 KiB of the library file at a file offset that is a multiple
      of 64 KiB, the 64 KiB above it are rw-p anonymous memory, and the
      64 KiB of code are 4096 identical trampolines (bti c; adr x17,
      .+64K; ldar x16, [x17]; br x16), so nothing else shares any page of
      it;
   2. it maps the same 64 KiB of the file itself, at addresses aligned to
      exactly 4, 16 and 64 KiB (those the running kernel can give), the
      way a kernel of that page size would, puts slots in fresh pages
      64 KiB above, and calls through the first, second, middle and last
      trampoline, each of which must reach its own slot.

   The mappings are made PROT_BTI where the kernel knows it, so under
   qemu -cpu max the trampolines' landing pads are checked too.

   riscv64: Linux uses 4 KiB pages there, and qemu-user (7.2) ignores -p
   for it, so only the second part shows what larger pages would do; the
   table is built for 64 KiB all the same (src/riscv/internal.h).  Its
   trampolines are auipc t0, 16 (the slot, 64 KiB ahead); nop; ld t1,
   0(t0); jr t1.

   32-bit Arm (armhf, armel): Debian's kernels have 4 KiB pages, but an
   arm64 kernel with 16 or 64 KiB pages may run armhf and armel programs,
   and qemu-arm cannot emulate larger pages (-p 65536 aborts), so part 2
   is what shows the layout works there.  The trampolines are
     sub ip, pc, #8; add ip, ip, #65536; ldr pc, [ip]; udf #0.

   ppc64el: kernels commonly run with 64 KiB pages (qemu -p 65536 shows
   it).  Its trampolines are addis r11, r12, 1 (r12 is the trampoline's
   own address, as every ELFv2 indirect call sets it: the slot is 64 KiB
   ahead); ld r12, 0(r11); mtctr r12; bctr.

   s390x: 4 KiB pages, and qemu-s390x ignores -p: as for riscv64, the
   remapping shows larger pages.  Its trampolines are larl %r0, SLOT;
   lgrl %r1, SLOT; br %r1; nopr.  */

#include "closuretest.h"

#if (defined(__aarch64__) || (defined(__riscv) && __riscv_xlen == 64) \
     || defined(__arm__) \
     || (defined(__powerpc64__) && _CALL_ELF == 2) || defined(__s390x__)) \
    && defined(__linux__)

#include <errno.h>
#include <fcntl.h>
#include <sys/mman.h>
#include <unistd.h>

#define TABLE_SIZE   65536u
#define TRAMP_SIZE   16u
#define NTRAMP       (TABLE_SIZE / TRAMP_SIZE)
#define MAX_CLOSURES 100000

#if !defined(__aarch64__)
# define TEST_PROT_BTI 0
#elif defined(PROT_BTI)
# define TEST_PROT_BTI PROT_BTI
#else
# define TEST_PROT_BTI 0x10
#endif

struct mapping {
  uintptr_t lo, hi;
  unsigned long long offset;
  char perms[5];
  char path[512];
};

/* The /proc/self/maps line holding addr; 0 if found.  */
static int
find_mapping (uintptr_t addr, struct mapping *m)
{
  FILE *f = fopen ("/proc/self/maps", "r");
  char line[1024];
  int found = -1;

  if (f == NULL)
    return -1;
  while (found != 0 && fgets (line, sizeof line, f) != NULL)
    {
      unsigned long lo, hi;
      unsigned long long off;
      char perms[8], path[512] = "";
      if (sscanf (line, "%lx-%lx %7s %llx %*s %*s %511s", &lo, &hi, perms,
                  &off, path) < 4)
        continue;
      if (addr < lo || addr >= hi)
        continue;
      m->lo = lo;
      m->hi = hi;
      m->offset = off;
      memcpy (m->perms, perms, 4);
      m->perms[4] = '\0';
      strcpy (m->path, path);
      found = 0;
    }
  fclose (f);
  return found;
}

static ffi_cif cif;

static void
handler (ffi_cif *c, void *ret, void **args, void *user_data)
{
  CHECK (c == &cif);
  CT_RET_SINT (ret, *(int *) args[0] * 3 + *(int *) user_data);
}

typedef int (*int_fn) (int);

static int
call (const void *code, int x)
{
  return ((int_fn) (uintptr_t) code) (x);
}

/* The words of a tier-2 trampoline at byte offset 0 of the table.  */
#if defined(__s390x__)
static void
check_trampoline (const uint32_t *w)
{
  /* larl %r0, .+64K; lgrl %r1, .+64K (from the larl); br %r1; nopr %r7.
     Offsets count halfwords from each instruction.  */
  CHECK_EQ_UINT (w[0], 0xc0000000u);
  CHECK_EQ_UINT (w[1], 0x8000c418u);
  CHECK_EQ_UINT (w[2], (TABLE_SIZE - 6) / 2);
  CHECK_EQ_UINT (w[3], 0x07f10707u);
}
#elif defined(__powerpc64__)
static void
check_trampoline (const uint32_t *w)
{
  CHECK_EQ_UINT (w[0], 0x3d6c0001u);            /* addis r11, r12, 1 */
  CHECK_EQ_UINT (w[1], 0xe98b0000u);            /* ld r12, 0(r11) */
  CHECK_EQ_UINT (w[2], 0x7d8903a6u);            /* mtctr r12 */
  CHECK_EQ_UINT (w[3], 0x4e800420u);            /* bctr */
}
#elif defined(__riscv)
static void
check_trampoline (const uint32_t *w)
{
  /* auipc t0, imm: t0 = pc + (imm << 12), the slot TABLE_SIZE ahead.  */
  CHECK_EQ_UINT (w[0] & 0xfffu, 0x297u);
  CHECK_EQ_UINT (w[0] >> 12, TABLE_SIZE >> 12);
  CHECK_EQ_UINT (w[1], 0x00000013u);            /* nop */
  CHECK_EQ_UINT (w[2], 0x0002b303u);            /* ld t1, 0(t0) */
  CHECK_EQ_UINT (w[3], 0x00030067u);            /* jr t1 */
}
#else
static void
check_trampoline (const uint32_t *w)
{
#if defined(__aarch64__)
  uint32_t adr = w[1];
  int64_t imm = (int64_t) (((adr >> 5) & 0x7ffff) << 2 | ((adr >> 29) & 3));
  CHECK_EQ_UINT (w[0], 0xd503245fu);            /* bti c */
  CHECK_EQ_UINT (adr & 0x9f00001fu, 0x10000011u);   /* adr x17, ... */
  if (imm & (1 << 20))
    imm -= 1 << 21;
  /* The slot is TABLE_SIZE after the trampoline, 4 bytes before adr.  */
  CHECK_EQ_INT (imm, (int64_t) TABLE_SIZE - 4);
  CHECK_EQ_UINT (w[2], 0xc8dffe30u);            /* ldar x16, [x17] */
  CHECK_EQ_UINT (w[3], 0xd61f0200u);            /* br x16 */
#else
  CHECK_EQ_UINT (w[0], 0xe24fc008u);            /* sub ip, pc, #8 */
  CHECK_EQ_UINT (w[1], 0xe28cc801u);            /* add ip, ip, #65536 */
  CHECK_EQ_UINT (w[2], 0xe59cf000u);            /* ldr pc, [ip] */
  CHECK_EQ_UINT (w[3], 0xe7f000f0u);            /* udf #0 */
#endif
}
#endif

/* Maps the table from the library file at an address aligned to exactly
   align bytes, slots 64 KiB above, and calls through a few trampolines
   whose slots name the closures in cl[].  */
static void
remap_and_call (const char *path, unsigned long long file_offset,
                size_t align, void *entry, ffi_closure *cl, const int *tags)
{
  static const unsigned picks[4] = { 0, 1, NTRAMP / 2, NTRAMP - 1 };
  size_t reserve_size = 2 * TABLE_SIZE + 2 * TABLE_SIZE;
  char *reserve, *code, *data;
  uintptr_t at;
  int fd, k, prot_bti = TEST_PROT_BTI;

  fd = open (path, O_RDONLY | O_CLOEXEC);
  CHECK (fd >= 0);
  /* Address space to place the block in.  */
  reserve = mmap (NULL, reserve_size, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS,
                  -1, 0);
  CHECK (reserve != MAP_FAILED);
  at = ((uintptr_t) reserve + TABLE_SIZE - 1) & ~(uintptr_t) (TABLE_SIZE - 1);
  if (align < TABLE_SIZE)
    at += align;        /* aligned to align, and to nothing larger */

  code = mmap ((void *) at, TABLE_SIZE, PROT_READ | PROT_EXEC | prot_bti,
               MAP_PRIVATE | MAP_FIXED, fd, (off_t) file_offset);
  if (code == MAP_FAILED && errno == EINVAL)
    {
      prot_bti = 0;     /* a kernel or CPU without BTI */
      code = mmap ((void *) at, TABLE_SIZE, PROT_READ | PROT_EXEC,
                   MAP_PRIVATE | MAP_FIXED, fd, (off_t) file_offset);
    }
  CHECK (code == (char *) at);
  close (fd);
  data = mmap (code + TABLE_SIZE, TABLE_SIZE, PROT_READ | PROT_WRITE,
               MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0);
  CHECK (data == code + TABLE_SIZE);

  for (k = 0; k < 4; k++)
    {
      struct ffi_tramp_slot_image { void *entry, *closure; } *slot;
      slot = (struct ffi_tramp_slot_image *) (data + picks[k] * TRAMP_SIZE);
      slot->closure = &cl[k];
      __atomic_store_n (&slot->entry, entry, __ATOMIC_RELEASE);
    }
  for (k = 0; k < 4; k++)
    CHECK_EQ_INT (call (code + picks[k] * TRAMP_SIZE, 7 + k),
                  (7 + k) * 3 + tags[k]);
  printf ("align %zu KiB%s: ok\n", align / 1024, prot_bti ? " (BTI)" : "");
  CHECK_EQ_INT (munmap (reserve, reserve_size), 0);
}

int
main (void)
{
  static void *codes[MAX_CLOSURES];
  static ffi_closure *closures[MAX_CLOSURES];
  ffi_type *arg_types[1] = { &ffi_type_sint };
  static int tags[4] = { 1000, 2000, 3000, 4000 };
  static int own_tag = 5;
  ffi_closure fake[4];
  struct mapping code_map, data_map;
  long page = sysconf (_SC_PAGESIZE);
  uintptr_t code = 0, base;
  unsigned long long file_offset;
  void *entry;
  size_t align;
  int n = 0, i;

  CHECK_OK (ffi_prep_cif (&cif, FFI_DEFAULT_ABI, 1, &ffi_type_sint,
                          arg_types));
  CHECK (page > 0 && TABLE_SIZE % (unsigned long) page == 0);
  printf ("page size %ld KiB\n", page / 1024);

  /* 1. Closures until one is tier 2: its slot, 64 KiB above the code, is
     in writable memory and names it.  */
  while (n < MAX_CLOSURES)
    {
      struct mapping m;
      ffi_closure *cl = ffi_closure_alloc (sizeof (ffi_closure), &codes[n]);
      CHECK (cl != NULL);
      closures[n++] = cl;
      CHECK_OK (ffi_prep_closure_loc (cl, &cif, handler, &own_tag,
                                      codes[n - 1]));
      if (find_mapping ((uintptr_t) codes[n - 1] + TABLE_SIZE, &m) == 0
          && m.perms[0] == 'r' && m.perms[1] == 'w'
          && *(void **) ((char *) codes[n - 1] + TABLE_SIZE
                         + sizeof (void *)) == cl)
        {
          code = (uintptr_t) codes[n - 1];
          break;
        }
    }
  CHECK (code != 0);
  printf ("tier 2 after %d closures\n", n);
  CHECK_EQ_INT (call ((void *) code, 4), 4 * 3 + own_tag);

  /* The code: r-x, from the library file, where the table starts a
     64 KiB page of the file; the block is where the kernel put it, at
     least page aligned.  */
  CHECK_EQ_INT (find_mapping (code, &code_map), 0);
  CHECK (strcmp (code_map.perms, "r-xp") == 0);
  CHECK (code_map.path[0] == '/');
  file_offset = code_map.offset + (code - code_map.lo);
  base = code - (uintptr_t) (file_offset % TABLE_SIZE);
  file_offset -= file_offset % TABLE_SIZE;
  CHECK (code_map.lo <= base && code_map.hi >= base + TABLE_SIZE);
  CHECK_EQ_UINT (base % (uintptr_t) page, 0);
  CHECK_EQ_INT (find_mapping (base + TABLE_SIZE, &data_map), 0);
  /* The slots: rw-, anonymous, the whole 64 KiB.  */
  CHECK (strcmp (data_map.perms, "rw-p") == 0);
  CHECK (data_map.path[0] == '\0');
  CHECK (data_map.lo <= base + TABLE_SIZE
         && data_map.hi >= base + 2 * TABLE_SIZE);
  /* Nothing but trampolines, all alike.  */
  check_trampoline ((const uint32_t *) base);
  for (i = 1; i < (int) NTRAMP; i++)
    CHECK (memcmp ((const char *) base + i * TRAMP_SIZE, (const char *) base,
                   TRAMP_SIZE) == 0);
  printf ("tier-2 block: 64 KiB of code from file offset 0x%llx\n",
          file_offset);

  /* 2. The same code wherever a 4, 16 or 64 KiB kernel may map it.  The
     slots get the closure entry (from the live slot) and closures of our
     own making, with the fields the entry reads.  */
  entry = *(void **) (code + TABLE_SIZE);
  for (i = 0; i < 4; i++)
    {
      memset (&fake[i], 0, sizeof fake[i]);
      fake[i].cif = &cif;
      fake[i].fun = handler;
      fake[i].user_data = &tags[i];
    }
  for (align = (size_t) page; align <= TABLE_SIZE; align *= 4)
    remap_and_call (code_map.path, file_offset, align, entry, fake, tags);

  for (i = 0; i < n; i++)
    ffi_closure_free (closures[i]);
  return 0;
}

#else
int
main (void)
{
  return TEST_UNSUPPORTED;
}
#endif
