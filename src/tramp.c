/* SPDX-License-Identifier: MIT */
/* stubffi — the closure pool: static trampolines and the closure memory
   that goes with each.

   Trampolines are code assembled into the library (src/<arch>/tramp*.S);
   each reads a data slot {entry, closure} at a fixed distance from itself.
   Nothing here ever writes code or asks for memory that is both writable
   and executable, and no writable page is ever made executable, so
   closures work under PR_SET_MDWE, SELinux execmem denials and the like.

   Every trampoline has a cell: CELL_PAYLOAD bytes that ffi_closure_alloc
   hands out as the closure (all of them the caller's), then one word of
   ours, which says whether the cell is live (so ffi_closure_free
   recognises a double free) or links it into the shared free list
   (mangled and checked: a heap overflow cannot steer the pool).  The
   word is read only once an address test has shown the pointer to be
   the payload of one of our cells, so a foreign pointer is refused
   without the memory around it being touched.  A cell's trampoline and
   slot follow from its address.  A closure larger than a payload is
   malloc'd; closures.c keeps those in a table.

   Tier 1: a table in .text whose slots are in .bss, cells in .bss.  The
   first closures cost no system call.
   Tier 2: when tier 1 is used up, a block is made of a read-only
   executable copy of the library's page-aligned trampoline table, mapped
   from the library file (through the descriptor opened when the library
   was loaded), followed by anonymous read-write pages for the slots and
   then the cells.  Blocks are added until memory or mappings run out.

   Each thread pops and pushes free cells in a cache of its own, without
   a lock; caches trade cells with the shared free list in batches under
   one lock (futex_lock.h), held across fork() by atfork handlers, so
   both sides of a fork keep a consistent pool.  */

#define _GNU_SOURCE
#include "ffi_common.h"
#include "futex_lock.h"

#if defined(__x86_64__)
# include "x86/internal64.h"
#elif defined(__aarch64__)
# include "aarch64/internal.h"
#elif defined(__i386__)
# include "x86/internal.h"
#elif defined(__riscv)
# include "riscv/internal.h"
#elif defined(__arm__)
# include "arm/internal.h"
#elif defined(__powerpc64__)
# include "powerpc/internal.h"
#elif defined(__s390x__)
# include "s390/internal.h"
#else
# error "no static trampolines for this target"
#endif

#include <errno.h>
#include <limits.h>
#include <fcntl.h>
#include <link.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <sys/auxv.h>
#include <unistd.h>

#if defined(__aarch64__)
# include <sys/auxv.h>
# ifndef PT_GNU_PROPERTY
#  define PT_GNU_PROPERTY 0x6474e553
# endif
# ifndef NT_GNU_PROPERTY_TYPE_0
#  define NT_GNU_PROPERTY_TYPE_0 5
# endif
# ifndef GNU_PROPERTY_AARCH64_FEATURE_1_AND
#  define GNU_PROPERTY_AARCH64_FEATURE_1_AND 0xc0000000u
# endif
# ifndef GNU_PROPERTY_AARCH64_FEATURE_1_BTI
#  define GNU_PROPERTY_AARCH64_FEATURE_1_BTI 1u
# endif
# ifndef HWCAP2_BTI
#  define HWCAP2_BTI (1ul << 17)
# endif
# ifndef PROT_BTI
#  define PROT_BTI 0x10
# endif
#endif

_Static_assert (sizeof (struct ffi_tramp_slot) == STUBFFI_TRAMP_SLOT_SIZE,
                "slot layout shared with the trampolines");
/* A tier-2 slot sits at its trampoline's offset in the data pages: slots
   are STUBFFI_TRAMP_SIZE apart there and may be smaller (i386).  */
_Static_assert (STUBFFI_TRAMP_SLOT_SIZE <= STUBFFI_TRAMP_SIZE,
                "tier-2 slots mirror the trampolines one for one");
_Static_assert (STUBFFI_TRAMP_MAP_SIZE % STUBFFI_TRAMP_MAP_ALIGN == 0,
                "the table fills whole pages");

/* The ports declare the tier-1 slots as a char array (the assembly
   defines them).  Seen through that declaration they are 1-aligned, and
   clang would make the atomic stores below libatomic calls; an empty asm
   hands back the same address with only its type's alignment known.  */
static inline struct ffi_tramp_slot *
tier1_slots (void)
{
  struct ffi_tramp_slot *p;
  __asm__ ("" : "=r" (p) : "0" (stubffi_tramp_tier1_slots));
  return p;
}
#define TIER1_SLOTS (tier1_slots ())
#define SLOTS_PER_BLOCK (STUBFFI_TRAMP_MAP_SIZE / STUBFFI_TRAMP_SIZE)
#define TRAMP_SHIFT (__builtin_ctz (STUBFFI_TRAMP_SIZE))
_Static_assert ((STUBFFI_TRAMP_SIZE & (STUBFFI_TRAMP_SIZE - 1)) == 0,
                "trampolines are a power of two apart");
_Static_assert (STUBFFI_TRAMP_SIZE % STUBFFI_TRAMP_SLOT_SIZE == 0,
                "a tier-1 slot's offset is its trampoline's, scaled");

