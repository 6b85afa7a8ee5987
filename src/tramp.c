/* SPDX-License-Identifier: MIT */
/* stubffi — the closure pool: static trampolines and the closure memory
   that goes with each.

   Trampolines are code assembled into the library (src/<arch>/tramp*.S);
   each reads a data slot {entry, closure} at a fixed distance from itself.
   Nothing here ever writes code or asks for memory that is both writable
   and executable, and no writable page is ever made executable, so
   closures work under PR_SET_MDWE, SELinux execmem denials and the like.

   Every trampoline has a cell: CELL_PAYLOAD bytes that ffi_closure_alloc
   hands out as the closure (all of them the caller's), then a small
   header of ours.  Allocation pops a free cell, freeing pushes it back:
   no malloc, no system call in steady state.  The header says whether
   the cell is live, so ffi_closure_free recognises a double free, and
   it is read only once an address test has shown the pointer to be the
   payload of one of our cells, so a foreign pointer is refused without
   the memory around it being touched.  A closure larger than a payload
   is malloc'd; closures.c keeps those in a table.

   Tier 1: a table in .text whose slots are in .bss, cells in .bss.  The
   first closures cost no system call.
   Tier 2: when tier 1 is used up, a block is made of a read-only
   executable copy of the library's page-aligned trampoline table, mapped
   from the library file itself, followed by anonymous read-write pages
   for the slots and then the cells.  Blocks are added until memory or
   mappings run out.

   Free cells form a LIFO list.  All state is private memory and one
   lock, held across fork() by atfork handlers, so both sides of a fork
   keep a consistent pool.  */

#define _GNU_SOURCE
#include "ffi_common.h"

#if defined(__x86_64__)
# include "x86/internal64.h"
#elif defined(__aarch64__)
# include "aarch64/internal.h"
#elif defined(__i386__)
# include "x86/internal.h"
#elif defined(__arm__)
# include "arm/internal.h"
#else
# error "no static trampolines for this target"
#endif

#include <errno.h>
#include <limits.h>
#include <fcntl.h>
#include <link.h>
#include <pthread.h>
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
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

#define TIER1_SLOTS ((struct ffi_tramp_slot *) stubffi_tramp_tier1_slots)
#define SLOTS_PER_BLOCK (STUBFFI_TRAMP_MAP_SIZE / STUBFFI_TRAMP_SIZE)
#define TRAMP_SHIFT (__builtin_ctz (STUBFFI_TRAMP_SIZE))
_Static_assert ((STUBFFI_TRAMP_SIZE & (STUBFFI_TRAMP_SIZE - 1)) == 0,
                "trampolines are a power of two apart");
_Static_assert (STUBFFI_TRAMP_SIZE % STUBFFI_TRAMP_SLOT_SIZE == 0,
                "a tier-1 slot's offset is its trampoline's, scaled");

/* ---- Cells ----------------------------------------------------------------

   A cell is CELL_SIZE bytes, CELL_SIZE-aligned: the payload, then our
   header.  The payload comes first so that a cell's address is its
   closure's, which spares an instruction or two on every alloc and
   free.  sizeof (ffi_closure) and the wrappers clients build around it
   (a closure and a pointer or two) fit the payload.  */
#define CELL_SHIFT 7
#define CELL_SIZE (1 << CELL_SHIFT)
#define CELL_PAYLOAD                                                      \
  (CELL_SIZE - FFI_ALIGN (3 * sizeof (void *), _Alignof (max_align_t)))

struct closure_cell {
  _Alignas (max_align_t) unsigned char payload[CELL_PAYLOAD];
  /* A free cell: the next free one.  A live one: CELL_LIVE, or
     CELL_LIVE_BIG when its closure was malloc'd (too big for the
     payload).  */
  struct closure_cell *next;
  struct ffi_tramp_slot *slot;
  void *code;
};

#define CELL_LIVE ((struct closure_cell *) 1)
#define CELL_LIVE_BIG ((struct closure_cell *) 2)
#define CELLS_BYTES (SLOTS_PER_BLOCK * (size_t) CELL_SIZE)

_Static_assert (sizeof (struct closure_cell) == CELL_SIZE,
                "the header fills the cell after the payload");

_Static_assert (CELL_PAYLOAD >= sizeof (ffi_closure) + 2 * sizeof (void *),
                "a closure and a wrapper's pointers fit a cell");
_Static_assert (CELL_SIZE % _Alignof (max_align_t) == 0,
                "every payload is aligned as malloc's memory");

static _Alignas (CELL_SIZE) unsigned char
  tier1_cells[STUBFFI_TRAMP_TIER1_COUNT][CELL_SIZE];

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

/* The pool lock.  Held for a few instructions except while a tier-2 block
   is mapped, so waiters spin politely instead of paying for a mutex's
   two library calls on every alloc and free.  */
static int pool_lock;

