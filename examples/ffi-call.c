/* SPDX-License-Identifier: MIT */
/* ffi-call: call a C function named on the command line through libffi.
 *
 *     ffi-call LIBRARY SYMBOL RETTYPE [TYPE:VALUE ...] [... [TYPE:VALUE ...]]
 *
 * The "call C from a script" case that scripting runtimes build on: the
 * signature is known only at run time, so it is described with ffi_type
 * objects, checked by ffi_prep_cif (or ffi_prep_cif_var for a variadic
 * callee) and the call is made with ffi_call.  Run it with --help for the
 * full description of types, values, output and exit status.
 *
 * Only the public libffi API is used.  Build against any libffi:
 *
 *     cc -Wall -Wextra examples/ffi-call.c -o ffi-call -lffi -ldl
 */

#define _POSIX_C_SOURCE 200809L

#include <ffi.h>

#include <ctype.h>
#include <dlfcn.h>
#include <errno.h>
#include <float.h>
#include <inttypes.h>
#include <math.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>

#define PROGRAM "ffi-call"
#define MAX_ARGS 64
#define STRINGIFY(x) #x
#define NUMBER_TEXT(x) STRINGIFY(x)

enum exit_code {
	EXIT_CALLED = 0,	/* the call was made, whatever it returned */
	EXIT_RUNTIME = 1,	/* dlopen, dlsym or libffi said no */
	EXIT_USAGE = 2,		/* the command line is wrong */
};

/* ---- C types that may be named on the command line ---------------------- */

enum kind {
	KIND_VOID,
	KIND_SIGNED,
	KIND_UNSIGNED,
	KIND_FLOAT,
	KIND_DOUBLE,
	KIND_LONGDOUBLE,
	KIND_POINTER,
	KIND_STRING,
};

struct ctype {
	const char *name;
	enum kind kind;
	size_t size;
};

/* An integer type's kind and size come from the C type itself, so "char"
 * is unsigned where the target says so (aarch64) and "long" has the
 * target's width. */
#define INTEGER(name, T) \
	{ name, ((T)-1 < (T)1) ? KIND_SIGNED : KIND_UNSIGNED, sizeof(T) }

static const struct ctype ctypes[] = {
	{ "void", KIND_VOID, 0 },
	INTEGER("char", char),
	INTEGER("schar", signed char),
	INTEGER("uchar", unsigned char),
	INTEGER("short", short),
	INTEGER("ushort", unsigned short),
	INTEGER("int", int),
	INTEGER("uint", unsigned int),
	INTEGER("long", long),
	INTEGER("ulong", unsigned long),
	INTEGER("longlong", long long),
	INTEGER("ulonglong", unsigned long long),
	INTEGER("int8", int8_t),
	INTEGER("int16", int16_t),
	INTEGER("int32", int32_t),
	INTEGER("int64", int64_t),
	INTEGER("uint8", uint8_t),
	INTEGER("uint16", uint16_t),
	INTEGER("uint32", uint32_t),
	INTEGER("uint64", uint64_t),
	INTEGER("size_t", size_t),
	INTEGER("ssize_t", ssize_t),
	{ "float", KIND_FLOAT, sizeof(float) },
	{ "double", KIND_DOUBLE, sizeof(double) },
	{ "longdouble", KIND_LONGDOUBLE, sizeof(long double) },
	{ "pointer", KIND_POINTER, sizeof(void *) },
	{ "string", KIND_STRING, sizeof(char *) },
};

/* What C's default argument promotions turn a variadic argument into. */
static const struct ctype promoted_int = INTEGER("int", int);
static const struct ctype promoted_double = { "double", KIND_DOUBLE, sizeof(double) };

static const struct ctype *find_ctype(const char *name, size_t length)
{
	for (size_t i = 0; i < sizeof ctypes / sizeof ctypes[0]; i++)
		if (strlen(ctypes[i].name) == length &&
		    memcmp(ctypes[i].name, name, length) == 0)
			return &ctypes[i];
	return NULL;
}