/* ---- Cells ----------------------------------------------------------------

   A cell is CELL_SIZE bytes, CELL_SIZE-aligned: the payload, then one
   word of ours.  The payload comes first so that a cell's address is its
   closure's.  sizeof (ffi_closure) and the wrappers clients build around
   it (a closure and a pointer or two) fit the payload.

   The word is all the pool keeps in a cell, because the program's heap
   overflows can reach it: a cell's trampoline and slot follow from its
   address (cell_place), never from memory next to the program's.  It
   says CELL_LIVE or CELL_LIVE_BIG (handed out; big: its closure was
   malloc'd), CELL_CACHED (free, in a thread's cache, which keeps its
   entries away from the cells), 0 (a tier-1 cell never handed out), or,
   for a cell on the shared free list, the link to the next one, mangled
   as glibc mangles pointers: XORed with a per-process random secret, so
   that an overwrite cannot name a cell of its choosing.  A link is
   checked to be a cell of the pool before it is followed; a bad one
   aborts (pool_corrupted).  */
#define CELL_SHIFT 7
#define CELL_SIZE (1 << CELL_SHIFT)
#define CELL_PAYLOAD                                                      \
  (CELL_SIZE - FFI_ALIGN (sizeof (uintptr_t), _Alignof (max_align_t)))

struct closure_cell {
  _Alignas (max_align_t) unsigned char payload[CELL_PAYLOAD];
  uintptr_t word;
};

#define CELL_LIVE ((uintptr_t) 1)
#define CELL_LIVE_BIG ((uintptr_t) 2)
#define CELL_CACHED ((uintptr_t) 3)
#define CELLS_BYTES (SLOTS_PER_BLOCK * (size_t) CELL_SIZE)

_Static_assert (sizeof (struct closure_cell) == CELL_SIZE,
                "the word fills the cell after the payload");

_Static_assert (CELL_PAYLOAD >= sizeof (ffi_closure) + 2 * sizeof (void *),
                "a closure and a wrapper's pointers fit a cell");
_Static_assert (CELL_SIZE % _Alignof (max_align_t) == 0,
                "every payload is aligned as malloc's memory");

static _Alignas (CELL_SIZE) unsigned char
  tier1_cells[STUBFFI_TRAMP_TIER1_COUNT][CELL_SIZE];

static void push_free (struct closure_cell *cell);

static struct closure_cell *
cell_at (unsigned char *p)
{
  return (struct closure_cell *) (void *) p;
}

/* The index of the element at address a in an array of elements 2^shift
   bytes long that starts at base; a huge value when a is below base or
   not the start of an element: the rotation moves a misalignment into
   the top bits, so that one comparison with the array's length tests
   both.  */
static inline uintptr_t
index_in (uintptr_t a, uintptr_t base, unsigned shift)
{
  uintptr_t d = a - base;
  return (d >> shift) | (d << (sizeof d * CHAR_BIT - shift));
}

/* The pool lock (futex_lock.h), for the shared free list, tier 1's
   high-water mark and the block table.  The fast paths of alloc and free
   use the calling thread's cache instead and take no lock.  */
static int pool_lock;

static void
lock_pool (void)
{
  futex_lock (&pool_lock);
}

static void
unlock_pool (void)
{
  futex_unlock (&pool_lock);
}

/* The shared free list (its head was checked when it was stored), and
   the secret its links are mangled with.  */
static struct closure_cell *free_cells;
static uintptr_t pool_secret;
static unsigned tier1_used;

/* Tier-2 blocks by ascending address, so that ffi_tramp_lookup and
   ffi_closure_free can tell our trampolines and cells from any other
   address.  A block is STUBFFI_TRAMP_MAP_SIZE bytes of code, as many of
   slots, then CELLS_BYTES of cells.  */
static char **blocks;
static size_t nblocks, blocks_cap;
/* The newest block, and how many of its cells were handed out.  */
static char *fresh_block;
static size_t fresh_used = SLOTS_PER_BLOCK;

/* ---- Locating the table in the library file ----------------------------- */

struct table_location {
  const char *path;
  off_t offset;
  int prot;                     /* for the tier-2 code */
};

#if defined(__aarch64__)
/* Whether the property notes in [p, end) say BTI.  */
static int
notes_say_bti (const unsigned char *p, const unsigned char *end)
{
  while (p < end && (size_t) (end - p) >= sizeof (ElfW(Nhdr)))
    {
      const ElfW(Nhdr) *note = (const ElfW(Nhdr) *) p;
      const unsigned char *desc
        = p + FFI_ALIGN (sizeof *note + note->n_namesz, 8);
      const unsigned char *desc_end = desc + note->n_descsz;

      if (desc_end > end)
        return 0;
      if (note->n_type == NT_GNU_PROPERTY_TYPE_0 && note->n_namesz == 4
          && memcmp (p + sizeof *note, "GNU", 4) == 0)
        /* Properties: {type, size, data padded to 8 bytes}.  */
        while (desc_end - desc >= 8)
          {
            uint32_t type, size, bits;
            memcpy (&type, desc, 4);
            memcpy (&size, desc + 4, 4);
            if (size > (size_t) (desc_end - desc) - 8)
              return 0;
            if (type == GNU_PROPERTY_AARCH64_FEATURE_1_AND && size == 4)
              {
                memcpy (&bits, desc + 8, 4);
                return (bits & GNU_PROPERTY_AARCH64_FEATURE_1_BTI) != 0;
              }
            desc += FFI_ALIGN (8 + size, 8);
          }
      p = desc + FFI_ALIGN (note->n_descsz, 8);
    }
  return 0;
}
#endif

