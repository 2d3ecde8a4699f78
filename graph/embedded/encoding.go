package embedded

import (
	"bytes"
	"encoding/binary"
	"errors"
	"math"
	"slices"
	"time"

	"github.com/borderlens/borderlens/graph"
)

// Storage layout, format 1. Every bucket is top level.
//
//	meta    "format"               -> "1"
//	nodes   nodeKey(k)             -> record(label, at, props)
//	text    nodeKey(k)             -> FoldText(id) 0x00 FoldText(label)
//	out     adjKey(from, kind, to) -> record(at, props): the relationship
//	in      adjKey(to, kind, from) -> record(at): the reverse index
//	counts  'n' kind | 'e' kind    -> uint64, big endian
//
// nodeKey(k) is kind 0x00 id. Kinds hold no 0x00, so the byte order of
// node keys is graph.Key.Compare's order and a scan of one kind is a scan
// of one prefix. adjKey(a, kind, b) is uvarint(len(nodeKey(a)))
// nodeKey(a) kind 0x00 nodeKey(b): the length prefix gives every node's
// relationships their own key prefix even when ids contain 0x00, and
// within it they sort by kind, so a relationship-kind filter is a seek.
// A relationship's two index entries let Subgraph and ShortestPaths walk
// a node's neighbours in both directions without scanning all edges; the
// reverse entry carries At so that time filters need no second lookup.
const (
	bucketMeta   = "meta"
	bucketNodes  = "nodes"
	bucketText   = "text"
	bucketOut    = "out"
	bucketIn     = "in"
	bucketCounts = "counts"

	formatKey     = "format"
	formatVersion = "1"
)

// errCorrupt is the cause of every decoding failure: the file holds bytes
// this package did not write.
var errCorrupt = errors.New("corrupt record")

// appendNodeKey appends nodeKey(k) to dst.
func appendNodeKey(dst []byte, k graph.Key) []byte {
	dst = append(dst, k.Kind...)
	dst = append(dst, 0)
	return append(dst, k.ID...)
}

// nodeKey returns nodeKey(k) in a new slice.
func nodeKey(k graph.Key) []byte {
	return appendNodeKey(make([]byte, 0, len(k.Kind)+1+len(k.ID)), k)
}

// parseNodeKey decodes a node key.
func parseNodeKey(b []byte) (graph.Key, error) {
	i := bytes.IndexByte(b, 0)
	if i <= 0 {
		return graph.Key{}, errCorrupt
	}
	return graph.Key{Kind: graph.Kind(b[:i]), ID: string(b[i+1:])}, nil
}

// kindOf returns the kind part of an encoded node key.
func kindOf(nk []byte) []byte {
	if i := bytes.IndexByte(nk, 0); i >= 0 {
		return nk[:i]
	}
	return nk
}

// kindPrefix returns the prefix shared by the node keys of kind k.
func kindPrefix(k graph.Kind) []byte {
	return append([]byte(k), 0)
}

// adjPrefix returns the prefix of the index entries of the node whose
// encoded key is nk.
func adjPrefix(nk []byte) []byte {
	p := binary.AppendUvarint(make([]byte, 0, len(nk)+2), uint64(len(nk)))
	return append(p, nk...)
}

// adjKey returns adjKey(a, kind, b) for encoded node keys a and b.
func adjKey(a []byte, kind graph.RelKind, b []byte) []byte {
	k := binary.AppendUvarint(make([]byte, 0, len(a)+len(kind)+len(b)+3), uint64(len(a)))
	k = append(k, a...)
	k = append(k, kind...)
	k = append(k, 0)
	return append(k, b...)
}

// splitAdjKey splits an index key into its node, kind and other node,
// as slices of k.
func splitAdjKey(k []byte) (node, kind, other []byte, err error) {
	n, w := binary.Uvarint(k)
	if w <= 0 || n > uint64(len(k)-w) {
		return nil, nil, nil, errCorrupt
	}
	node, rest := k[w:w+int(n)], k[w+int(n):]
	i := bytes.IndexByte(rest, 0)
	if i <= 0 {
		return nil, nil, nil, errCorrupt
	}
	return node, rest[:i], rest[i+1:], nil
}