static bool is_integer(const struct ctype *type)
{
	return type->kind == KIND_SIGNED || type->kind == KIND_UNSIGNED;
}

static ffi_type *ffi_type_of(const struct ctype *type)
{
	bool sign = type->kind == KIND_SIGNED;

	switch (type->kind) {
	case KIND_VOID:
		return &ffi_type_void;
	case KIND_SIGNED:
	case KIND_UNSIGNED:
		switch (type->size) {
		case 1: return sign ? &ffi_type_sint8 : &ffi_type_uint8;
		case 2: return sign ? &ffi_type_sint16 : &ffi_type_uint16;
		case 4: return sign ? &ffi_type_sint32 : &ffi_type_uint32;
		case 8: return sign ? &ffi_type_sint64 : &ffi_type_uint64;
		}
		break;
	case KIND_FLOAT:
		return &ffi_type_float;
	case KIND_DOUBLE:
		return &ffi_type_double;
	case KIND_LONGDOUBLE:
		return &ffi_type_longdouble;
	case KIND_POINTER:
	case KIND_STRING:
		return &ffi_type_pointer;
	}
	abort();	/* unreachable: every integer type above is 1, 2, 4 or 8 bytes */
}

/* ---- Values --------------------------------------------------------------- */

/* Storage for one argument or the return value, in the C type's own
 * representation.  `widened` is the ffi_arg that ffi_call stores for an
 * integer return narrower than a register. */
union value {
	uint8_t u8;
	uint16_t u16;
	uint32_t u32;
	uint64_t u64;
	int8_t i8;
	int16_t i16;
	int32_t i32;
	int64_t i64;
	ffi_arg widened;
	float f;
	double d;
	long double ld;
	void *p;
	char *s;
};

/* Store the low `size` bytes' worth of `bits` as an integer of that size. */
static void store_integer(union value *v, size_t size, uintmax_t bits)
{
	switch (size) {
	case 1: v->u8 = (uint8_t)bits; break;
	case 2: v->u16 = (uint16_t)bits; break;
	case 4: v->u32 = (uint32_t)bits; break;
	case 8: v->u64 = (uint64_t)bits; break;
	}
}

static intmax_t load_signed(const union value *v, size_t size)
{
	switch (size) {
	case 1: return v->i8;
	case 2: return v->i16;
	case 4: return v->i32;
	default: return v->i64;
	}
}

static uintmax_t load_unsigned(const union value *v, size_t size)
{
	switch (size) {
	case 1: return v->u8;
	case 2: return v->u16;
	case 4: return v->u32;
	default: return v->u64;
	}
}

/* The range of an integer type of `size` bytes. */
static uintmax_t unsigned_max(size_t size)
{
	return size >= sizeof(uintmax_t) ? UINTMAX_MAX
					  : ((uintmax_t)1 << (8 * size)) - 1;
}

static intmax_t signed_max(size_t size)
{
	return (intmax_t)(unsigned_max(size) >> 1);
}

enum parse_result { PARSED, MALFORMED, OUT_OF_RANGE };

/* Integers: an optional sign, then decimal digits or 0x and hex digits.
 * A leading 0 does not mean octal.  The whole text must be the number. */
static enum parse_result parse_integer(const char *text,
				       const struct ctype *type,
				       union value *out)
{
	bool negative = *text == '-';
	int base = 10;

	if (*text == '-' || *text == '+')
		text++;
	if (text[0] == '0' && (text[1] == 'x' || text[1] == 'X')) {
		base = 16;
		text += 2;
	}
	/* Digits only: strtoumax alone would also take blanks, a second sign
	 * or a second 0x. */
	const char *digits = base == 16 ? "0123456789abcdefABCDEF" : "0123456789";
	if (*text == '\0' || text[strspn(text, digits)] != '\0')
		return MALFORMED;

	char *end;
	errno = 0;
	uintmax_t magnitude = strtoumax(text, &end, base);
	if (*end != '\0')
		return MALFORMED;
	if (errno == ERANGE)
		return OUT_OF_RANGE;