static void
lock_pool (void)
{
  while (__atomic_exchange_n (&pool_lock, 1, __ATOMIC_ACQUIRE))
    while (__atomic_load_n (&pool_lock, __ATOMIC_RELAXED))
      sched_yield ();
}

static void
unlock_pool (void)
{
  __atomic_store_n (&pool_lock, 0, __ATOMIC_RELEASE);
}

/* One attempt: the fast paths take the lock only if it is free, and
   leave waiting to their out-of-line slow paths.  */
static inline int
try_lock_pool (void)
{
  return __atomic_exchange_n (&pool_lock, 1, __ATOMIC_ACQUIRE) == 0;
}
static struct closure_cell *free_cells;
static unsigned tier1_used;

/* Tier-2 blocks by ascending address, so that ffi_tramp_lookup and
   ffi_closure_free can tell our trampolines and cells from any other
   address.  A block is STUBFFI_TRAMP_MAP_SIZE bytes of code, as many of
   slots, then CELLS_BYTES of cells.  */
static char **blocks;
static size_t nblocks, blocks_cap;

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

/* The file that holds the table, opened read-only; -1 if it cannot be
   found (for instance a relative dlopen path after a chdir).  Also
   stores the table's offset in the file and the protection its copies
   get.  */
static int
open_table_file (off_t *offset, int *prot)
{
  struct table_location loc = { NULL, 0, 0 };
  int fd;

  if (!dl_iterate_phdr (find_table, &loc))
    return -1;
  *offset = loc.offset;
  *prot = loc.prot;
  fd = open (loc.path, O_RDONLY | O_CLOEXEC);
  if (fd < 0 && loc.path[0] != '/')
    {
      /* /proc/self/map_files needs privileges; /proc/self/maps names the
         file by its absolute path.  */
      char line[4096];
      FILE *maps = fopen ("/proc/self/maps", "re");
      uintptr_t table = (uintptr_t) stubffi_tramp_map_table;
      if (maps == NULL)
        return -1;
      while (fgets (line, sizeof line, maps))
        {
          unsigned long lo, hi;
          char *path = strchr (line, '/');
          if (sscanf (line, "%lx-%lx", &lo, &hi) == 2 && lo <= table
              && table < hi && path != NULL)
            {
              path[strcspn (path, "\n")] = '\0';
              fd = open (path, O_RDONLY | O_CLOEXEC);
              break;
            }
        }
      fclose (maps);
    }
  return fd;
}

/* Maps one tier-2 block and puts its cells on the free list.  Called with
   the lock held.  Returns 0, or -1 when no block can be made.  */
