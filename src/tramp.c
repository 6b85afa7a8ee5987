/* stubffi — the static trampoline pool.

   Trampolines are code assembled into the library (src/<arch>/tramp*.S);
   each reads a data slot {entry, closure} at a fixed distance from itself.
   Nothing here ever writes code or asks for memory that is both writable
   and executable, and no writable page is ever made executable, so
   closures work under PR_SET_MDWE, SELinux execmem denials and the like.

   Tier 1: a table in .text whose slots are in .bss.  The first closures
   cost no system call.
   Tier 2: when tier 1 is used up, a block is made of a read-only
   executable copy of the library's page-aligned trampoline table, mapped
   from the library file itself, followed by anonymous read-write pages
   for the slots.  Blocks are added until memory or mappings run out.

   Free slots form a LIFO list threaded through their closure field.  All
   state is private memory and one lock, held across fork() by atfork
   handlers, so both sides of a fork keep a consistent pool.  */

#define _GNU_SOURCE
#include "ffi_common.h"

#if defined(__x86_64__)
# include "x86/internal64.h"
#elif defined(__aarch64__)
# include "aarch64/internal.h"
#elif defined(__i386__)
# include "x86/internal.h"
#else
# error "no static trampolines for this target"
#endif

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
static struct ffi_tramp_slot *free_list;
static unsigned tier1_used;

/* Tier-2 blocks by ascending address, so that ffi_tramp_lookup can tell
   our trampolines from any other code address.  */
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

/* Maps one tier-2 block and puts its slots on the free list.  Called with
   the lock held.  Returns 0, or -1 when no block can be made.  */
static int
grow_pool (void)
{
  const size_t size = STUBFFI_TRAMP_MAP_SIZE;
  long page = sysconf (_SC_PAGESIZE);
  struct ffi_tramp_slot *slot;
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

  /* Map code for both halves straight from the file, executable from the
     start, then replace the second half by fresh read-write pages: no
     mapping ever gains execute permission.  */
  base = mmap (NULL, 2 * size, prot, MAP_PRIVATE, fd, offset);
  close (fd);
  if (base == MAP_FAILED)
    return -1;
  data = mmap (base + size, size, PROT_READ | PROT_WRITE,
               MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0);
  if (data == MAP_FAILED
      || memcmp (base, stubffi_tramp_map_table, size) != 0)
    {
      /* No memory, or the file on disk is no longer the one loaded.  */
      munmap (base, 2 * size);
      return -1;
    }

  if (nblocks == blocks_cap)
    {
      size_t cap = blocks_cap ? 2 * blocks_cap : 16;
      char **grown = realloc (blocks, cap * sizeof *blocks);
      if (grown == NULL)
        {
          munmap (base, 2 * size);
          return -1;
        }
      blocks = grown;
      blocks_cap = cap;
    }
  for (n = nblocks; n > 0 && blocks[n - 1] > base; n--)
    blocks[n] = blocks[n - 1];
  blocks[n] = base;
  nblocks++;

  for (n = size / STUBFFI_TRAMP_SIZE; n-- > 0;)
    {
      slot = (struct ffi_tramp_slot *) ((char *) data
                                        + n * STUBFFI_TRAMP_SIZE);
      slot->entry = (void *) ffi_closure_trap;
      slot->closure = free_list;
      free_list = slot;
    }
  return 0;
}

/* ---- The pool ------------------------------------------------------------ */

static void *
code_of_slot (struct ffi_tramp_slot *slot)
{
  size_t index = (size_t) (slot - TIER1_SLOTS);
  if (slot >= TIER1_SLOTS && index < STUBFFI_TRAMP_TIER1_COUNT)
    return (void *) (stubffi_tramp_tier1_code + index * STUBFFI_TRAMP_SIZE);
  return (char *) slot - STUBFFI_TRAMP_MAP_SIZE;
}

struct ffi_tramp_slot *
ffi_tramp_alloc (void **code)
{
  struct ffi_tramp_slot *slot = NULL;

  lock_pool ();
  if (free_list == NULL && tier1_used < STUBFFI_TRAMP_TIER1_COUNT)
    slot = &TIER1_SLOTS[tier1_used++];
  else if (free_list != NULL || grow_pool () == 0)
    {
      slot = free_list;
      free_list = slot->closure;
    }
  unlock_pool ();

  if (slot == NULL)
    return NULL;
  slot->closure = NULL;
  __atomic_store_n (&slot->entry, (void *) ffi_closure_trap, __ATOMIC_RELEASE);
  *code = code_of_slot (slot);
  return slot;
}

struct ffi_tramp_slot *
ffi_tramp_lookup (void *code)
{
  uintptr_t c = (uintptr_t) code, tier1 = (uintptr_t) stubffi_tramp_tier1_code;
  struct ffi_tramp_slot *slot = NULL;
  size_t lo = 0, hi;

  if (c % STUBFFI_TRAMP_SIZE != 0)
    return NULL;
  if (c - tier1 < STUBFFI_TRAMP_TIER1_COUNT * STUBFFI_TRAMP_SIZE)
    return &TIER1_SLOTS[(c - tier1) / STUBFFI_TRAMP_SIZE];

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

void
ffi_tramp_set (struct ffi_tramp_slot *slot, void *entry, void *closure)
{
  slot->closure = closure;
  /* A thread that calls the trampoline after seeing the new entry also
     sees the closure pointer.  */
  __atomic_store_n (&slot->entry, entry, __ATOMIC_RELEASE);
}

void
ffi_tramp_free (struct ffi_tramp_slot *slot)
{
  __atomic_store_n (&slot->entry, (void *) ffi_closure_trap, __ATOMIC_RELEASE);
  lock_pool ();
  slot->closure = free_list;
  free_list = slot;
  unlock_pool ();
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