	uintmax_t bits;
	if (type->kind == KIND_SIGNED) {
		uintmax_t limit = (uintmax_t)signed_max(type->size) + negative;
		if (magnitude > limit)
			return OUT_OF_RANGE;
		/* Two's complement negation in unsigned arithmetic. */
		bits = negative ? -magnitude : magnitude;
	} else {
		if (magnitude > unsigned_max(type->size) ||
		    (negative && magnitude != 0))
			return OUT_OF_RANGE;
		bits = magnitude;
	}
	store_integer(out, type->size, bits);
	return PARSED;
}

/* Reals: anything strto{f,d,ld} accepts, without leading blanks.
 * Overflow is an error; underflow rounds (to a subnormal or zero). */
static enum parse_result parse_real(const char *text, const struct ctype *type,
				    union value *out)
{
	char *end;
	bool overflow;

	if (*text == '\0' || isspace((unsigned char)*text))
		return MALFORMED;
	errno = 0;
	switch (type->kind) {
	case KIND_FLOAT:
		out->f = strtof(text, &end);
		overflow = isinf(out->f);
		break;
	case KIND_DOUBLE:
		out->d = strtod(text, &end);
		overflow = isinf(out->d);
		break;
	default:
		out->ld = strtold(text, &end);
		overflow = isinf(out->ld);
		break;
	}
	if (*end != '\0')
		return MALFORMED;
	if (errno == ERANGE && overflow)
		return OUT_OF_RANGE;
	return PARSED;
}

static enum parse_result parse_value(const char *text, const struct ctype *type,
				     union value *out)
{
	static const struct ctype address = INTEGER("pointer", uintptr_t);
	enum parse_result result;

	switch (type->kind) {
	case KIND_SIGNED:
	case KIND_UNSIGNED:
		return parse_integer(text, type, out);
	case KIND_FLOAT:
	case KIND_DOUBLE:
	case KIND_LONGDOUBLE:
		return parse_real(text, type, out);
	case KIND_POINTER:
		result = parse_integer(text, &address, out);
		if (result == PARSED)
			out->p = (void *)(uintptr_t)load_unsigned(out, address.size);
		return result;
	case KIND_STRING:
		/* Passed verbatim; the text lives in argv for the whole run. */
		out->s = (char *)text;
		return PARSED;
	case KIND_VOID:
		break;
	}
	return MALFORMED;
}

/* Apply C's default argument promotions to a variadic argument: float
 * becomes double, an integer type narrower than int becomes int (every
 * such type's values fit in int). */
static const struct ctype *promote(const struct ctype *type, union value *v)
{
	if (type->kind == KIND_FLOAT) {
		float f = v->f;
		v->d = f;
		return &promoted_double;
	}
	if (is_integer(type) && type->size < sizeof(int)) {
		intmax_t n = type->kind == KIND_SIGNED
				     ? load_signed(v, type->size)
				     : (intmax_t)load_unsigned(v, type->size);
		store_integer(v, sizeof(int), (uintmax_t)n);
		return &promoted_int;
	}
	return type;
}

/* ---- Printing the result --------------------------------------------------- */

static long double read_real(const char *text, enum kind kind)
{
	switch (kind) {
	case KIND_FLOAT: return strtof(text, NULL);
	case KIND_DOUBLE: return strtod(text, NULL);
	default: return strtold(text, NULL);
	}
}

/* The shortest %g form that reads back as the same value of its own type:
 * pow(2, 10) prints 1024 and 0.1f prints 0.1, yet nothing is lost. */
static void print_real(long double x, enum kind kind)
{
	int max_digits = kind == KIND_FLOAT ? FLT_DECIMAL_DIG
		       : kind == KIND_DOUBLE ? DBL_DECIMAL_DIG
					     : LDBL_DECIMAL_DIG;
	char text[64];

	for (int digits = 1; digits <= max_digits; digits++) {
		snprintf(text, sizeof text, "%.*Lg", digits, x);
		if (isnan(x) || read_real(text, kind) == x)
			break;
	}
	printf("%s\n", text);
}