/* The protection of tier-2 code copied from the object INFO describes:
   on aarch64, PROT_BTI as well where the loader guarded the object's own
   code, which it does when the object's property note says BTI and the
   processor has BTI; the trampolines start with landing pads, so their
   copies can be guarded too.  Mapping a file PROT_EXEC | PROT_BTI is a
   plain executable mapping to MDWE, never a gain of execute
   permission.  */
static int
tier2_code_prot (const struct dl_phdr_info *info)
{
  int prot = PROT_READ | PROT_EXEC;
#if defined(__aarch64__)
  int i;

  if (!(getauxval (AT_HWCAP2) & HWCAP2_BTI))
    return prot;
  for (i = 0; i < info->dlpi_phnum; i++)
    {
      const ElfW(Phdr) *ph = &info->dlpi_phdr[i];
      const unsigned char *notes
        = (const unsigned char *) (info->dlpi_addr + ph->p_vaddr);
      if (ph->p_type == PT_GNU_PROPERTY
          && notes_say_bti (notes, notes + ph->p_memsz))
        return prot | PROT_BTI;
    }
#else
  (void) info;
#endif
  return prot;
}

static int
find_table (struct dl_phdr_info *info, size_t size, void *data)
{
  struct table_location *loc = data;
  uintptr_t table = (uintptr_t) stubffi_tramp_map_table;
  int i;

  (void) size;
  for (i = 0; i < info->dlpi_phnum; i++)
    {
      const ElfW(Phdr) *ph = &info->dlpi_phdr[i];
      uintptr_t start = info->dlpi_addr + ph->p_vaddr;
      if (ph->p_type != PT_LOAD || table < start
          || table + STUBFFI_TRAMP_MAP_SIZE > start + ph->p_filesz)
        continue;
      loc->offset = (off_t) (table - start + ph->p_offset);
      loc->prot = tier2_code_prot (info);
      /* The main program has an empty name.  */
      loc->path = info->dlpi_name[0] ? info->dlpi_name : "/proc/self/exe";
      return 1;
    }
  return 0;
}

/* ---- The tier-2 source ----------------------------------------------------

   Tier 2 maps copies of the table from the library's file, so the file
   must be the one that was loaded.  A package upgrade renames another
   file over the path, deletes it, or leaves something else there (a
   smaller or larger file, a FIFO, a directory), so the path is opened
   once, when the library is loaded, and that descriptor, which keeps the
   loaded file's inode whatever happens to the path, is the only source
   of tier-2 code afterwards.  It is opened O_NONBLOCK (a FIFO at the
   path must not block the open) and O_CLOEXEC, and kept only if it is a
   regular file large enough to hold the table.  Before the first block
   is mapped, the table's bytes are read (never past what fstat shows)
   and compared with the loaded table, and after it the new mapping's
   device and inode in /proc/self/maps are compared with the loaded
   table's.  Every block re-checks fstat: a descriptor the program closed
   and whose number was reused names another file, which is left alone.  */

static struct {
  int fd;                       /* -1: no tier 2 */
  int prot;                     /* for the tier-2 code */
  int verified;                 /* content and identity checked */
  off_t offset;                 /* of the table in the file */
  dev_t dev;
  ino_t ino;
} src = { -1, 0, 0, 0, 0, 0 };

/* Whether st is a regular file holding the table at src.offset.  */
static int
src_file_ok (const struct stat *st)
{
  return S_ISREG (st->st_mode) && src.offset >= 0
         && st->st_size >= src.offset
         && st->st_size - src.offset >= (off_t) STUBFFI_TRAMP_MAP_SIZE;
}

static int
open_source (const char *path)
{
  return open (path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY);
}

/* Opens the file that holds the table into src; called once, from the
   library's constructor.  Leaves src.fd at -1 if the file cannot be
   found (for instance a relative dlopen path after a chdir).  */
static void
open_tier2_source (void)
{
  struct table_location loc = { NULL, 0, 0 };
  struct stat st;
  int fd;

  if (!dl_iterate_phdr (find_table, &loc))
    return;
  src.offset = loc.offset;
  src.prot = loc.prot;
  fd = open_source (loc.path);
  if (fd < 0 && loc.path[0] != '/')
    {
      /* /proc/self/map_files needs privileges; /proc/self/maps names the
         file by its absolute path.  */
      char line[4096];
      FILE *maps = fopen ("/proc/self/maps", "re");
      uintptr_t table = (uintptr_t) stubffi_tramp_map_table;
      if (maps == NULL)
        return;
      while (fgets (line, sizeof line, maps))
        {
          unsigned long lo, hi;
          char *path = strchr (line, '/');
          if (sscanf (line, "%lx-%lx", &lo, &hi) == 2 && lo <= table
              && table < hi && path != NULL)
            {
              path[strcspn (path, "\n")] = '\0';
              fd = open_source (path);
              break;
            }
        }
      fclose (maps);
    }
  if (fd < 0)
    return;
  if (fstat (fd, &st) != 0 || !src_file_ok (&st))
    {
      close (fd);
      return;
    }
  src.dev = st.st_dev;
  src.ino = st.st_ino;
  src.fd = fd;
}

