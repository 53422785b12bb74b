// Tesseract's C API (Debian libtesseract-dev) and leptonica's image type it reads.
#include <tesseract/capi.h>
#include <leptonica/allheaders.h>
