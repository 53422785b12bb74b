// Tesseract's C API (Debian libtesseract-dev). leptonica's header is not included and
// leptonica is not linked: its image type stays opaque here, and the few functions the
// reader needs are looked up in the leptonica libtesseract itself loaded (see
// Leptonica.swift), because Debian 12 ships liblept.so.5 and Debian 13 libleptonica.so.6
// and a binary naming either one runs on only one of them (#25).
#include <tesseract/capi.h>
