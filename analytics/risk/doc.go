// Package risk propagates suspicion from known smugglers through a
// csr.Graph and explains the result: a network risk score in [0, 1] for
// every node (the probability that a random walk from the node, stopping
// with probability 1 − d at each step, reaches a known smuggler),
// the shortest links from each node to its nearest known smugglers
// (multi-source breadth-first search with predecessor tracking), the links
// that contribute most to a node's risk, a corroborated score that ranks
// nodes reached from several known smugglers first (Corroborate), and
// the Profile that gathers them with the node's community and centrality.
//
// Place in the dependency graph: risk imports analytics/csr and graph
// (keys and edge identities in explanations). The analytics root builds Profiles
// from its in-memory Result.
package risk
