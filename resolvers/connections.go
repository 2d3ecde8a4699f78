package resolvers

import (
	"encoding/base64"
	"strconv"
	"strings"

	"github.com/borderlens/borderlens/graph"
	"github.com/borderlens/borderlens/resolvers/model"
)

// Page sizes for connection fields.
const (
	defaultFirst = 20   // edges returned when first is null
	maxFirst     = 1000 // most edges one page may hold
)

// Cursors are opaque to clients: base64url of the item's identity (a node
// key or a relationship id), so a cursor stays valid while the list around
// it grows. Search cursors also carry the rank, "rank:key", because search
// results are ranked rather than sorted by key.

func encodeCursor(identity string) string {
	return base64.RawURLEncoding.EncodeToString([]byte(identity))
}

func decodeCursor(c string) (string, error) {
	b, err := base64.RawURLEncoding.DecodeString(c)
	if err != nil || len(b) == 0 {
		return "", graph.Errorf(graph.EINVALID, "cursor %q is not valid", c)
	}
	return string(b), nil
}

// pageSize returns the page size for first: defaultFirst when null,
// EINVALID outside [0, max].
func pageSize(first *int, max int) (int, error) {
	if first == nil {
		return min(defaultFirst, max), nil
	}
	if *first < 0 || *first > max {
		return 0, graph.Errorf(graph.EINVALID, "first must be between 0 and %d", max)
	}
	return *first, nil
}

// paginate returns the bounds [lo, hi) of the page of items after the
// cursor after (from the start when nil) holding at most first items, and
// its page info. identity names each item as its cursor does.
func paginate[T any](items []T, identity func(T) string, first *int, after *string) (lo, hi int, info *model.PageInfo, err error) {
	n, err := pageSize(first, maxFirst)
	if err != nil {
		return 0, 0, nil, err
	}
	if after != nil {
		id, err := decodeCursor(*after)
		if err != nil {
			return 0, 0, nil, err
		}
		lo = -1
		for i, it := range items {
			if identity(it) == id {
				lo = i + 1
				break
			}
		}
		if lo < 0 {
			return 0, 0, nil, graph.Errorf(graph.EINVALID, "cursor %q does not match this list", *after)
		}
	}
	hi = min(lo+n, len(items))
	info = &model.PageInfo{HasNextPage: hi < len(items), HasPreviousPage: lo > 0}
	if hi > lo {
		s, e := encodeCursor(identity(items[lo])), encodeCursor(identity(items[hi-1]))
		info.StartCursor, info.EndCursor = &s, &e
	}
	return lo, hi, info, nil
}

// searchCursor encodes the position of a search hit.
func searchCursor(rank int, key graph.Key) string {
	return encodeCursor(strconv.Itoa(rank) + ":" + key.String())
}

// decodeSearchCursor returns the rank and key a search cursor names.
func decodeSearchCursor(c string) (int, graph.Key, error) {
	s, err := decodeCursor(c)
	if err != nil {
		return 0, graph.Key{}, err
	}
	r, k, ok := strings.Cut(s, ":")
	rank, perr := strconv.Atoi(r)
	if !ok || perr != nil || rank < 0 {
		return 0, graph.Key{}, graph.Errorf(graph.EINVALID, "cursor %q is not valid", c)
	}
	key, err := graph.ParseKey(k)
	if err != nil {
		return 0, graph.Key{}, graph.Errorf(graph.EINVALID, "cursor %q is not valid", c)
	}
	return rank, key, nil
}
