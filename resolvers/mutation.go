package resolvers

import (
	"context"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/borderlens/borderlens/graph"
	"github.com/borderlens/borderlens/resolvers/view"
)

// Bounds on the free text a mark carries.
const (
	maxReasonLength = 2000
	maxSourceLength = 200
)

// manualSource is the mark source recorded when the caller names none.
const manualSource = "manual"

func (r *Resolver) now() time.Time {
	if r.Now != nil {
		return r.Now()
	}
	return time.Now()
}

// text trims s and checks it is non-empty (when required) and short enough.
func text(name, s string, required bool, max int) (string, error) {
	s = strings.TrimSpace(s)
	switch {
	case required && s == "":
		return "", graph.Errorf(graph.EINVALID, "%s is required", name)
	case !utf8.ValidString(s):
		return "", graph.Errorf(graph.EINVALID, "%s is not valid UTF-8", name)
	case len(s) > max:
		return "", graph.Errorf(graph.EINVALID, "%s is longer than %d bytes", name, max)
	}
	return s, nil
}

func (r *Resolver) markKnownSmuggler(ctx context.Context, id, reason string, source *string) (view.Node, error) {
	key, err := graph.ParseKey(id)
	if err != nil {
		return nil, err
	}
	if err := r.checkKey(ctx, key); err != nil {
		return nil, err
	}
	if reason, err = text("reason", reason, true, maxReasonLength); err != nil {
		return nil, err
	}
	src := manualSource
	if source != nil {
		s, err := text("source", *source, false, maxSourceLength)
		if err != nil {
			return nil, err
		}
		if s != "" {
			src = s
		}
	}
	was, err := r.Store.Node(ctx, key)
	if err != nil {
		return nil, err
	}
	v, err := r.setMark(ctx, key, graph.Props{
		graph.PropKnownSmuggler:       true,
		graph.PropKnownSmugglerSince:  r.now().UTC().Format(time.DateOnly),
		graph.PropKnownSmugglerSource: src,
		graph.PropKnownSmugglerReason: reason,
	})
	if err == nil && !was.Props.Bool(graph.PropKnownSmuggler) {
		r.alertMarked(ctx, key)
	}
	return v, err
}

// unmarkKnownSmuggler keeps the reason and who cleared the mark, so the node
// shows why it is no longer marked.
func (r *Resolver) unmarkKnownSmuggler(ctx context.Context, id, reason string) (view.Node, error) {
	key, err := graph.ParseKey(id)
	if err != nil {
		return nil, err
	}
	if err := r.checkKey(ctx, key); err != nil {
		return nil, err
	}
	if reason, err = text("reason", reason, true, maxReasonLength); err != nil {
		return nil, err
	}
	return r.setMark(ctx, key, graph.Props{
		graph.PropKnownSmuggler:       false,
		graph.PropKnownSmugglerSince:  nil,
		graph.PropKnownSmugglerSource: manualSource,
		graph.PropKnownSmugglerReason: reason,
	})
}

// setMark writes props to key and returns the node as stored afterwards,
// bypassing (and refreshing) the loader cache.
func (r *Resolver) setMark(ctx context.Context, key graph.Key, props graph.Props) (view.Node, error) {
	if err := r.Store.SetProperties(ctx, []graph.PropertyUpdate{{Key: key, Props: props}}); err != nil {
		return nil, err
	}
	n, err := r.fresh(ctx, key)
	if err != nil {
		return nil, err
	}
	return view.New(n), nil
}
