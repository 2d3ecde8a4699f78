package embedded

import (
	"context"
	"errors"
	"fmt"
	"io/fs"

	"github.com/borderlens/borderlens/graph"
	berrors "go.etcd.io/bbolt/errors"
)

// fail is the one place where errors leave the package: it prefixes what
// was being done and turns bbolt and file-system errors into *graph.Error
// values. Domain errors and context errors pass through, wrapped.
func fail(op string, err error) error {
	if err == nil {
		return nil
	}
	var ge *graph.Error
	if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) || errors.As(err, &ge) {
		return fmt.Errorf("embedded: %s: %w", op, err)
	}
	return fmt.Errorf("embedded: %s: %w", op, translate(err))
}

// translate maps a bbolt or operating-system error to a domain error.
// Unavailable means "try again later or elsewhere": the file is closed,
// locked by another process or cannot be opened; anything else is a bug
// or a damaged file.
func translate(err error) *graph.Error {
	switch {
	case errors.Is(err, berrors.ErrDatabaseNotOpen):
		return graph.Errorf(graph.EUNAVAILABLE, "store is closed")
	case errors.Is(err, berrors.ErrTimeout):
		return graph.Errorf(graph.EUNAVAILABLE, "database file is locked by another process")
	case errors.Is(err, berrors.ErrDatabaseReadOnly):
		return graph.Errorf(graph.EUNAVAILABLE, "database is read-only")
	case errors.Is(err, fs.ErrPermission), errors.Is(err, fs.ErrNotExist):
		return graph.Errorf(graph.EUNAVAILABLE, "%v", err)
	}
	return graph.Errorf(graph.EINTERNAL, "%v", err)
}

// corrupt reports bytes in the file that this package cannot decode.
func corrupt(what string, key []byte) *graph.Error {
	return graph.Errorf(graph.EINTERNAL, "corrupt %s record %q", what, key)
}

// notFound reports a missing node.
func notFound(k graph.Key) *graph.Error {
	return graph.Errorf(graph.ENOTFOUND, "node %s not found", k)
}
