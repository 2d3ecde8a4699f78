package access

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/borderlens/borderlens/access/internal/fsutil"
	"github.com/borderlens/borderlens/graph"
)

// KeyPrefix starts every API key, so that keys are recognisable in a
// bearer header and by secret scanners.
const KeyPrefix = "blk_"

// APIKey is the stored record of an API key. The key itself is shown once
// at creation; only its SHA-256 is kept. SHA-256 without a salt or stretch
// is sound here because the key is 256 random bits, out of reach of
// guessing (unlike a password).
type APIKey struct {
	ID      string     `json:"id"`   // public key id, part of the key; the principal is "key:<ID>"
	Name    string     `json:"name"` // who or what holds the key
	Role    graph.Role `json:"role"`
	Hash    string     `json:"hash"` // hex SHA-256 of the whole key
	Created time.Time  `json:"created"`
	Expires *time.Time `json:"expires,omitempty"`
	Revoked *time.Time `json:"revoked,omitempty"`
}

// Active reports whether the key may authenticate at time now.
func (k APIKey) Active(now time.Time) bool {
	return k.Revoked == nil && (k.Expires == nil || now.Before(*k.Expires))
}

// PrincipalID returns the principal id requests with this key act as.
func (k APIKey) PrincipalID() string { return "key:" + k.ID }

type keyFile struct {
	Keys []APIKey `json:"keys"`
}

// KeyStore keeps API keys in a JSON file (mode 0600). Writers (the CLI)
// take an exclusive lock and replace the file atomically; the server
// re-reads it when it changes, so a key revoked from the CLI stops
// working on the next request without a restart. Safe for concurrent use.
type KeyStore struct {
	path string
	now  func() time.Time

	mu    sync.Mutex
	stamp fileStamp
	keys  map[string]APIKey
}

type fileStamp struct {
	mod  time.Time
	size int64
	ok   bool
}

// OpenKeyStore returns the store kept in the file at path (created on the
// first Create). now is the clock; nil means time.Now.
func OpenKeyStore(path string, now func() time.Time) *KeyStore {
	if now == nil {
		now = time.Now
	}
	return &KeyStore{path: path, now: now}
}

// Path returns the key file's path.
func (s *KeyStore) Path() string { return s.path }

// Configured reports whether the key file exists (even with every key
// revoked): then requests without credentials are refused rather than
// served in dev mode.
func (s *KeyStore) Configured() bool {
	_, err := os.Stat(s.path)
	return err == nil
}

// Create makes a new key for name with role, valid for ttl (0: no
// expiry), and returns the key (to show once) and its record.
// Errors: EINVALID.
func (s *KeyStore) Create(ctx context.Context, name string, role graph.Role, ttl time.Duration) (string, APIKey, error) {
	name = strings.TrimSpace(name)
	if name == "" {
		return "", APIKey{}, graph.Errorf(graph.EINVALID, "api key: a name is required")
	}
	if _, err := ParseRole(string(role)); err != nil {
		return "", APIKey{}, err
	}
	idb := make([]byte, 6)
	secret := make([]byte, 32)
	if _, err := rand.Read(idb); err != nil {
		return "", APIKey{}, fmt.Errorf("api key: random: %w", err)
	}
	if _, err := rand.Read(secret); err != nil {
		return "", APIKey{}, fmt.Errorf("api key: random: %w", err)
	}
	id := hex.EncodeToString(idb)
	token := KeyPrefix + id + "_" + base64.RawURLEncoding.EncodeToString(secret)
	now := s.now().UTC()
	k := APIKey{ID: id, Name: name, Role: role, Hash: hashKey(token), Created: now}
	if ttl > 0 {
		exp := now.Add(ttl)
		k.Expires = &exp
	}
	err := s.update(ctx, func(f *keyFile) error {
		f.Keys = append(f.Keys, k)
		return nil
	})
	if err != nil {
		return "", APIKey{}, err
	}
	return token, k, nil
}

// Revoke marks the key with the given id revoked. Revoking twice is not
// an error. Errors: ENOTFOUND.
func (s *KeyStore) Revoke(ctx context.Context, id string) (APIKey, error) {
	var out APIKey
	err := s.update(ctx, func(f *keyFile) error {
		for i := range f.Keys {
			if f.Keys[i].ID == id {
				if f.Keys[i].Revoked == nil {
					t := s.now().UTC()
					f.Keys[i].Revoked = &t
				}
				out = f.Keys[i]
				return nil
			}
		}
		return graph.Errorf(graph.ENOTFOUND, "api key %q not found", id)
	})
	return out, err
}

