//go:build !race

package centrality_test

const raceEnabled = false
