/* SPDX-License-Identifier: MIT */
/* Structures by value: an array member described as repeated elements,
   a nested structure, a structure result, and the layout the library
   computes for them.  */

#include <ffi.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>

struct pixel
{
  unsigned char rgb[3];
  float alpha;
};

struct sprite
{
  int id;
  struct pixel color;
};

/* Halves the colour and the opacity of a sprite's pixel.  */
static struct pixel
fade (struct sprite s, int times)
{
  struct pixel p = s.color;
  int i;

  for (i = 0; i < 3; i++)
    p.rgb[i] = (unsigned char) (p.rgb[i] >> times);
  p.alpha /= (float) (1 << times);
  return p;
}

int
main (void)
{
  /* struct pixel: the array rgb[3] is its element type three times.  */
  ffi_type *pixel_members[5] = {
    &ffi_type_uint8, &ffi_type_uint8, &ffi_type_uint8, &ffi_type_float,
    NULL
  };
  ffi_type pixel_type = { 0, 0, FFI_TYPE_STRUCT, pixel_members };

  /* struct sprite: a nested structure is a member like any other.  */
  ffi_type *sprite_members[3] = { &ffi_type_sint, &pixel_type, NULL };
  ffi_type sprite_type = { 0, 0, FFI_TYPE_STRUCT, sprite_members };

  ffi_type *arg_types[2] = { &sprite_type, &ffi_type_sint };
  ffi_cif cif;
  size_t offsets[4];
  struct sprite s = { 7, { { 200, 100, 50 }, 1.0f } };
  int times = 1;
  void *arg_values[2] = { &s, &times };
  struct pixel result;

  if (ffi_prep_cif (&cif, FFI_DEFAULT_ABI, 2, &pixel_type,
                    arg_types) != FFI_OK)
    abort ();

  /* ffi_prep_cif laid both types out as the C compiler does.  */
  if (pixel_type.size != sizeof (struct pixel)
      || pixel_type.alignment != _Alignof (struct pixel)
      || sprite_type.size != sizeof (struct sprite))
    abort ();
  if (ffi_get_struct_offsets (FFI_DEFAULT_ABI, &pixel_type, offsets) != FFI_OK
      || offsets[0] != offsetof (struct pixel, rgb)
      || offsets[2] != offsetof (struct pixel, rgb) + 2
      || offsets[3] != offsetof (struct pixel, alpha))
    abort ();
  printf ("struct pixel: %zu bytes, alpha at offset %zu\n",
          pixel_type.size, offsets[3]);

  ffi_call (&cif, FFI_FN (fade), &result, arg_values);
  printf ("fade: rgb %d %d %d, alpha %g\n", result.rgb[0], result.rgb[1],
          result.rgb[2], result.alpha);
  if (result.rgb[0] != 100 || result.rgb[1] != 50 || result.rgb[2] != 25
      || result.alpha != 0.5f)
    abort ();
  return 0;
}

/* For the stubffi testsuite:
   { dg-do run }
   { dg-output "^struct pixel: 8 bytes, alpha at offset 4\n" }
   { dg-output "fade: rgb 100 50 25, alpha 0.5\n$" } */
