/* SPDX-License-Identifier: MIT */
/* qsort-closure: sort with qsort(3) through a comparator made at run time.
 *
 *     qsort-closure [WORD ...]
 *
 * qsort takes a plain C function pointer and nothing else, so a comparator
 * that needs state (here: the sort direction and a call counter) would
 * normally have to use globals.  An ffi closure is a real function pointer
 * that carries a user_data pointer: the same handler serves every
 * comparator, each with its own state.
 *
 * Sorts a built-in array of ints ascending and descending, then the WORDs
 * given on the command line (or a built-in list of words) as strings, and
 * prints each result on its own line.  Exits 1 if libffi refuses, or if a
 * result is not sorted (which would be a bug in the library).
 *
 * Only the public libffi API is used.  Build against any libffi:
 *
 *     cc -Wall -Wextra examples/qsort-closure.c -o qsort-closure -lffi
 */

#include <ffi.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef int (*compare_fn)(const void *, const void *);

/* What each comparator carries: how to compare and its own statistics. */
struct order {
	int direction;		/* 1 ascending, -1 descending */
	int strings;		/* elements are char *, not int */
	unsigned long calls;
};

/* The closure's handler: args[0] and args[1] point at qsort's two
 * const void * arguments, which point at the elements. */
static void
compare_handler(ffi_cif *cif, void *ret, void **args, void *user_data)
{
	struct order *order = user_data;
	const void *a = *(const void **)args[0];
	const void *b = *(const void **)args[1];
	int result;

	(void)cif;
	order->calls++;
	if (order->strings) {
		result = strcmp(*(char *const *)a, *(char *const *)b);
	} else {
		int x = *(const int *)a, y = *(const int *)b;
		result = (x > y) - (x < y);
	}
	/* An int return is stored as a full ffi_arg. */
	*(ffi_arg *)ret = (ffi_arg)(ffi_sarg)(order->direction * result);
}

/* A comparator for ORDER: a closure whose executable address goes in
 * *fn.  Returns the closure (to free later), or NULL. */
static ffi_closure *
make_comparator(ffi_cif *cif, struct order *order, compare_fn *fn)
{
	void *code;
	ffi_closure *closure = ffi_closure_alloc(sizeof(ffi_closure), &code);

	if (closure == NULL)
		return NULL;
	if (ffi_prep_closure_loc(closure, cif, compare_handler, order, code)
	    != FFI_OK) {
		ffi_closure_free(closure);
		return NULL;
	}
	*fn = (compare_fn)code;
	return closure;
}

static void
print_ints(const char *label, const int *v, size_t n)
{
	size_t i;

	printf("%s:", label);
	for (i = 0; i < n; i++)
		printf(" %d", v[i]);
	printf("\n");
}

int
main(int argc, char **argv)
{
	static const char *default_words[] = {
		"pear", "apple", "fig", "banana", "cherry", "date",
	};
	int numbers[] = { 42, -7, 1000, 0, 19, -42, 3, 256 };
	size_t nnumbers = sizeof numbers / sizeof numbers[0];
	const char **words = default_words;
	size_t nwords = sizeof default_words / sizeof default_words[0];
	struct order up = { 1, 0, 0 }, down = { -1, 0, 0 }, text = { 1, 1, 0 };
	ffi_type *arg_types[2] = { &ffi_type_pointer, &ffi_type_pointer };
	ffi_closure *closures[3];
	compare_fn ascending, descending, by_text;
	ffi_cif cif;
	size_t i;

	if (argc > 1) {
		words = (const char **)(argv + 1);
		nwords = (size_t)argc - 1;
	}

	/* int compare(const void *, const void *) */
	if (ffi_prep_cif(&cif, FFI_DEFAULT_ABI, 2, &ffi_type_sint, arg_types)
	    != FFI_OK) {
		fprintf(stderr, "qsort-closure: ffi_prep_cif failed\n");
		return 1;
	}
	closures[0] = make_comparator(&cif, &up, &ascending);
	closures[1] = make_comparator(&cif, &down, &descending);
	closures[2] = make_comparator(&cif, &text, &by_text);
	if (closures[0] == NULL || closures[1] == NULL || closures[2] == NULL) {
		fprintf(stderr, "qsort-closure: cannot make a closure\n");
		return 1;
	}

	qsort(numbers, nnumbers, sizeof numbers[0], ascending);
	print_ints("ascending", numbers, nnumbers);
	for (i = 1; i < nnumbers; i++)
		if (numbers[i - 1] > numbers[i])
			return 1;

	qsort(numbers, nnumbers, sizeof numbers[0], descending);
	print_ints("descending", numbers, nnumbers);
	for (i = 1; i < nnumbers; i++)
		if (numbers[i - 1] < numbers[i])
			return 1;

	qsort(words, nwords, sizeof words[0], by_text);
	printf("strings:");
	for (i = 0; i < nwords; i++)
		printf(" %s", words[i]);
	printf("\n");
	for (i = 1; i < nwords; i++)
		if (strcmp(words[i - 1], words[i]) > 0)
			return 1;

	/* Every comparator was really called, each with its own state. */
	if (up.calls == 0 || down.calls == 0 || (nwords > 1 && text.calls == 0))
		return 1;

	for (i = 0; i < 3; i++)
		ffi_closure_free(closures[i]);
	return 0;
}