/* Gives up tier 2: the source is not, or no longer, the loaded file.  */
static void
drop_tier2_source (int ours)
{
  if (ours)
    close (src.fd);
  src.fd = -1;
}

/* Whether the table's bytes in the source file are the loaded table's.
   Reads with pread, so a file that shrank gives a short read, never a
   SIGBUS.  */
static int
source_content_ok (void)
{
  unsigned char buf[1024];
  size_t done;

  for (done = 0; done < STUBFFI_TRAMP_MAP_SIZE; done += sizeof buf)
    {
      ssize_t n = pread (src.fd, buf, sizeof buf, src.offset + (off_t) done);
      if (n != (ssize_t) sizeof buf
          || memcmp (buf, (const unsigned char *) stubffi_tramp_map_table
                          + done, sizeof buf) != 0)
        return 0;
    }
  return 1;
}
_Static_assert (STUBFFI_TRAMP_MAP_SIZE % 1024 == 0,
                "the table is compared in whole buffers");

/* The device, inode and file offset of the mapping that holds addr, from
   /proc/self/maps into *ids; 0 if found.  */
static int
mapping_ids (FILE *maps, uintptr_t addr, unsigned long long ids[4])
{
  char line[4096];

  rewind (maps);
  while (fgets (line, sizeof line, maps))
    {
      unsigned long lo, hi;
      unsigned long long off, major, minor, inode;
      if (sscanf (line, "%lx-%lx %*s %llx %llx:%llx %llu", &lo, &hi, &off,
                  &major, &minor, &inode) == 6
          && lo <= addr && addr < hi)
        {
          /* The offset of addr itself, so that both sides compare.  */
          ids[0] = major;
          ids[1] = minor;
          ids[2] = inode;
          ids[3] = off + (addr - lo);
          return 0;
        }
    }
  return -1;
}

/* Whether the block mapped at base maps the same file, at the same
   offset, as the loaded table: the kernel's own names for both mappings,
   so that a stacked file system (overlayfs), whose fstat names differ
   from the mapping's, compares like with like.  True if /proc is not
   there to ask: the content check has passed.  */
static int
source_identity_ok (const char *base)
{
  unsigned long long loaded[4], mapped[4];
  FILE *maps = fopen ("/proc/self/maps", "re");
  int ok;

  if (maps == NULL)
    return 1;
  ok = mapping_ids (maps, (uintptr_t) stubffi_tramp_map_table, loaded) == 0
       && mapping_ids (maps, (uintptr_t) base, mapped) == 0
       && memcmp (loaded, mapped, sizeof loaded) == 0;
  fclose (maps);
  return ok;
}

/* Whether src.fd may be mapped now: still the file opened at load time
   (the program may have closed our descriptor and reused its number),
   still holding the table, and, the first time, holding the loaded
   table's bytes.  Drops tier 2 for good when not.  */
static int
source_ready (void)
{
  struct stat st;

  if (src.fd < 0)
    return 0;
  if (fstat (src.fd, &st) != 0 || st.st_dev != src.dev
      || st.st_ino != src.ino)
    {
      drop_tier2_source (0);
      return 0;
    }
  if (!src_file_ok (&st) || (!src.verified && !source_content_ok ()))
    {
      drop_tier2_source (1);
      return 0;
    }
  return 1;
}

/* Maps one tier-2 block and puts its cells on the free list.  Called with
   the lock held: nothing here can block for long (no open, only the
   verified regular file).  Returns 0, or -1 when no block can be made.  */
static int
grow_pool (void)
{
  const size_t size = STUBFFI_TRAMP_MAP_SIZE;
  const size_t total = 2 * size + CELLS_BYTES;
  long page = sysconf (_SC_PAGESIZE);
  char *base;
  void *data;
  size_t n;

  /* The page size is the kernel's (4, 16 or 64 KiB on aarch64): code
     and slots must each fill whole pages, and the table must start a page
     of the file, or the mapping cannot be made.  The table is built for
     the largest page size of the target (internal header), so this fails
     only on a kernel with larger pages or a library linked with a smaller
     maximum page size.  */
  if (page <= 0 || size % (size_t) page != 0 || !source_ready ()
      || src.offset % page != 0)
    return -1;

  /* Map code for the whole block straight from the file, executable
     from the start (and BTI-guarded when the library is), then replace
     all but the first part by fresh read-write pages (slots, then
     cells): no mapping ever gains execute permission.  The mapping is
     never read here: source_ready has checked the file's size and
     content through the descriptor.  */
  base = mmap (NULL, total, src.prot, MAP_PRIVATE, src.fd, src.offset);
  if (base == MAP_FAILED)
    return -1;
  if (!src.verified)
    {
      if (!source_identity_ok (base))
        {
          munmap (base, total);
          drop_tier2_source (1);
          return -1;
        }
      src.verified = 1;
    }
  data = mmap (base + size, total - size, PROT_READ | PROT_WRITE,
               MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0);
  if (data == MAP_FAILED)
    {
      munmap (base, total);
      return -1;
    }

  if (nblocks == blocks_cap)
    {
      size_t cap = blocks_cap ? 2 * blocks_cap : 16;
      char **grown = realloc (blocks, cap * sizeof *blocks);
      if (grown == NULL)
        {
          munmap (base, total);
          return -1;
        }
      blocks = grown;
      blocks_cap = cap;
    }
  for (n = nblocks; n > 0 && blocks[n - 1] > base; n--)
    blocks[n] = blocks[n - 1];
  blocks[n] = base;
  nblocks++;

  /* Its cells are handed out in address order by take_cell, which
     writes each one's slot and word only then: the pages of a block
     are touched as they are used, and freed cells are always reused
     before fresh ones.  */
  fresh_block = base;
  fresh_used = 0;
  return 0;
}