static int
grow_pool (void)
{
  const size_t size = STUBFFI_TRAMP_MAP_SIZE;
  const size_t total = 2 * size + CELLS_BYTES;
  long page = sysconf (_SC_PAGESIZE);
  struct ffi_tramp_slot *slot;
  unsigned char *cells;
  off_t offset;
  char *base;
  void *data;
  int fd, prot;
  size_t n;

  /* The page size is the kernel's (4, 16 or 64 KiB on aarch64): code
     and slots must each fill whole pages, and the table must start a page
     of the file, or the mapping cannot be made.  The table is built for
     the largest page size of the target (internal header), so this fails
     only on a kernel with larger pages or a library linked with a smaller
     maximum page size.  */
  if (page <= 0 || size % (size_t) page != 0)
    return -1;
  fd = open_table_file (&offset, &prot);
  if (fd < 0)
    return -1;
  if (offset % page != 0)
    {
      close (fd);
      return -1;
    }

  /* Map code for the whole block straight from the file, executable
     from the start (and BTI-guarded when the library is), then replace
     all but the first part by fresh read-write pages (slots, then
     cells): no mapping ever gains execute permission.  */
  base = mmap (NULL, total, prot, MAP_PRIVATE, fd, offset);
  close (fd);
  if (base == MAP_FAILED)
    return -1;
  data = mmap (base + size, total - size, PROT_READ | PROT_WRITE,
               MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0);
  if (data == MAP_FAILED
      || memcmp (base, stubffi_tramp_map_table, size) != 0)
    {
      /* No memory, or the file on disk is no longer the one loaded.  */
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

  cells = (unsigned char *) data + size;
  for (n = SLOTS_PER_BLOCK; n-- > 0;)
    {
      struct closure_cell *cell = cell_at (cells + n * CELL_SIZE);
      slot = (struct ffi_tramp_slot *) ((char *) data
                                        + n * STUBFFI_TRAMP_SIZE);
      slot->entry = (void *) ffi_closure_trap;
      cell->slot = slot;
      cell->code = base + n * STUBFFI_TRAMP_SIZE;
      cell->next = free_cells;
      free_cells = cell;
    }
  return 0;
}

/* ---- The pool ------------------------------------------------------------ */

/* A fresh cell when the free list is empty: the next of tier 1, else a
   new tier-2 block's.  Called with the lock held; NULL when none can be
   made.  */
static struct closure_cell *
new_cell (void)
{
  struct closure_cell *cell;

  if (tier1_used < STUBFFI_TRAMP_TIER1_COUNT)
    {
      unsigned i = tier1_used++;
      cell = cell_at (tier1_cells[i]);
      cell->slot = &TIER1_SLOTS[i];
      cell->code = (void *) (stubffi_tramp_tier1_code
                             + (size_t) i * STUBFFI_TRAMP_SIZE);
      cell->slot->entry = (void *) ffi_closure_trap;
      return cell;
    }
  if (grow_pool () != 0)
    return NULL;
  cell = free_cells;
  free_cells = cell->next;
  return cell;
}

/* The cell whose payload starts at p, or NULL if p is not one.  Called
   with the lock held (the block table may grow).  */
static struct closure_cell *
cell_of_payload (const void *p)
{
  uintptr_t c = (uintptr_t) p;
  uintptr_t tier1 = (uintptr_t) tier1_cells;
  size_t lo = 0, hi = nblocks;

  if (c % CELL_SIZE != 0)
    return NULL;
  /* A tier-1 cell never handed out has a zero header: not live.  */
  if (c - tier1 < sizeof tier1_cells)
    return (struct closure_cell *) c;
  while (lo < hi)
    {
      size_t mid = lo + (hi - lo) / 2;
      uintptr_t cells = (uintptr_t) blocks[mid] + 2 * STUBFFI_TRAMP_MAP_SIZE;
      if (c < cells)
        hi = mid;
      else if (c - cells >= CELLS_BYTES)
        lo = mid + 1;
      else
        return (struct closure_cell *) c;
    }
  return NULL;
}

/* Puts a live cell back on the free list, its trampoline trapping.
   Called with the lock held.  */
static void
release_cell (struct closure_cell *cell)
{
  __atomic_store_n (&cell->slot->entry, (void *) ffi_closure_trap,
                    __ATOMIC_RELEASE);
  cell->next = free_cells;
  free_cells = cell;
}

/* The fast paths of ffi_closure_alloc and ffi_closure_free are leaves
   that only pop or push a tier-1 or recycled cell; everything else (the
   lock taken by another thread, a new cell or block, a big closure,
   tier-2 cells, refusing a pointer) is here, out of line, so that the
   fast paths save no registers.  */

__attribute__((noinline)) static void *
closure_alloc_slow (size_t size, void **code)
{
  struct closure_cell *cell;
  void *closure;

  if (code == NULL)
    return NULL;
  lock_pool ();
  cell = free_cells;
  if (cell != NULL)
    free_cells = cell->next;
  else
    cell = new_cell ();
  if (cell != NULL)
    cell->next = size <= CELL_PAYLOAD ? CELL_LIVE : CELL_LIVE_BIG;
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
          release_cell (cell);
          unlock_pool ();
          return NULL;
        }
    }
  *code = cell->code;
  return closure;
}

FFI_API void *
ffi_closure_alloc (size_t size, void **code)
{
  struct closure_cell *cell;

  if (UNLIKELY (code == NULL || size > CELL_PAYLOAD || !try_lock_pool ()))
    return closure_alloc_slow (size, code);
  cell = free_cells;
  if (UNLIKELY (cell == NULL))
    {
      unlock_pool ();
      return closure_alloc_slow (size, code);
    }
  free_cells = cell->next;
  cell->next = CELL_LIVE;
  unlock_pool ();
  /* The slot's entry is the trap until ffi_prep_closure_loc runs, which
     also sets its closure.  */
  *code = cell->code;
  return cell->payload;
}

__attribute__((noinline)) static void
closure_free_slow (void *closure)
{
  struct closure_cell *cell;

  if (closure == NULL)
    return;
  lock_pool ();
  cell = cell_of_payload (closure);
  if (cell != NULL && cell->next == CELL_LIVE)
    {
      release_cell (cell);
      unlock_pool ();
      return;
    }
  unlock_pool ();

  /* Not the payload of a live cell: a malloc'd big closure, or a pointer
     that freeing would corrupt the heap or the pool with.  */
  if (cell == NULL && (cell = ffi_big_closure_free (closure)) != NULL)
    {
      lock_pool ();
      release_cell (cell);
      unlock_pool ();
      return;
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

  /* A tier-1 cell: an address test says the header is ours to read.  */
  if (LIKELY (index_in ((uintptr_t) closure, (uintptr_t) tier1_cells,
                        CELL_SHIFT)
              < STUBFFI_TRAMP_TIER1_COUNT && try_lock_pool ()))
    {
      if (LIKELY (cell->next == CELL_LIVE))
        {
          release_cell (cell);
          unlock_pool ();
          return;
        }
      unlock_pool ();
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
pool_postfork (void)
{
  unlock_pool ();
}

__attribute__((constructor)) static void
pool_init (void)
{
  ffi_atfork (pool_prefork, pool_postfork, pool_postfork);
}