static void print_result(const struct ctype *type, union value *v)
{
	/* ffi_call widens integer results narrower than ffi_arg to a full
	 * ffi_arg; narrow it back to the declared type first. */
	if (is_integer(type) && type->size < sizeof(ffi_arg))
		store_integer(v, type->size, v->widened);

	switch (type->kind) {
	case KIND_VOID:
		break;
	case KIND_SIGNED:
		printf("%" PRIdMAX "\n", load_signed(v, type->size));
		break;
	case KIND_UNSIGNED:
		printf("%" PRIuMAX "\n", load_unsigned(v, type->size));
		break;
	case KIND_FLOAT:
		print_real(v->f, type->kind);
		break;
	case KIND_DOUBLE:
		print_real(v->d, type->kind);
		break;
	case KIND_LONGDOUBLE:
		print_real(v->ld, type->kind);
		break;
	case KIND_POINTER:
		printf("0x%" PRIxPTR "\n", (uintptr_t)v->p);
		break;
	case KIND_STRING:
		printf("%s\n", v->s ? v->s : "(null)");
		break;
	}
}

/* ---- The command line ------------------------------------------------------ */

static const char usage_text[] =
"Usage: " PROGRAM " [--] LIBRARY SYMBOL RETTYPE [TYPE:VALUE ...] [... [TYPE:VALUE ...]]\n"
"       " PROGRAM " -h | --help\n"
"\n"
"Call the function SYMBOL of the shared library LIBRARY through libffi and\n"
"print the value it returns.\n"
"\n"
"  LIBRARY     a shared library for dlopen(3), e.g. libm.so.6 or a path\n"
"  SYMBOL      the function, looked up with dlsym(3)\n"
"  RETTYPE     the function's return type: any TYPE below, or void\n"
"  TYPE:VALUE  one argument; VALUE is everything after the first ':'\n"
"  ...         a lone '...' ends the fixed arguments (one at least) of a variadic function\n"
"              (such as printf); the arguments after it are its variadic ones\n"
"  At most " NUMBER_TEXT(MAX_ARGS) " arguments, not counting '...'.\n"
"\n"
"Types:\n"
"  integers  char schar uchar short ushort int uint long ulong\n"
"            longlong ulonglong int8 int16 int32 int64\n"
"            uint8 uint16 uint32 uint64 size_t ssize_t\n"
"  reals     float double longdouble\n"
"  pointer   an address given as an unsigned integer (NULL is 0)\n"
"  string    a char * to VALUE's text, passed verbatim (no escapes: use\n"
"            the shell's $'...\\n' for a newline)\n"
"  void      return type only\n"
"\n"
"Values:\n"
"  Integers are decimal or 0x-prefixed hexadecimal with an optional sign,\n"
"  and must fit the type: uint:-1 and int8:200 are errors.  A leading 0\n"
"  does not mean octal.  Reals take any strtod(3) syntax (2.5, -1e3,\n"
"  0x1p4, inf, nan) and must not overflow the type.\n"
"\n"
"Variadic arguments undergo C's default argument promotions, as a compiler\n"
"would apply them: after the value is checked against the type written,\n"
"a float is passed as double and an integer type narrower than int as int.\n"
"\n"
"Output:\n"
"  Whatever the function itself writes comes first.  Then the return value\n"
"  is printed on a line of its own, as the last line of standard output:\n"
"  integers in decimal (signed or unsigned as the type says); reals in the\n"
"  shortest %g form that reads back as the same value (pow(2,10) prints\n"
"  1024); pointers as 0x and lowercase hex (NULL is 0x0); strings as their\n"
"  text, or (null).  A void function prints nothing.  If the function's own\n"
"  output does not end in a newline, the value follows it on that line.\n"
"  Errors go to standard error.\n"
"\n"
"Exit status:\n"
"  0  the call was made\n"
"  1  the library or symbol was not found, or libffi refused the signature\n"
"  2  usage error: bad option, unknown type, malformed or out-of-range\n"
"     value, too many arguments\n"
"\n"
"Examples:\n"
"  " PROGRAM " libm.so.6 pow double double:2 double:10          # 1024\n"
"  " PROGRAM " libc.so.6 strlen size_t string:hello             # 5\n"
"  " PROGRAM " libc.so.6 printf int string:$'%s=%d\\n' ... string:x int:42\n";