/* ---- The pool ------------------------------------------------------------ */

/* Mangling of the shared free list's links.  */
static inline uintptr_t
mangle (struct closure_cell *cell)
{
  return (uintptr_t) cell ^ pool_secret;
}

/* A link that is not a cell of the pool: an overwrite (a heap overflow
   from the closure in front, most likely).  Never followed.  */
__attribute__((noreturn, cold, noinline)) static void
pool_corrupted (void)
{
  static const char msg[] =
    "stubffi: the closure pool is corrupted: a free closure's link was "
    "overwritten (a heap overflow past a closure?); not following it\n";
  ssize_t r = write (STDERR_FILENO, msg, sizeof msg - 1);
  (void) r;
  abort ();
}

/* Where a cell's trampoline and slot are, from the cell's address alone;
   0 if c is not a cell the pool has handed out.  Called with the lock
   held (the block table may grow).  */
static int
cell_place (uintptr_t c, void **code, struct ffi_tramp_slot **slot)
{
  uintptr_t i = index_in (c, (uintptr_t) tier1_cells, CELL_SHIFT);
  size_t lo = 0, hi = nblocks;

  if (i < STUBFFI_TRAMP_TIER1_COUNT)
    {
      if (i >= tier1_used)
        return 0;
      *code = (void *) (stubffi_tramp_tier1_code + i * STUBFFI_TRAMP_SIZE);
      *slot = &TIER1_SLOTS[i];
      return 1;
    }
  if (c % CELL_SIZE != 0)
    return 0;
  while (lo < hi)
    {
      size_t mid = lo + (hi - lo) / 2;
      uintptr_t base = (uintptr_t) blocks[mid];
      uintptr_t cells = base + 2 * STUBFFI_TRAMP_MAP_SIZE;
      if (c < cells)
        hi = mid;
      else if (c - cells >= CELLS_BYTES)
        lo = mid + 1;
      else
        {
          size_t n = (c - cells) / CELL_SIZE;
          *code = (void *) (base + n * STUBFFI_TRAMP_SIZE);
          *slot = (struct ffi_tramp_slot *) (base + STUBFFI_TRAMP_MAP_SIZE
                                             + n * STUBFFI_TRAMP_SIZE);
          return 1;
        }
    }
  return 0;
}

/* Pushes a free cell on the shared list.  Called with the lock held.  */
static void
push_free (struct closure_cell *cell)
{
  cell->word = mangle (free_cells);
  free_cells = cell;
}

/* Pops the shared list's head, checking its link before it becomes the
   head.  Called with the lock held; NULL when the list is empty.  */
static struct closure_cell *
pop_free (void)
{
  struct closure_cell *cell = free_cells;
  uintptr_t next;
  void *code;
  struct ffi_tramp_slot *slot;

  if (cell == NULL)
    return NULL;
  next = cell->word ^ pool_secret;
  if (next != 0 && !cell_place (next, &code, &slot))
    pool_corrupted ();
  free_cells = (struct closure_cell *) next;
  return cell;
}

/* A free cell: the shared list's head, else the next of tier 1, else a
   new tier-2 block's.  Called with the lock held; NULL when none can be
   made.  */
static struct closure_cell *
take_cell (void)
{
  struct closure_cell *cell = pop_free ();
  size_t n;

  if (cell != NULL)
    return cell;
  if (tier1_used < STUBFFI_TRAMP_TIER1_COUNT)
    {
      unsigned i = tier1_used++;
      TIER1_SLOTS[i].entry = (void *) ffi_closure_trap;
      return cell_at (tier1_cells[i]);
    }
  if (fresh_used == SLOTS_PER_BLOCK && grow_pool () != 0)
    return NULL;
  n = fresh_used++;
  ((struct ffi_tramp_slot *) (fresh_block + STUBFFI_TRAMP_MAP_SIZE
                              + n * STUBFFI_TRAMP_SIZE))->entry
    = (void *) ffi_closure_trap;
  return cell_at ((unsigned char *) fresh_block + 2 * STUBFFI_TRAMP_MAP_SIZE
                  + n * CELL_SIZE);
}

/* ---- Per-thread caches ---------------------------------------------------

   Each thread keeps up to CACHE_CAP free cells, with their trampolines,
   in a malloc'd array of its own, delimited by three pointers in
   initial-exec TLS (24 bytes, all zero, hence both "empty" and "full",
   until the thread's first slow path makes the array).  Alloc pops from
   it and free pushes to it without a lock; the shared list is touched,
   under the lock, CACHE_BATCH cells at a time, so two threads share
   nothing in steady state.  The array is outside every cell, so an
   overflow of closure memory cannot reach it.  A thread's cells go back
   to the shared list when it exits (the key's destructor).  A fork child
   has only the forking thread: the caches of the others, all listed,
   go back to its shared list (postfork_reclaim).  */
