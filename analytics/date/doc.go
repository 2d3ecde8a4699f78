// Package date scores goods declarations for customs inspection with a
// DATE-style model: Kim et al., "DATE: Dual Attentive Tree-aware Embedding
// for Customs Fraud Detection", KDD 2020, doi:10.1145/3394486.3403339.
//
// The model has three stages, all trained here in Go:
//
//  1. Features (Featurizer): declared values, unit values (value per kg and
//     per unit), tax ratios, date parts, coded categories, and historical
//     risk profiles of importers, declarants, sellers, HS codes (6, 4 and
//     2 digits), countries, offices and their pairs. A profile of a row
//     dated d is computed only from labelled declarations dated strictly
//     before d's day, for training rows and scored rows alike, so no
//     outcome leaks backwards across a time split.
//  2. Gradient-boosted trees (GBDT): histogram-based, leaf-wise growth,
//     logistic loss with second-order leaf values (Friedman 2001; Chen and
//     Guestrin 2016; Ke et al. 2017). The trees are a scorer on their own
//     (the baseline) and their leaf indices are the cross features of the
//     next stage.
//  3. The dual attentive tree-aware embedding network (Net): each leaf a
//     row falls in is a learned embedding; the importer and HS-code
//     embeddings form the query of an additive attention over the leaves;
//     the attended leaf set, importer and HS vectors are fused and feed two
//     heads, illicit probability (binary cross-entropy) and additional
//     revenue (squared error on log1p(revenue), weighted by RevenueWeight).
//     Importers and HS codes seen fewer than MinCount times share one
//     learned "unseen" embedding, so new parties fall back gracefully.
//
// Everything is deterministic given Options.Seed (worker partitions are
// fixed and sums are taken in a fixed order). Select builds inspection
// lists (top share by probability or expected revenue, with an exploration
// share picked for uncertainty or at random); ReadExternalScores reads the
// scores of an external DATE run. Save and Load write the model file:
// a versioned header with a SHA-256 checksum of the body.
//
// The store shell (LoadDeclarations, WriteScores) reads Declaration nodes
// and writes the graph.PropDate* properties back onto declarations and the
// roll-ups onto traders.
//
// Place in the dependency graph: date imports graph only (never ingest,
// resolvers or a store implementation); cmd and resolvers import it.
package date
