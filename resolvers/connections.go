package resolvers

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"fmt"
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

// Cursors are opaque to clients and sealed: a cursor names an item's
// identity (a node key or a relationship id, so it stays valid while the
// list around it grows; search cursors carry "rank:key", because search
// results are ranked rather than sorted by key), encrypted and
// authenticated under the server's cursor key, so that a caller can
// neither read a key it may not see (a passenger's, say) out of a cursor
// nor forge one.
//
// Construction: AES-256-GCM with a synthetic nonce (the first 12 bytes of
// HMAC-SHA256 of the padded identity), both keys derived from the cursor
// key by HMAC-SHA256 with distinct labels. The same identity under the same
// key always gives the same cursor (endCursor equals the last edge's
// cursor, and a page asked twice has the same cursors); equal cursors are
// all it reveals, besides the length rounded up to cursorBlock bytes.
// A cursor is base64url (no padding) of nonce || ciphertext || tag.

// cursorBlock is the multiple identities are padded to before sealing, so
// a cursor's length reveals little of the key it names.
const cursorBlock = 16

// cursorAD is the associated data of every sealed cursor: it versions the
// format.
const cursorAD = "borderlens cursor v1"

// cursorCodec seals and opens connection cursors under one key. It is
// safe for concurrent use.
type cursorCodec struct {
	aead     cipher.AEAD
	nonceKey []byte
}

// newCursorCodec returns the codec of key; an empty key gets a random
// per-process one (cursors then die with the process).
func newCursorCodec(key []byte) (*cursorCodec, error) {
	if len(key) == 0 {
		key = make([]byte, 32)
		if _, err := rand.Read(key); err != nil {
			return nil, fmt.Errorf("cursor key: %w", err)
		}
	}
	derive := func(label string) []byte {
		m := hmac.New(sha256.New, key)
		m.Write([]byte(label))
		return m.Sum(nil)
	}
	block, err := aes.NewCipher(derive("borderlens cursor encryption"))
	if err != nil {
		return nil, fmt.Errorf("cursor cipher: %w", err)
	}
	aead, err := cipher.NewGCM(block)
	if err != nil {
		return nil, fmt.Errorf("cursor cipher: %w", err)
	}
	return &cursorCodec{aead: aead, nonceKey: derive("borderlens cursor nonce")}, nil
}

// errBadCursor is the one answer to a cursor that does not open: garbage,
// tampered, or sealed under another key.
func errBadCursor() error { return graph.Errorf(graph.EINVALID, "cursor is not valid") }

// encode seals identity into a cursor.
func (cc *cursorCodec) encode(identity string) string {
	// ISO/IEC 7816-4 padding: 0x80 then zeros up to a multiple of cursorBlock.
	n := (len(identity)/cursorBlock + 1) * cursorBlock
	pt := make([]byte, n)
	copy(pt, identity)
	pt[len(identity)] = 0x80
	m := hmac.New(sha256.New, cc.nonceKey)
	m.Write(pt)
	nonce := m.Sum(nil)[:cc.aead.NonceSize()]
	out := cc.aead.Seal(nonce, nonce, pt, []byte(cursorAD))
	return base64.RawURLEncoding.EncodeToString(out)
}

// decode opens a cursor and returns the identity it names; EINVALID
// "cursor is not valid" when it does not open.
func (cc *cursorCodec) decode(c string) (string, error) {
	b, err := base64.RawURLEncoding.DecodeString(c)
	ns := cc.aead.NonceSize()
	if err != nil || len(b) < ns+cc.aead.Overhead()+cursorBlock {
		return "", errBadCursor()
	}
	pt, err := cc.aead.Open(nil, b[:ns], b[ns:], []byte(cursorAD))
	if err != nil {
		return "", errBadCursor()
	}
	i := len(pt) - 1
	for i >= 0 && pt[i] == 0 {
		i--
	}
	if i <= 0 || pt[i] != 0x80 {
		return "", errBadCursor()
	}
	return string(pt[:i]), nil
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
// its page info, with cursors sealed by cc. identity names each item as its
// cursor does.
func paginate[T any](cc *cursorCodec, items []T, identity func(T) string, first *int, after *string) (lo, hi int, info *model.PageInfo, err error) {
	n, err := pageSize(first, maxFirst)
	if err != nil {
		return 0, 0, nil, err
	}
	if after != nil {
		id, err := cc.decode(*after)
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
		s, e := cc.encode(identity(items[lo])), cc.encode(identity(items[hi-1]))
		info.StartCursor, info.EndCursor = &s, &e
	}
	return lo, hi, info, nil
}

// searchCursor encodes the position of a search hit.
func (cc *cursorCodec) searchCursor(rank int, key graph.Key) string {
	return cc.encode(strconv.Itoa(rank) + ":" + key.String())
}

// decodeSearchCursor returns the rank and key a search cursor names.
func (cc *cursorCodec) decodeSearchCursor(c string) (int, graph.Key, error) {
	s, err := cc.decode(c)
	if err != nil {
		return 0, graph.Key{}, err
	}
	r, k, ok := strings.Cut(s, ":")
	rank, perr := strconv.Atoi(r)
	if !ok || perr != nil || rank < 0 {
		return 0, graph.Key{}, errBadCursor()
	}
	key, err := graph.ParseKey(k)
	if err != nil {
		return 0, graph.Key{}, errBadCursor()
	}
	return rank, key, nil
}
