//go:build race

package community_test

// raceEnabled skips the slowest cross-checks under the race detector: they
// exercise single-goroutine numeric code, where it finds nothing.
const raceEnabled = true
