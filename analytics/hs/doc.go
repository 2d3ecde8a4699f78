// Package hs recommends HS 2022 subheadings for free-text goods
// descriptions and scores declared HS codes for misclassification, in the
// manner of the WCO's AI HS tool (BACUDA project): learn from the
// nomenclature (cold start) and from past declarations (description plus
// accepted code).
//
// # Model
//
// Text goes through Tokens (lower case, accents folded, units and
// quantities dropped, trade abbreviations expanded, common French,
// Spanish, Portuguese, German and Italian goods words and phrases
// translated to English, German compounds split against the dictionary,
// light stemming). Features are TF-IDF weighted word unigrams, word
// bigrams and character 3- to 5-grams inside word boundaries (so typos and
// compounds still share most of their n-grams), each group L2-normalised.
//
// Three sources of text describe each subheading: the nomenclature (the
// subheading, its heading and chapter, negated clauses removed), the
// built-in lexicon of commercial goods names (terms.txt, about 5,300 names
// for 2,000 headings and subheadings, written by hand from general trade
// knowledge) and past declarations (description plus accepted code).
//
// The score of subheading c for a description x is
//
//	x·(w_c + a·w_heading(c) + b·w_chapter(c)) + m·(t_c + h·t_heading(c))
//
// The first part is a hierarchical linear model (Cai & Hofmann, CIKM
// 2004, doi:10.1145/1031171.1031186) whose weights are Rocchio centroids
// (each L2-normalised, top features kept) of all the documents of the
// class, so evidence for a heading or a chapter is shared by its
// subheadings and a wrong subheading in the right heading stays close.
// The second is a nearest-neighbour term match: t_c is the best cosine
// between x and one commercial name of c (t_heading over the heading's
// names), which keeps a short exact name ("espresso machine") from being
// diluted in a centroid. a and b are chosen on held-out declarations;
// probabilities are softmax(score/T) with T fitted by golden-section
// search on the hold-out negative log-likelihood.
//
// An optional dense part (TrainOptions.DenseWeight, off by default) adds
// DenseWeight times the cosine between the description and the
// subheading in a latent semantic analysis space (randomized SVD of the
// word TF-IDF matrix of the nomenclature, terms and examples; see lsa).
// It did not win on the dev half, so it stays off: see docs/hs.md.
//
// The mismatch score of a declared code is calibrated (Platt scaling on
// the log probabilities of the declared subheading and heading, fitted on
// the hold-out with swapped codes as negatives, intercept moved to a
// prior misdeclaration share): see Assessment.Mismatch.
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
