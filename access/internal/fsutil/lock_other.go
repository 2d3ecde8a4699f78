//go:build !unix

package fsutil

// Lock is a no-op where flock is unavailable: run one writer at a time.
func Lock(path string) (unlock func(), err error) { return func() {}, nil }
