// zlib (Debian zlib1g-dev), already linked by poppler: inflates the XML inside a .docx.
#include <zlib.h>
