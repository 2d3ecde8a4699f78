package parallel_test

import (
	"sync/atomic"
	"testing"

	"github.com/borderlens/borderlens/analytics/internal/parallel"
)

// TestForChunks checks that every chunk runs exactly once, whatever the
// worker count.
func TestForChunks(t *testing.T) {
	for _, tc := range []struct{ chunks, workers int }{{0, 4}, {1, 4}, {7, 1}, {7, 3}, {100, 16}, {3, 0}} {
		runs := make([]atomic.Int32, tc.chunks)
		parallel.ForChunks(tc.chunks, tc.workers, func(c int) { runs[c].Add(1) })
		for c := range runs {
			if n := runs[c].Load(); n != 1 {
				t.Errorf("%d chunks, %d workers: chunk %d ran %d times", tc.chunks, tc.workers, c, n)
			}
		}
	}
}
