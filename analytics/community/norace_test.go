//go:build !race

package community_test

const raceEnabled = false
