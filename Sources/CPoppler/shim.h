// poppler's GLib API (Debian libpoppler-glib-dev) and cairo to render scanned pages.
#include <poppler.h>
#include <cairo.h>
