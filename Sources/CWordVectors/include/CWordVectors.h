#ifndef CWORDVECTORS_H
#define CWORDVECTORS_H

#include <stddef.h>

/// The bytes of word-vectors.bin (scripts/word-vectors/build.py), built into the binary so
/// that the engine needs no file beside it; 16-byte aligned.
const unsigned char *concierge_word_vectors_bytes(void);
size_t concierge_word_vectors_size(void);

#endif