// parseEdgeKey decodes a key of the out bucket into the relationship's
// identity.
func parseEdgeKey(k []byte) (graph.EdgeID, error) {
	from, kind, to, err := splitAdjKey(k)
	if err != nil {
		return graph.EdgeID{}, err
	}
	f, err := parseNodeKey(from)
	if err != nil {
		return graph.EdgeID{}, err
	}
	t, err := parseNodeKey(to)
	if err != nil {
		return graph.EdgeID{}, err
	}
	return graph.EdgeID{From: f, Kind: graph.RelKind(kind), To: t}, nil
}

// Record flags.
const (
	hasLabel = 1 << iota
	hasAt
	hasProps
)

// Property value tags.
const (
	tagString  = 's'
	tagTrue    = 'T'
	tagFalse   = 'F'
	tagInt     = 'i'
	tagFloat   = 'f'
	tagStrings = 'l'
)

// appendRecord encodes a node or relationship body: a flag byte, then the
// label, At (Unix seconds as a varint and nanoseconds as a uvarint, so any
// time.Time keeps full precision) and the properties sorted by name, each
// with a one-byte type tag so that int64 stays int64. Nil property values
// are skipped. Only a value of a type Props.Validate rejects fails.
func appendRecord(dst []byte, label string, at time.Time, props graph.Props) ([]byte, error) {
	flagAt := len(dst)
	dst = append(dst, 0)
	var flags byte
	if label != "" {
		flags |= hasLabel
		dst = appendString(dst, label)
	}
	if !at.IsZero() {
		flags |= hasAt
		dst = binary.AppendVarint(dst, at.Unix())
		dst = binary.AppendUvarint(dst, uint64(at.Nanosecond()))
	}
	names := make([]string, 0, len(props))
	for name, v := range props {
		if v != nil {
			names = append(names, name)
		}
	}
	if len(names) > 0 {
		flags |= hasProps
		slices.Sort(names)
		dst = binary.AppendUvarint(dst, uint64(len(names)))
		for _, name := range names {
			dst = appendString(dst, name)
			var ok bool
			if dst, ok = appendValue(dst, props[name]); !ok {
				return nil, graph.Errorf(graph.EINVALID, "property %q has unsupported type %T", name, props[name])
			}
		}
	}
	dst[flagAt] = flags
	return dst, nil
}

func appendString(dst []byte, s string) []byte {
	dst = binary.AppendUvarint(dst, uint64(len(s)))
	return append(dst, s...)
}

// appendValue encodes one property value, reporting false for a type
// outside the domain's (Props.Validate has normalised int, int32 and
// float32 by the time values get here).
func appendValue(dst []byte, v any) ([]byte, bool) {
	switch x := v.(type) {
	case string:
		return appendString(append(dst, tagString), x), true
	case bool:
		if x {
			return append(dst, tagTrue), true
		}
		return append(dst, tagFalse), true
	case int64:
		return binary.AppendVarint(append(dst, tagInt), x), true
	case float64:
		return binary.BigEndian.AppendUint64(append(dst, tagFloat), math.Float64bits(x)), true
	case []string:
		dst = binary.AppendUvarint(append(dst, tagStrings), uint64(len(x)))
		for _, s := range x {
			dst = appendString(dst, s)
		}
		return dst, true
	}
	return dst, false
}

// decoder reads a record; the first malformed field sets err and every
// later read returns zero values, so decoding never panics.
type decoder struct {
	b   []byte
	err error
}

func (d *decoder) fail() { d.err, d.b = errCorrupt, nil }

func (d *decoder) byte() byte {
	if len(d.b) == 0 {
		d.fail()
		return 0
	}
	c := d.b[0]
	d.b = d.b[1:]
	return c
}

func (d *decoder) uvarint() uint64 {
	v, n := binary.Uvarint(d.b)
	if n <= 0 {
		d.fail()
		return 0
	}
	d.b = d.b[n:]
	return v
}

func (d *decoder) varint() int64 {
	v, n := binary.Varint(d.b)
	if n <= 0 {
		d.fail()
		return 0
	}
	d.b = d.b[n:]
	return v
}

