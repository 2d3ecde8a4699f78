// Package hs recommends HS 2022 subheadings for free-text goods
// descriptions and scores declared HS codes for misclassification, in the
// manner of the WCO's AI HS tool (BACUDA project): learn from the
// nomenclature (cold start) and from past declarations (description plus
// accepted code).
//
// # Model
//
// Text goes through Tokens (lower case, accents folded, units and
// quantities dropped, abbreviations expanded, common French, Spanish,
// German and Portuguese goods words translated to English, light
// stemming). Features are TF-IDF weighted word unigrams, word bigrams and
// character 3- to 5-grams inside word boundaries (so typos and compounds
// still share most of their n-grams), each group L2-normalised.
//
// The classifier is a hierarchical linear model (Cai & Hofmann, CIKM 2004,
// doi:10.1145/1031171.1031186): the score of subheading c is
// x·(w_c + a·w_heading(c) + b·w_chapter(c)), so evidence for a heading or
// a chapter is shared by its subheadings and a wrong subheading in the
// right heading stays close. The weights are Rocchio centroids (each
// L2-normalised, top features kept) of the TF-IDF vectors of the
// nomenclature text and of the training descriptions; a and b are chosen
// on held-out descriptions. Probabilities are softmax(score/T) with the
// temperature T fitted by grid search on the same hold-out (minimum
// negative log-likelihood). Dense document embeddings (PV-DBOW) are not
// part of this version: see docs/hs.md.
//
// Scoring one description costs O(F·P) for F features with P postings
// each (pruned), plus O(C) for the softmax over C = 5,612 subheadings.
// Training and scoring are deterministic for a given seed.
//
// # Declared codes
//
// ParseCode reads declared codes: 8 to 10 digit national codes are
// truncated to six digits (flag "truncated"), HS 2017 subheadings that
// HS 2022 removed are mapped to their HS 2022 successors (flag "mapped"),
// and codes that cannot be placed are kept with flag "unknown".
//
// Place in the dependency graph: hs imports graph only (for the store
// shell in store.go); the algorithms themselves do no I/O.
package hs