#define CACHE_CAP 64
#define CACHE_BATCH (CACHE_CAP / 2)

struct cache_entry {
  struct closure_cell *cell;
  void *code;
};

struct cache_head {
  struct cache_entry *top;      /* the next free entry */
  struct cache_entry *base;     /* the array */
  struct cache_entry *limit;    /* its end */
};

static __thread struct cache_head my_cache
  __attribute__((tls_model ("initial-exec")));

/* A thread's array, on the list of all of them (under the lock).  */
struct cache_block {
  struct cache_block *prev, *next;
  struct cache_head *owner;     /* the owning thread's my_cache */
  struct cache_entry e[CACHE_CAP];
};

static struct cache_block *all_caches;
static pthread_key_t cache_key;
static int cache_key_made;

/* Moves the oldest COUNT cells of cache h to the shared list.  Called
   with the lock held.  */
static void
flush_cache (struct cache_head *h, size_t count)
{
  struct cache_entry *base = h->base;
  size_t i, n = (size_t) (h->top - base);

  for (i = 0; i < count; i++)
    push_free (base[i].cell);
  memmove (base, base + count, (n - count) * sizeof *base);
  h->top = base + (n - count);
}

/* Takes block b off the list and gives its cells back.  Called with the
   lock held.  */
static void
retire_cache (struct cache_block *b)
{
  struct cache_head *h = b->owner;

  /* Defensive: a head that does not describe b is not followed.  */
  if (h->base == b->e && h->top >= h->base && h->top <= h->base + CACHE_CAP)
    flush_cache (h, (size_t) (h->top - h->base));
  if (b->prev != NULL)
    b->prev->next = b->next;
  else
    all_caches = b->next;
  if (b->next != NULL)
    b->next->prev = b->prev;
}

static void
cache_destructor (void *p)
{
  lock_pool ();
  retire_cache (p);
  unlock_pool ();
  my_cache.top = my_cache.base = my_cache.limit = NULL;
  free (p);
}

/* Whether the calling thread has a cache, made on first use (without
   one, the pool works through the shared list alone).  */
static int
get_cache (void)
{
  struct cache_block *b;

  if (my_cache.base != NULL)
    return 1;
  if (!cache_key_made || (b = malloc (sizeof *b)) == NULL)
    return 0;
  if (pthread_setspecific (cache_key, b) != 0)
    {
      free (b);
      return 0;
    }
  b->owner = &my_cache;
  b->prev = NULL;
  lock_pool ();
  b->next = all_caches;
  if (all_caches != NULL)
    all_caches->prev = b;
  all_caches = b;
  unlock_pool ();
  my_cache.top = my_cache.base = b->e;
  my_cache.limit = b->e + CACHE_CAP;
  return 1;
}

/* In a fork child: the other threads are gone, and so is any use of
   their caches; their cells go back to the shared list.  A thread that
   was inside a fast path when fork() copied memory either had not yet
   published its change (the top pointer is written last, with release
   order) or had: either way the head describes whole entries, and the
   one closure it was taking or giving back belonged to nobody in the
   child.  */
static void
postfork_reclaim (void)
{
  struct cache_block *b = all_caches, *next;

  for (; b != NULL; b = next)
    {
      next = b->next;
      if (b->owner != &my_cache)
        {
          retire_cache (b);
          free (b);
        }
    }
}

/* ---- Alloc and free ------------------------------------------------------ */

/* The fast paths of ffi_closure_alloc and ffi_closure_free are leaves
   that only pop or push the thread's cache; everything else (an empty or
   full cache, a new cell or block, a big closure, tier-2 cells, refusing
   a pointer) is here, out of line, so that the fast paths save no
   registers.  */

__attribute__((noinline)) static void *
closure_alloc_slow (size_t size, void **code)
{
  struct closure_cell *cell;
  struct ffi_tramp_slot *slot;
  void *closure, *cell_code;

  if (code == NULL)
    return NULL;
  if (size <= CELL_PAYLOAD && get_cache ())
    {
      /* Refill the cache from the shared list: a batch now saves taking
         the lock for the next CACHE_BATCH - 1 allocations.  A fresh
         cell is made only when the list is empty, and only one, so
         that freed closures are always reused before new ones exist.  */
      struct cache_entry *e;
      lock_pool ();
      cell = take_cell ();
      while (cell != NULL)
        {
          e = my_cache.top++;
          cell_place ((uintptr_t) cell, &e->code, &slot);
          cell->word = CELL_CACHED;
          e->cell = cell;
          cell = my_cache.top - my_cache.base < CACHE_BATCH
                 ? pop_free () : NULL;
        }
      unlock_pool ();
      if (my_cache.top == my_cache.base)
        return NULL;
      e = --my_cache.top;
      e->cell->word = CELL_LIVE;
      *code = e->code;
      return e->cell->payload;
    }
  lock_pool ();
  cell = take_cell ();
  if (cell != NULL)
    {
      cell_place ((uintptr_t) cell, &cell_code, &slot);
      cell->word = size <= CELL_PAYLOAD ? CELL_LIVE : CELL_LIVE_BIG;
    }
  unlock_pool ();
  if (cell == NULL)
    return NULL;

  closure = cell->payload;
  if (size > CELL_PAYLOAD)
    {
      closure = ffi_big_closure_alloc (size, cell);
      if (closure == NULL)
        {
          lock_pool ();
          push_free (cell);
          unlock_pool ();
          return NULL;
        }
    }
  *code = cell_code;
  return closure;
}