#if defined __GNUC__
__attribute__((format(printf, 1, 2)))
#endif
static int usage_error(const char *format, ...)
{
	va_list ap;

	fputs(PROGRAM ": ", stderr);
	va_start(ap, format);
	vfprintf(stderr, format, ap);
	va_end(ap);
	fputs("\nTry '" PROGRAM " --help' for more information.\n", stderr);
	return EXIT_USAGE;
}

/* A call described by the command line, all its values already parsed. */
struct call {
	const char *library;
	const char *symbol;
	const struct ctype *rtype;
	bool variadic;
	unsigned nfixed;	/* arguments before '...', if variadic */
	unsigned nargs;
	const struct ctype *atypes[MAX_ARGS];
	union value avalues[MAX_ARGS];
};

/* Parse "TYPE:VALUE" as argument number `index` (counted from 1). */
static int parse_argument(const char *arg, unsigned index, bool variadic,
			  const struct ctype **type, union value *value)
{
	const char *colon = strchr(arg, ':');
	if (colon == NULL)
		return usage_error("argument %u: '%s' is not of the form TYPE:VALUE",
				   index, arg);

	int name_length = (int)(colon - arg);
	const struct ctype *t = find_ctype(arg, (size_t)name_length);
	if (t == NULL)
		return usage_error("argument %u: unknown type '%.*s'",
				   index, name_length, arg);
	if (t->kind == KIND_VOID)
		return usage_error("argument %u: void is only a return type", index);

	const char *text = colon + 1;
	switch (parse_value(text, t, value)) {
	case PARSED:
		break;
	case MALFORMED:
		return usage_error("argument %u: '%s' is not a valid %s",
				   index, text, t->name);
	case OUT_OF_RANGE:
		if (t->kind == KIND_SIGNED)
			return usage_error("argument %u: %s is out of range for %s"
					   " (%" PRIdMAX "..%" PRIdMAX ")",
					   index, text, t->name,
					   -signed_max(t->size) - 1,
					   signed_max(t->size));
		if (t->kind == KIND_UNSIGNED)
			return usage_error("argument %u: %s is out of range for %s"
					   " (0..%" PRIuMAX ")",
					   index, text, t->name,
					   unsigned_max(t->size));
		return usage_error("argument %u: %s is out of range for %s",
				   index, text, t->name);
	}
	*type = variadic ? promote(t, value) : t;
	return EXIT_CALLED;
}

