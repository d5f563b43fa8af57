#include "CWordVectors.h"

// C23 #embed keeps the 4 MB table out of Swift's type checker and out of a generated source.
_Alignas(16) static const unsigned char bytes[] = {
#embed "word-vectors.bin"
};

const unsigned char *concierge_word_vectors_bytes(void) { return bytes; }
size_t concierge_word_vectors_size(void) { return sizeof bytes; }