FFI_API void *
ffi_closure_alloc (size_t size, void **code)
{
  struct cache_entry *e = my_cache.top;

  if (UNLIKELY (code == NULL || size > CELL_PAYLOAD
                || e == my_cache.base))
    return closure_alloc_slow (size, code);
  e--;
  my_cache.top = e;
  *code = e->code;
  /* The slot's entry is the trap until ffi_prep_closure_loc runs, which
     also sets its closure.  */
  e->cell->word = CELL_LIVE;
  return e->cell->payload;
}

/* Puts a cell that was live back, its trampoline trapping: in the
   thread's cache if it has room, else on the shared list with half of
   the cache.  Called with the lock held.  */
static void
release_cell (struct closure_cell *cell, void *code,
              struct ffi_tramp_slot *slot)
{
  struct cache_entry *e;

  __atomic_store_n (&slot->entry, (void *) ffi_closure_trap,
                    __ATOMIC_RELEASE);
  if (!get_cache ())
    {
      push_free (cell);
      return;
    }
  if (my_cache.top == my_cache.limit)
    flush_cache (&my_cache, CACHE_BATCH);
  cell->word = CELL_CACHED;
  e = my_cache.top;
  e->cell = cell;
  e->code = code;
  __atomic_store_n (&my_cache.top, e + 1, __ATOMIC_RELEASE);
}

__attribute__((noinline)) static void
closure_free_slow (void *closure)
{
  struct closure_cell *cell = closure;
  struct ffi_tramp_slot *slot;
  void *code;
  uintptr_t live = CELL_LIVE;

  if (closure == NULL)
    return;
  lock_pool ();
  if (cell_place ((uintptr_t) closure, &code, &slot))
    {
      /* Atomically, so that two threads freeing one closure cannot both
         put it back.  */
      if (__atomic_compare_exchange_n (&cell->word, &live, CELL_CACHED, 0,
                                       __ATOMIC_RELAXED, __ATOMIC_RELAXED))
        {
          release_cell (cell, code, slot);
          unlock_pool ();
          return;
        }
      cell = NULL;
    }
  else
    cell = NULL;
  unlock_pool ();

  /* Not the payload of a live cell: a malloc'd big closure, or a pointer
     that freeing would corrupt the heap or the pool with.  */
  if ((cell = ffi_big_closure_free (closure)) != NULL)
    {
      lock_pool ();
      if (cell_place ((uintptr_t) cell, &code, &slot)
          && cell->word == CELL_LIVE_BIG)
        {
          __atomic_store_n (&slot->entry, (void *) ffi_closure_trap,
                            __ATOMIC_RELEASE);
          push_free (cell);
          unlock_pool ();
          return;
        }
      unlock_pool ();
    }
  fprintf (stderr, "stubffi: ffi_closure_free(%p): not a live closure "
           "from ffi_closure_alloc (freed twice, or never allocated "
           "there)\n", closure);
  abort ();
}

FFI_API void
ffi_closure_free (void *closure)
{
  struct closure_cell *cell = closure;
  struct cache_entry *e = my_cache.top;
  uintptr_t i = index_in ((uintptr_t) closure, (uintptr_t) tier1_cells,
                          CELL_SHIFT);

  /* A tier-1 cell: an address test says the word is ours to read.  A
     cell of tier 1 never handed out has 0 there, not CELL_LIVE.  */
  if (LIKELY (i < STUBFFI_TRAMP_TIER1_COUNT && e != my_cache.limit
              && cell->word == CELL_LIVE))
    {
      cell->word = CELL_CACHED;
      __atomic_store_n (&TIER1_SLOTS[i].entry, (void *) ffi_closure_trap,
                        __ATOMIC_RELEASE);
      e->cell = cell;
      e->code = (void *) (stubffi_tramp_tier1_code
                          + i * STUBFFI_TRAMP_SIZE);
      /* Last, and ordered after the entry (postfork_reclaim).  */
      __atomic_store_n (&my_cache.top, e + 1, __ATOMIC_RELEASE);
      return;
    }
  closure_free_slow (closure);
}

/* ---- Preparation --------------------------------------------------------- */

/* The slot of a tier-2 trampoline, or NULL if code is none of ours.  */
__attribute__((noinline)) static struct ffi_tramp_slot *
lookup_tier2 (uintptr_t c)
{
  struct ffi_tramp_slot *slot = NULL;
  size_t lo = 0, hi;

  lock_pool ();
  hi = nblocks;
  while (lo < hi)
    {
      size_t mid = lo + (hi - lo) / 2;
      uintptr_t base = (uintptr_t) blocks[mid];
      if (c < base)
        hi = mid;
      else if (c - base >= STUBFFI_TRAMP_MAP_SIZE)
        lo = mid + 1;
      else
        {
          slot = (struct ffi_tramp_slot *) (c + STUBFFI_TRAMP_MAP_SIZE);
          break;
        }
    }
  unlock_pool ();
  return slot;
}