static int parse_command_line(int argc, char **argv, struct call *call)
{
	int first = 1;

	if (first < argc && strcmp(argv[first], "--") == 0)
		first++;
	else if (first < argc && argv[first][0] == '-' && argv[first][1] != '\0')
		return usage_error("unknown option '%s'", argv[first]);
	if (argc - first < 3)
		return usage_error("expected LIBRARY SYMBOL RETTYPE [TYPE:VALUE ...]");

	/* dlopen("") would not fail: it returns the program itself. */
	if (argv[first][0] == '\0')
		return usage_error("LIBRARY is empty: name a shared library"
				   " (e.g. libc.so.6) or give its path");
	if (argv[first + 1][0] == '\0')
		return usage_error("SYMBOL is empty");
	call->library = argv[first];
	call->symbol = argv[first + 1];
	call->rtype = find_ctype(argv[first + 2], strlen(argv[first + 2]));
	if (call->rtype == NULL)
		return usage_error("unknown return type '%s'", argv[first + 2]);

	int given = 0;
	for (int i = first + 3; i < argc; i++)
		given += strcmp(argv[i], "...") != 0;
	if (given > MAX_ARGS)
		return usage_error("too many arguments: %d given, at most %d",
				   given, MAX_ARGS);

	call->variadic = false;
	call->nargs = 0;
	for (int i = first + 3; i < argc; i++) {
		if (strcmp(argv[i], "...") == 0) {
			if (call->variadic)
				return usage_error("'...' given twice");
			/* C has no variadic function without a fixed
			 * parameter; calling one that way passes the
			 * variadic arguments where the fixed ones belong. */
			if (call->nargs == 0)
				return usage_error("'...' needs at least one"
						   " fixed argument before it");
			call->variadic = true;
			call->nfixed = call->nargs;
			continue;
		}
		unsigned n = call->nargs++;
		int status = parse_argument(argv[i], n + 1, call->variadic,
					    &call->atypes[n], &call->avalues[n]);
		if (status != EXIT_CALLED)
			return status;
	}
	return EXIT_CALLED;
}

/* ---- Making the call ------------------------------------------------------- */

static const char *status_name(ffi_status status)
{
	switch (status) {
	case FFI_OK: return "FFI_OK";
	case FFI_BAD_TYPEDEF: return "FFI_BAD_TYPEDEF";
	case FFI_BAD_ABI: return "FFI_BAD_ABI";
	case FFI_BAD_ARGTYPE: return "FFI_BAD_ARGTYPE";
	}
	return "an unknown ffi_status";
}

static int run_call(struct call *call)
{
	void *library = dlopen(call->library, RTLD_NOW);
	if (library == NULL) {
		fprintf(stderr, PROGRAM ": cannot load library: %s\n", dlerror());
		return EXIT_RUNTIME;
	}

	dlerror();
	void *symbol = dlsym(library, call->symbol);
	if (symbol == NULL) {
		const char *why = dlerror();
		fprintf(stderr, PROGRAM ": cannot find symbol '%s': %s\n",
			call->symbol, why ? why : "its address is NULL");
		return EXIT_RUNTIME;
	}
	/* POSIX guarantees a dlsym address converts to a function pointer;
	 * copying the bits keeps ISO C from objecting to the cast. */
	void (*function)(void);
	memcpy(&function, &symbol, sizeof function);

	ffi_type *atypes[MAX_ARGS];
	void *avalues[MAX_ARGS];
	for (unsigned i = 0; i < call->nargs; i++) {
		atypes[i] = ffi_type_of(call->atypes[i]);
		avalues[i] = &call->avalues[i];
	}

	ffi_cif cif;
	ffi_type *rtype = ffi_type_of(call->rtype);
	ffi_status status =
		call->variadic
			? ffi_prep_cif_var(&cif, FFI_DEFAULT_ABI, call->nfixed,
					   call->nargs, rtype, atypes)
			: ffi_prep_cif(&cif, FFI_DEFAULT_ABI, call->nargs,
				       rtype, atypes);
	if (status != FFI_OK) {
		fprintf(stderr, PROGRAM ": %s refused the signature: %s\n",
			call->variadic ? "ffi_prep_cif_var" : "ffi_prep_cif",
			status_name(status));
		return EXIT_RUNTIME;
	}

	/* At least sizeof(ffi_arg), as ffi_call requires for narrow integers. */
	union value result = { .u64 = 0 };
	ffi_call(&cif, function, &result, avalues);
	print_result(call->rtype, &result);
	return EXIT_CALLED;
}

int main(int argc, char **argv)
{
	if (argc > 1 && (strcmp(argv[1], "-h") == 0 ||
			 strcmp(argv[1], "--help") == 0)) {
		fputs(usage_text, stdout);
		return EXIT_CALLED;
	}

	struct call call;
	int status = parse_command_line(argc, argv, &call);
	if (status != EXIT_CALLED)
		return status;
	return run_call(&call);
}
