// Package kcs reads goods declarations in the two CSV layouts of the
// customs fraud-detection literature and maps them onto the graph:
//
//   - KCS: the Korea Customs Service synthetic import declarations (Jeong
//     et al., "Customs Import Declaration Datasets", arXiv:2208.02484), 22
//     columns from "Declaration ID" to "Critical Fraud";
//   - BACUDA: the WCO BACUDA / DATE synthetic declarations (Kim et al.,
//     "DATE: Dual Attentive Tree-aware Embedding for Customs Fraud
//     Detection", KDD 2020, doi:10.1145/3394486.3403339), 14 columns
//     "sgd.id" to "revenue", dates written yy-mm-dd.
//
// The layout is recognised from the header (column order does not
// matter); an optional goods-description column ("Description",
// "goods.description", "item.description") is read in both. Columns the
// layout does not map are kept verbatim as camelCase properties of the
// declaration ("Process Type" becomes processType).
//
// Each row becomes one graph.Declaration with its inspection outcome
// (Fraud or illicit, revenue, Critical Fraud), plus the Trader nodes of
// its importer, declarant, seller and courier (with their roles), the
// Office, and the origin and departure Country nodes, linked by IMPORTED,
// DECLARED_BY, SOLD_BY, CARRIED_BY, LODGED_AT, ORIGINATES_IN and
// SHIPPED_FROM. Country nodes are keyed by ISO 3166 alpha-2 so that they
// meet the nationality of passengers (given in alpha-3).
//
// Place in the dependency graph: kcs imports graph and ingest/resolve;
// the ingest pipeline frames the CSV and calls it.
package kcs
