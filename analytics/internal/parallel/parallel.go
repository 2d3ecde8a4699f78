// Package parallel runs the analytics' chunked loops on several
// goroutines without making their results depend on the worker count.
package parallel

import (
	"sync"
	"sync/atomic"
)

// ForChunks calls fn(c) for every chunk index c in [0, chunks) on up to
// workers goroutines (on the caller's alone when workers or chunks is at
// most 1). fn must only write state owned by chunk c, so that the result
// does not depend on which goroutine ran which chunk.
func ForChunks(chunks, workers int, fn func(c int)) {
	if workers <= 1 || chunks <= 1 {
		for c := 0; c < chunks; c++ {
			fn(c)
		}
		return
	}
	var next atomic.Int64
	var wg sync.WaitGroup
	for w := 0; w < min(workers, chunks); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				c := int(next.Add(1) - 1)
				if c >= chunks {
					return
				}
				fn(c)
			}
		}()
	}
	wg.Wait()
}
