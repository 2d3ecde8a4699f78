package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/borderlens/borderlens/graph"
)

// TestServeCursorsSurviveRestart checks the server seals connection
// cursors under the data dir's cursor.key: a cursor handed out before a
// restart still pages after it, and a server with another data dir (so
// another key) refuses it.
func TestServeCursorsSurviveRestart(t *testing.T) {
	src, gt := sharedWorld(t)
	dir := copyWorld(t, src)
	member := gt.Rings[0].Members[0]
	const q = `query($id: ID!, $first: Int, $after: String){ node(id: $id){ neighbours(first: $first, after: $after){
		pageInfo { endCursor } edges { node { id } } } } }`
	type page struct {
		Node struct {
			Neighbours struct {
				PageInfo struct {
					EndCursor *string `json:"endCursor"`
				} `json:"pageInfo"`
				Edges []struct {
					Node struct {
						ID string `json:"id"`
					} `json:"node"`
				} `json:"edges"`
			} `json:"neighbours"`
		} `json:"node"`
	}
	var two, one page
	t.Run("before restart", func(t *testing.T) {
		_, base := startServer(t, dir, demoEnv)
		mustGQL(t, base, q, map[string]any{"id": member, "first": 2}, &two)
		mustGQL(t, base, q, map[string]any{"id": member, "first": 1}, &one)
	})
	if len(two.Node.Neighbours.Edges) != 2 || one.Node.Neighbours.PageInfo.EndCursor == nil {
		t.Fatalf("%s: want two neighbours and a cursor, got %+v", member, two)
	}
	cursor := *one.Node.Neighbours.PageInfo.EndCursor
	fi, err := os.Stat(filepath.Join(dir, "cursor.key"))
	if err != nil {
		t.Fatalf("cursor key not kept in the data dir: %v", err)
	}
	if perm := fi.Mode().Perm(); perm != 0o600 {
		t.Errorf("cursor.key mode = %v, want 0600", perm)
	}

	t.Run("after restart", func(t *testing.T) {
		_, base := startServer(t, dir, demoEnv)
		var next page
		mustGQL(t, base, q, map[string]any{"id": member, "first": 1, "after": cursor}, &next)
		if len(next.Node.Neighbours.Edges) != 1 || next.Node.Neighbours.Edges[0].Node.ID != two.Node.Neighbours.Edges[1].Node.ID {
			t.Errorf("page after the cursor = %+v, want %s", next.Node.Neighbours.Edges, two.Node.Neighbours.Edges[1].Node.ID)
		}
	})
	t.Run("another data dir", func(t *testing.T) {
		_, base := startServer(t, copyWorld(t, src), demoEnv)
		wantCode(t, base, q, map[string]any{"id": member, "first": 1, "after": cursor}, graph.EINVALID)
	})
}