func (d *decoder) string() string {
	n := d.uvarint()
	if n > uint64(len(d.b)) {
		d.fail()
		return ""
	}
	s := string(d.b[:n])
	d.b = d.b[n:]
	return s
}

func (d *decoder) at() time.Time {
	sec := d.varint()
	nsec := d.uvarint()
	if nsec >= 1e9 {
		d.fail()
		return time.Time{}
	}
	return time.Unix(sec, int64(nsec)).UTC()
}

func (d *decoder) value() any {
	switch d.byte() {
	case tagString:
		return d.string()
	case tagTrue:
		return true
	case tagFalse:
		return false
	case tagInt:
		return d.varint()
	case tagFloat:
		if len(d.b) < 8 {
			d.fail()
			return nil
		}
		f := math.Float64frombits(binary.BigEndian.Uint64(d.b))
		d.b = d.b[8:]
		return f
	case tagStrings:
		n := d.uvarint()
		if n > uint64(len(d.b)) { // every element takes at least one byte
			d.fail()
			return nil
		}
		ss := make([]string, n)
		for i := range ss {
			ss[i] = d.string()
		}
		return ss
	}
	d.fail()
	return nil
}

// decodeRecord decodes a record written by appendRecord. Props is nil when
// the record has none.
func decodeRecord(b []byte) (label string, at time.Time, props graph.Props, err error) {
	d := decoder{b: b}
	flags := d.byte()
	if flags&^(hasLabel|hasAt|hasProps) != 0 {
		return "", time.Time{}, nil, errCorrupt
	}
	if flags&hasLabel != 0 {
		label = d.string()
	}
	if flags&hasAt != 0 {
		at = d.at()
	}
	if flags&hasProps != 0 {
		n := d.uvarint()
		if n > uint64(len(d.b)) {
			d.fail()
		} else {
			props = make(graph.Props, n)
			for range n {
				name := d.string()
				props[name] = d.value()
				if d.err != nil {
					break
				}
			}
		}
	}
	if d.err == nil && len(d.b) != 0 {
		d.fail()
	}
	if d.err != nil {
		return "", time.Time{}, nil, d.err
	}
	return label, at, props, nil
}

// decodeAt returns only the At of a record, skipping the label and
// leaving the properties unread: the hot path of time-filtered
// expansions.
func decodeAt(b []byte) (time.Time, error) {
	d := decoder{b: b}
	flags := d.byte()
	if flags&hasLabel != 0 {
		n := d.uvarint()
		if n > uint64(len(d.b)) {
			return time.Time{}, errCorrupt
		}
		d.b = d.b[n:]
	}
	if flags&hasAt == 0 {
		return time.Time{}, d.err
	}
	at := d.at()
	return at, d.err
}

// textValue returns the text-index entry of a node: its folded id and
// label separated by 0x00, which FoldText never produces.
func textValue(k graph.Key, label string) []byte {
	id, l := graph.FoldText(k.ID), graph.FoldText(label)
	v := make([]byte, 0, len(id)+1+len(l))
	v = append(v, id...)
	v = append(v, 0)
	return append(v, l...)
}

// matchRank is graph.MatchRank over a text-index entry, for a query
// already folded: 0 exact, 1 prefix, 2 substring, -1 no match.
func matchRank(q, entry []byte) int {
	// Most entries do not match; the query holds no 0x00, so one search
	// of the whole entry rules them out.
	if !bytes.Contains(entry, q) {
		return -1
	}
	id, label, _ := bytes.Cut(entry, []byte{0})
	best := -1
	for _, s := range [2][]byte{id, label} {
		r := -1
		switch {
		case bytes.Equal(s, q):
			r = 0
		case bytes.HasPrefix(s, q):
			r = 1
		case bytes.Contains(s, q):
			r = 2
		}
		if r >= 0 && (best < 0 || r < best) {
			best = r
		}
	}
	return best
}

// countKey returns the counts-bucket key of a node kind ('n') or a
// relationship kind ('e').
func countKey(prefix byte, kind string) []byte {
	return append([]byte{prefix}, kind...)
}
