package centrality

import (
	"sync"
	"sync/atomic"
)

// forChunks calls fn(c) for every chunk index c in [0, chunks) on up to
// workers goroutines. fn must only write state owned by chunk c, so that
// the result does not depend on which goroutine ran which chunk.
func forChunks(chunks, workers int, fn func(c int)) {
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
