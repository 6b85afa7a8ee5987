/* SPDX-License-Identifier: MIT */
/* Binary compatibility: this program is compiled against the SYSTEM'S
   libffi header and linked with the system's -lffi (meta.exp sees to it),
   then run with LD_LIBRARY_PATH pointing at stubffi's build tree, the way
   an existing libffi client picks up stubffi as libffi.so.8.

   It first proves that the libffi.so.8 mapped into the process is the one
   in the directory given as argv[1] (comparing real paths), then makes a
   few calls and checks their results.  It deliberately includes nothing
   from stubffi: not even testsuite/include/testffi.h.  */

#define _GNU_SOURCE
#include <ffi.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define CHECK(x)                                                         \
  do {                                                                   \
    if (!(x)) {                                                          \
      fprintf (stderr, "compat.c:%d: check failed: %s\n", __LINE__, #x); \
      abort ();                                                          \
    }                                                                    \
  } while (0)

/* Exit 1 unless exactly one libffi is mapped and it lives in DIR.  */
static void
check_mapped_library (const char *dir)
{
  char want[PATH_MAX], line[PATH_MAX + 256], found[PATH_MAX] = "";
  FILE *maps;

  if (realpath (dir, want) == NULL)
    {
      perror (dir);
      exit (1);
    }
  maps = fopen ("/proc/self/maps", "r");
  if (maps == NULL)
    {
      perror ("/proc/self/maps");
      exit (1);
    }
  while (fgets (line, sizeof line, maps) != NULL)
    {
      char *path = strchr (line, '/');
      char *base, real[PATH_MAX];

      if (path == NULL)
        continue;
      path[strcspn (path, "\n")] = '\0';
      base = strrchr (path, '/') + 1;
      if (strncmp (base, "libffi.so", 9) != 0)
        continue;
      if (realpath (path, real) == NULL)
        {
          perror (path);
          exit (1);
        }
      *strrchr (real, '/') = '\0';
      if (found[0] != '\0' && strcmp (found, real) != 0)
        {
          fprintf (stderr, "two libffi mappings: %s and %s\n", found, real);
          exit (1);
        }
      strcpy (found, real);
    }
  fclose (maps);

  if (found[0] == '\0')
    {
      fprintf (stderr, "no libffi.so is mapped\n");
      exit (1);
    }
  if (strcmp (found, want) != 0)
    {
      fprintf (stderr, "the mapped libffi is in %s, not in %s\n", found, want);
      exit (1);
    }
  printf ("libffi from %s\n", found);
}

static int
add3 (int a, int b, int c)
{
  return a + 10 * b + 100 * c;
}

static double
scale (double x, float y, int n)
{
  return x * y + n;
}

struct point
{
  int x;
  double y;
};

static struct point
midpoint (struct point a, struct point b)
{
  struct point m = { (a.x + b.x) / 2, (a.y + b.y) / 2 };
  return m;
}

static void
call_ints (void)
{
  ffi_cif cif;
  ffi_type *args[3] = { &ffi_type_sint, &ffi_type_sint, &ffi_type_sint };
  int a = 1, b = 2, c = -3;
  void *values[3] = { &a, &b, &c };
  ffi_arg result = 0;

  CHECK (ffi_prep_cif (&cif, FFI_DEFAULT_ABI, 3, &ffi_type_sint, args)
         == FFI_OK);
  ffi_call (&cif, FFI_FN (add3), &result, values);
  CHECK ((int) result == -279);
}

static void
call_doubles (void)
{
  ffi_cif cif;
  ffi_type *args[3] = { &ffi_type_double, &ffi_type_float, &ffi_type_sint };
  double x = 1.5;
  float y = 4.0f;
  int n = 7;
  void *values[3] = { &x, &y, &n };
  double result = 0;

  CHECK (ffi_prep_cif (&cif, FFI_DEFAULT_ABI, 3, &ffi_type_double, args)
         == FFI_OK);
  ffi_call (&cif, FFI_FN (scale), &result, values);
  CHECK (result == 13.0);
}

static void
call_struct (void)
{
  ffi_type *fields[3] = { &ffi_type_sint, &ffi_type_double, NULL };
  ffi_type point_type = { 0, 0, FFI_TYPE_STRUCT, fields };
  ffi_type *args[2] = { &point_type, &point_type };
  struct point a = { 2, 1.0 }, b = { 6, 4.0 }, m = { 0, 0 };
  void *values[2] = { &a, &b };
  ffi_cif cif;

  CHECK (ffi_prep_cif (&cif, FFI_DEFAULT_ABI, 2, &point_type, args)
         == FFI_OK);
  CHECK (point_type.size == sizeof (struct point));
  CHECK (point_type.alignment == __alignof__ (struct point));
  ffi_call (&cif, FFI_FN (midpoint), &m, values);
  CHECK (m.x == 4 && m.y == 2.5);
}

static void
call_variadic (void)
{
  ffi_type *args[6] = { &ffi_type_pointer, &ffi_type_ulong,
                        &ffi_type_pointer, &ffi_type_sint,
                        &ffi_type_pointer, &ffi_type_double };
  char buf[64], *bufp = buf;
  unsigned long size = sizeof buf;
  const char *format = "%d %s %.2f", *word = "abc";
  int n = 42;
  double d = 2.5;
  void *values[6] = { &bufp, &size, &format, &n, &word, &d };
  ffi_arg result = 0;
  ffi_cif cif;

  CHECK (ffi_prep_cif_var (&cif, FFI_DEFAULT_ABI, 3, 6, &ffi_type_sint, args)
         == FFI_OK);
  ffi_call (&cif, FFI_FN (snprintf), &result, values);
  CHECK ((int) result == 11);
  CHECK (strcmp (buf, "42 abc 2.50") == 0);
}

int
main (int argc, char **argv)
{
  if (argc != 2)
    {
      fprintf (stderr, "usage: %s DIRECTORY-OF-LIBFFI\n", argv[0]);
      return 2;
    }
  check_mapped_library (argv[1]);

  /* Data symbols of two version nodes.  */
  CHECK (ffi_type_sint32.size == 4 && ffi_type_sint32.type == FFI_TYPE_SINT32);
#ifdef FFI_TARGET_HAS_COMPLEX_TYPE
  CHECK (ffi_type_complex_double.type == FFI_TYPE_COMPLEX);
  CHECK (ffi_type_complex_double.elements[0] == &ffi_type_double);
#endif

  call_ints ();
  call_doubles ();
  call_struct ();
  call_variadic ();
  printf ("calls ok\n");
  return 0;
}