// List returns every key record (revoked ones too), oldest first.
func (s *KeyStore) List(ctx context.Context) ([]APIKey, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	f, err := s.read()
	if err != nil {
		return nil, err
	}
	sort.SliceStable(f.Keys, func(i, j int) bool { return f.Keys[i].Created.Before(f.Keys[j].Created) })
	return f.Keys, nil
}

// Authenticate returns the principal of an API key. Errors: EUNAUTHORIZED
// (malformed, unknown, revoked or expired key; the message says which,
// never echoing the key).
func (s *KeyStore) Authenticate(ctx context.Context, token string) (graph.Principal, error) {
	rest, ok := strings.CutPrefix(token, KeyPrefix)
	id, _, ok2 := strings.Cut(rest, "_")
	if !ok || !ok2 || len(id) != 12 {
		return graph.Principal{}, graph.Errorf(graph.EUNAUTHORIZED, "malformed api key")
	}
	keys, err := s.load()
	if err != nil {
		return graph.Principal{}, err
	}
	k, found := keys[id]
	want := hashKey(token)
	if !found || subtle.ConstantTimeCompare([]byte(k.Hash), []byte(want)) != 1 {
		return graph.Principal{}, graph.Errorf(graph.EUNAUTHORIZED, "unknown api key")
	}
	now := s.now()
	if k.Revoked != nil {
		return graph.Principal{}, graph.Errorf(graph.EUNAUTHORIZED, "api key %s was revoked", k.ID)
	}
	if !k.Active(now) {
		return graph.Principal{}, graph.Errorf(graph.EUNAUTHORIZED, "api key %s has expired", k.ID)
	}
	return graph.Principal{ID: k.PrincipalID(), Role: k.Role}, nil
}

func hashKey(token string) string {
	h := sha256.Sum256([]byte(token))
	return hex.EncodeToString(h[:])
}

// load returns the keys by id, re-reading the file when its modification
// time or size changed since the last read.
func (s *KeyStore) load() (map[string]APIKey, error) {
	st, err := os.Stat(s.path)
	var stamp fileStamp
	if err == nil {
		stamp = fileStamp{mod: st.ModTime(), size: st.Size(), ok: true}
	} else if !errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("api keys: %w", err)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.keys != nil && stamp == s.stamp {
		return s.keys, nil
	}
	f, err := s.read()
	if err != nil {
		return nil, err
	}
	m := make(map[string]APIKey, len(f.Keys))
	for _, k := range f.Keys {
		m[k.ID] = k
	}
	s.keys, s.stamp = m, stamp
	return m, nil
}

func (s *KeyStore) read() (keyFile, error) {
	var f keyFile
	b, err := os.ReadFile(s.path)
	if errors.Is(err, fs.ErrNotExist) {
		return f, nil
	}
	if err != nil {
		return f, fmt.Errorf("api keys: %w", err)
	}
	if err := json.Unmarshal(b, &f); err != nil {
		return f, graph.Errorf(graph.EINVALID, "api keys: %s: %v", s.path, err)
	}
	return f, nil
}

// update applies fn to the file under an exclusive lock and replaces the
// file atomically (write to a temp file, fsync, rename, fsync the dir).
func (s *KeyStore) update(ctx context.Context, fn func(*keyFile) error) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	dir := filepath.Dir(s.path)
	if err := os.MkdirAll(dir, 0o750); err != nil {
		return fmt.Errorf("api keys: %w", err)
	}
	unlock, err := fsutil.Lock(s.path + ".lock")
	if err != nil {
		return fmt.Errorf("api keys: lock: %w", err)
	}
	defer unlock()
	f, err := s.read()
	if err != nil {
		return err
	}
	if err := fn(&f); err != nil {
		return err
	}
	b, err := json.MarshalIndent(f, "", "  ")
	if err != nil {
		return fmt.Errorf("api keys: encode: %w", err)
	}
	return fsutil.WriteFileAtomic(s.path, append(b, '\n'), 0o600)
}