struct ffi_tramp_slot *
ffi_tramp_lookup (void *code)
{
  uintptr_t c = (uintptr_t) code;
  uintptr_t i = index_in (c, (uintptr_t) stubffi_tramp_tier1_code,
                          TRAMP_SHIFT);

  if (i < STUBFFI_TRAMP_TIER1_COUNT)
    return &TIER1_SLOTS[i];
  if (c % STUBFFI_TRAMP_SIZE != 0)
    return NULL;
  return lookup_tier2 (c);
}

void
ffi_tramp_set (struct ffi_tramp_slot *slot, void *entry, void *closure)
{
  slot->closure = closure;
  /* A thread that calls the trampoline after seeing the new entry also
     sees the closure pointer.  */
  __atomic_store_n (&slot->entry, entry, __ATOMIC_RELEASE);
}

/* Points codeloc's trampoline at a prepared closure, when codeloc is not
   a tier-1 trampoline: a tier-2 one, or the caller's own memory, which
   gets a self-contained trampoline.  */
__attribute__((noinline)) static ffi_status
prep_other_trampoline (ffi_closure *closure, void *entry, void *codeloc)
{
  struct ffi_tramp_slot *slot = ffi_tramp_lookup (codeloc);

  if (slot != NULL)
    ffi_tramp_set (slot, entry, closure);
  else
    ffi_closure_arch_legacy (closure, entry, codeloc);
  return FFI_OK;
}

/* The status of a failed check, out of line: otherwise the compiler keeps
   it in a register saved across ffi_prep_closure_loc's calls (it equals
   the FFI_OK of the other path).  */
__attribute__((noinline, cold)) static ffi_status
failed (ffi_status st)
{
  return st;
}

FFI_API ffi_status
ffi_prep_closure_loc (ffi_closure *closure, ffi_cif *cif,
                      void (*fun) (ffi_cif *, void *, void **, void *),
                      void *user_data, void *codeloc)
{
  uintptr_t d;
  void *entry;

  if (UNLIKELY (closure == NULL || cif == NULL))
    return failed (FFI_BAD_TYPEDEF);
  entry = ffi_closure_arch_entry (cif);
  if (UNLIKELY (entry == NULL))
    return failed (FFI_BAD_ABI);
  closure->cif = cif;
  closure->fun = fun;
  closure->user_data = user_data;

  /* The closure need not be the start of its allocation (clients embed
     it), so the slot takes whatever address was prepared.  */
  d = (uintptr_t) codeloc - (uintptr_t) stubffi_tramp_tier1_code;
  if (UNLIKELY (index_in ((uintptr_t) codeloc,
                          (uintptr_t) stubffi_tramp_tier1_code, TRAMP_SHIFT)
                >= STUBFFI_TRAMP_TIER1_COUNT))
    return prep_other_trampoline (closure, entry, codeloc);
  /* d is a multiple of STUBFFI_TRAMP_SIZE: scaled, it is the slot's
     offset (on x86-64 and aarch64, itself).  */
  ffi_tramp_set ((struct ffi_tramp_slot *) (void *)
                 (stubffi_tramp_tier1_slots
                  + d / (STUBFFI_TRAMP_SIZE / STUBFFI_TRAMP_SLOT_SIZE)),
                 entry, closure);
  return FFI_OK;
}

void
ffi_closure_trap (void)
{
  static const char msg[] =
    "stubffi: a closure was called after ffi_closure_free, or before "
    "ffi_prep_closure_loc\n";
  ssize_t r = write (STDERR_FILENO, msg, sizeof msg - 1);
  (void) r;
  abort ();
}

/* fork() from one thread while another holds the lock must not leave the
   child with a lock nobody will release.  */
static void
pool_prefork (void)
{
  lock_pool ();
}

static void
pool_postfork_parent (void)
{
  unlock_pool ();
}

/* The child has no other thread, so no sleeper to wake.  */
static void
pool_postfork_child (void)
{
  __atomic_store_n (&pool_lock, 0, __ATOMIC_RELEASE);
  postfork_reclaim ();
}

/* The links' secret: random per process (inherited by fork children,
   like the rest of the pool).  getrandom, else the kernel's AT_RANDOM
   bytes mixed with where the library was loaded.  */
static void
make_secret (void)
{
  uintptr_t s = 0;

  if (getrandom (&s, sizeof s, GRND_NONBLOCK) != (ssize_t) sizeof s)
    {
      const unsigned char *r = (const unsigned char *) getauxval (AT_RANDOM);
      uintptr_t aslr = (uintptr_t) &pool_secret;
      if (r != NULL)
        memcpy (&s, r + 16 - sizeof s, sizeof s);
      s ^= (aslr << 13) ^ (aslr >> 7);
    }
  /* 0 would leave the links in clear.  */
  pool_secret = s != 0 ? s : (uintptr_t) 0x9e3779b97f4a7c15ull;
}

__attribute__((constructor)) static void
pool_init (void)
{
  make_secret ();
  cache_key_made = pthread_key_create (&cache_key, cache_destructor) == 0;
  ffi_atfork (pool_prefork, pool_postfork_parent, pool_postfork_child);
  open_tier2_source ();
}

/* dlclose: the descriptor goes with the library, and threads that exit
   later must not call a destructor that is no longer mapped.  */
__attribute__((destructor)) static void
pool_fini (void)
{
  lock_pool ();
  if (cache_key_made)
    pthread_key_delete (cache_key);
  cache_key_made = 0;
  if (src.fd >= 0)
    drop_tier2_source (1);
  unlock_pool ();
}
