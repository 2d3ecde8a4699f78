package audit

import (
	"bufio"
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/borderlens/borderlens/access/internal/fsutil"
	"github.com/borderlens/borderlens/graph"
)

// Entry kinds.
const (
	KindQuery        = "query"        // a GraphQL query
	KindMutation     = "mutation"     // a GraphQL mutation
	KindSubscription = "subscription" // a GraphQL subscription start
	KindRefused      = "refused"      // a request refused with 401, 403 or 429
	KindExport       = "export"       // partner profiles exported
	KindImport       = "import"       // partner profiles imported
	KindKeys         = "keys"         // an API key created or revoked
	KindAudit        = "audit"        // the audit trail read or exported
)

// Genesis is the Prev of the first entry.
const Genesis = "0000000000000000000000000000000000000000000000000000000000000000"

// Entry is one audited event. Callers fill the descriptive fields; Append
// sets Seq, Time (when zero), Prev and Hash, and masks Variables and
// Entities.
type Entry struct {
	Seq       uint64         `json:"seq"`
	Time      time.Time      `json:"time"`
	Actor     string         `json:"actor"` // principal id; "anonymous" when unauthenticated
	Role      graph.Role     `json:"role,omitempty"`
	RequestID string         `json:"requestId,omitempty"`
	Kind      string         `json:"kind"`                // Kind* constant
	Operation string         `json:"operation,omitempty"` // GraphQL operation name, route or command
	Variables map[string]any `json:"variables,omitempty"` // masked
	Entities  []string       `json:"entities,omitempty"`  // node ids returned or touched, masked
	Status    int            `json:"status,omitempty"`    // HTTP status of refusals
	Outcome   string         `json:"outcome,omitempty"`   // "ok" or a graph error code
	Reason    string         `json:"reason,omitempty"`    // why refused (no PII)
	Remote    string         `json:"remote,omitempty"`    // client address
	Prev      string         `json:"prev"`
	Hash      string         `json:"hash"`
}

// record is Entry as stored: Variables stays raw JSON so that the hash
// recomputed by Verify is over the very bytes that were hashed.
type record struct {
	Seq       uint64          `json:"seq"`
	Time      time.Time       `json:"time"`
	Actor     string          `json:"actor"`
	Role      graph.Role      `json:"role,omitempty"`
	RequestID string          `json:"requestId,omitempty"`
	Kind      string          `json:"kind"`
	Operation string          `json:"operation,omitempty"`
	Variables json.RawMessage `json:"variables,omitempty"`
	Entities  []string        `json:"entities,omitempty"`
	Status    int             `json:"status,omitempty"`
	Outcome   string          `json:"outcome,omitempty"`
	Reason    string          `json:"reason,omitempty"`
	Remote    string          `json:"remote,omitempty"`
	Prev      string          `json:"prev"`
	Hash      string          `json:"hash"`
}

func (r record) entry() Entry {
	e := Entry{Seq: r.Seq, Time: r.Time, Actor: r.Actor, Role: r.Role, RequestID: r.RequestID,
		Kind: r.Kind, Operation: r.Operation, Entities: r.Entities, Status: r.Status,
		Outcome: r.Outcome, Reason: r.Reason, Remote: r.Remote, Prev: r.Prev, Hash: r.Hash}
	if len(r.Variables) > 0 {
		_ = json.Unmarshal(r.Variables, &e.Variables)
	}
	return e
}

// hash returns the hex SHA-256 of r's canonical JSON with Hash empty.
func (r record) hash() (string, error) {
	r.Hash = ""
	b, err := json.Marshal(r)
	if err != nil {
		return "", err
	}
	s := sha256.Sum256(b)
	return hex.EncodeToString(s[:]), nil
}

// Options configure a Log.
type Options struct {
	// Key is the masking key (at least 16 bytes); see Masker.
	Key []byte
	// Now is the clock; nil means time.Now.
	Now func() time.Time
}

// Log is an append-only, hash-chained audit file. Appends from several
// processes (the server and the CLI) are serialised by an exclusive file
// lock, and each is fsync'd before Append returns. Safe for concurrent
// use.
type Log struct {
	path   string
	masker *Masker
	now    func() time.Time

	mu   sync.Mutex
	f    *os.File
	seq  uint64 // last entry's seq
	head string // last entry's hash
	size int64  // file size after our last append or scan
}

// Open opens (creating) the audit file at path. Errors: EINVALID (short
// key, a corrupt last line).
func Open(path string, opts Options) (*Log, error) {
	m, err := NewMasker(opts.Key)
	if err != nil {
		return nil, err
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o750); err != nil {
		return nil, fmt.Errorf("audit: %w", err)
	}
	f, err := os.OpenFile(path, os.O_CREATE|os.O_RDWR|os.O_APPEND, 0o600)
	if err != nil {
		return nil, fmt.Errorf("audit: open: %w", err)
	}
	l := &Log{path: path, masker: m, now: opts.Now, f: f, head: Genesis, size: -1}
	if err := l.catchUp(); err != nil {
		f.Close()
		return nil, err
	}
	return l, nil
}

// Path returns the audit file's path.
func (l *Log) Path() string { return l.path }

// Masker returns the log's masker, for callers that show masked values.
func (l *Log) Masker() *Masker { return l.masker }

// Close closes the file.
func (l *Log) Close() error {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.f.Close()
}

// catchUp reads the last line's seq and hash when the file changed since
// our last look (another process appended). Called with the lock held.
func (l *Log) catchUp() error {
	st, err := l.f.Stat()
	if err != nil {
		return fmt.Errorf("audit: stat: %w", err)
	}
	if st.Size() == l.size {
		return nil
	}
	l.seq, l.head, l.size = 0, Genesis, st.Size()
	if st.Size() == 0 {
		return nil
	}
	line, err := lastLine(l.f, st.Size())
	if err != nil {
		return err
	}
	var r record
	if err := json.Unmarshal(line, &r); err != nil || r.Hash == "" {
		return graph.Errorf(graph.EINVALID, "audit: %s: last entry is corrupt; run 'borderlens audit verify'", l.path)
	}
	l.seq, l.head = r.Seq, r.Hash
	return nil
}

// lastLine returns the last newline-terminated line of f.
func lastLine(f *os.File, size int64) ([]byte, error) {
	const chunk = 64 << 10
	var buf []byte
	end := size
	for end > 0 {
		start := max(end-chunk, 0)
		b := make([]byte, end-start)
		if _, err := f.ReadAt(b, start); err != nil && !errors.Is(err, io.EOF) {
			return nil, fmt.Errorf("audit: read: %w", err)
		}
		buf = append(b, buf...)
		end = start
		trimmed := bytes.TrimRight(buf, "\n")
		if i := bytes.LastIndexByte(trimmed, '\n'); i >= 0 {
			return trimmed[i+1:], nil
		}
		if start == 0 {
			return trimmed, nil
		}
	}
	return nil, nil
}

// Append masks, chains and durably writes e, returning it as stored.
// Errors: EINTERNAL (I/O); ctx errors.
func (l *Log) Append(ctx context.Context, e Entry) (Entry, error) {
	if err := ctx.Err(); err != nil {
		return Entry{}, err
	}
	r := record{Time: e.Time, Actor: e.Actor, Role: e.Role, RequestID: e.RequestID, Kind: e.Kind,
		Operation: e.Operation, Status: e.Status, Outcome: e.Outcome, Reason: trimReason(e.Reason), Remote: e.Remote}
	if r.Actor == "" {
		r.Actor = "anonymous"
	}
	if r.Time.IsZero() {
		r.Time = l.now()
	}
	r.Time = r.Time.UTC()
	if len(e.Variables) > 0 {
		b, err := json.Marshal(l.masker.Variables(e.Variables))
		if err != nil {
			return Entry{}, fmt.Errorf("audit: encode variables: %w", err)
		}
		r.Variables = b
	}
	for _, id := range e.Entities {
		r.Entities = append(r.Entities, l.masker.ID(id))
	}

	l.mu.Lock()
	defer l.mu.Unlock()
	unlock, err := fsutil.Lock(l.path + ".lock")
	if err != nil {
		return Entry{}, fmt.Errorf("audit: %w", err)
	}
	defer unlock()
	if err := l.catchUp(); err != nil {
		return Entry{}, err
	}
	r.Seq, r.Prev = l.seq+1, l.head
	h, err := r.hash()
	if err != nil {
		return Entry{}, fmt.Errorf("audit: encode: %w", err)
	}
	r.Hash = h
	line, err := json.Marshal(r)
	if err != nil {
		return Entry{}, fmt.Errorf("audit: encode: %w", err)
	}
	line = append(line, '\n')
	if _, err := l.f.Write(line); err != nil {
		l.size = -1
		return Entry{}, fmt.Errorf("audit: write: %w", err)
	}
	if err := l.f.Sync(); err != nil {
		l.size = -1
		return Entry{}, fmt.Errorf("audit: sync: %w", err)
	}
	l.seq, l.head = r.Seq, r.Hash
	l.size += int64(len(line))
	return r.entry(), nil
}

// Filter selects entries. Zero fields match everything.
type Filter struct {
	Actor     string
	Role      graph.Role
	Kind      string
	Operation string
	Since     time.Time // inclusive
	Until     time.Time // exclusive
	Limit     int       // newest Limit entries; 0 means all
}

func (f Filter) match(r *record) bool {
	return (f.Actor == "" || r.Actor == f.Actor) &&
		(f.Role == "" || r.Role == f.Role) &&
		(f.Kind == "" || r.Kind == f.Kind) &&
		(f.Operation == "" || r.Operation == f.Operation) &&
		(f.Since.IsZero() || !r.Time.Before(f.Since)) &&
		(f.Until.IsZero() || r.Time.Before(f.Until))
}

// Query returns the entries matching f, oldest first (the newest f.Limit
// when Limit is set).
func (l *Log) Query(ctx context.Context, f Filter) ([]Entry, error) {
	var out []Entry
	err := l.scan(ctx, f, func(r record, _ []byte) error {
		out = append(out, r.entry())
		if f.Limit > 0 && len(out) > 2*f.Limit {
			out = append(out[:0], out[len(out)-f.Limit:]...)
		}
		return nil
	})
	if f.Limit > 0 && len(out) > f.Limit {
		out = out[len(out)-f.Limit:]
	}
	return out, err
}

// Export writes the entries matching f (Limit ignored) to w as JSON
// Lines, byte for byte as stored, so an export verifies on its own when
// f selects everything.
func (l *Log) Export(ctx context.Context, w io.Writer, f Filter) (int, error) {
	n := 0
	f.Limit = 0
	err := l.scan(ctx, f, func(_ record, line []byte) error {
		n++
		if _, err := w.Write(line); err != nil {
			return err
		}
		_, err := w.Write([]byte{'\n'})
		return err
	})
	return n, err
}

func (l *Log) scan(ctx context.Context, f Filter, fn func(record, []byte) error) error {
	file, err := os.Open(l.path)
	if err != nil {
		return fmt.Errorf("audit: %w", err)
	}
	defer file.Close()
	return scanLines(ctx, file, func(lineNo int, line []byte) error {
		var r record
		if err := json.Unmarshal(line, &r); err != nil {
			return graph.Errorf(graph.EINVALID, "audit: %s line %d: %v", l.path, lineNo, err)
		}
		if !f.match(&r) {
			return nil
		}
		return fn(r, line)
	})
}

// maxLine bounds one entry's size when reading.
const maxLine = 16 << 20

func scanLines(ctx context.Context, r io.Reader, fn func(lineNo int, line []byte) error) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), maxLine)
	n := 0
	for sc.Scan() {
		n++
		if n%4096 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		if len(bytes.TrimSpace(sc.Bytes())) == 0 {
			continue
		}
		if err := fn(n, sc.Bytes()); err != nil {
			return err
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("audit: read: %w", err)
	}
	return nil
}

// ChainError is a break in the hash chain found by Verify.
type ChainError struct {
	Line   int    // 1-based line of the offending entry
	Seq    uint64 // its seq, when readable
	Reason string
}

// Error implements error.
func (e *ChainError) Error() string {
	return fmt.Sprintf("audit chain broken at line %d (seq %d): %s", e.Line, e.Seq, e.Reason)
}

// VerifyOptions tune Verify.
type VerifyOptions struct {
	// Head, when set, is a hash recorded earlier (e.g. printed by a
	// previous verify and kept elsewhere): Verify fails unless an entry
	// with that hash is in the chain, which detects a cut-off tail.
	Head string
}

// VerifyReport summarises a verified chain.
type VerifyReport struct {
	Entries int
	First   time.Time
	Last    time.Time
	Head    string // hash of the last entry (Genesis when empty)
}

// Verify checks the whole chain read from r: every line parses, Seq runs
// 1, 2, 3..., each Prev is the previous Hash and each Hash matches the
// entry's content. It returns a *ChainError at the first break.
func Verify(ctx context.Context, r io.Reader, opts VerifyOptions) (VerifyReport, error) {
	rep := VerifyReport{Head: Genesis}
	headSeen := opts.Head == ""
	err := scanLines(ctx, r, func(lineNo int, line []byte) error {
		var rec record
		if err := json.Unmarshal(line, &rec); err != nil {
			return &ChainError{Line: lineNo, Reason: "not a JSON entry: " + err.Error()}
		}
		want := uint64(rep.Entries + 1)
		switch {
		case rec.Seq != want:
			return &ChainError{Line: lineNo, Seq: rec.Seq, Reason: fmt.Sprintf("seq %d where %d was expected (entry deleted, inserted or reordered)", rec.Seq, want)}
		case rec.Prev != rep.Head:
			return &ChainError{Line: lineNo, Seq: rec.Seq, Reason: "prev does not match the previous entry's hash (entry deleted, inserted or reordered)"}
		}
		h, err := rec.hash()
		if err != nil || h != rec.Hash {
			return &ChainError{Line: lineNo, Seq: rec.Seq, Reason: "hash does not match the entry's content (entry edited)"}
		}
		if rep.Entries == 0 {
			rep.First = rec.Time
		}
		rep.Entries++
		rep.Last, rep.Head = rec.Time, rec.Hash
		if rec.Hash == opts.Head {
			headSeen = true
		}
		return nil
	})
	if err != nil {
		return rep, err
	}
	if !headSeen {
		return rep, &ChainError{Line: rep.Entries + 1, Reason: fmt.Sprintf("recorded head %s is not in the chain (entries cut off the end)", opts.Head)}
	}
	return rep, nil
}

// VerifyFile runs Verify on the file at path.
func VerifyFile(ctx context.Context, path string, opts VerifyOptions) (VerifyReport, error) {
	f, err := os.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		return VerifyReport{}, graph.Errorf(graph.ENOTFOUND, "audit: %s does not exist", path)
	}
	if err != nil {
		return VerifyReport{}, fmt.Errorf("audit: %w", err)
	}
	defer f.Close()
	rep, err := Verify(ctx, f, opts)
	if err != nil {
		return rep, fmt.Errorf("%s: %w", path, err)
	}
	return rep, nil
}

// Appender is the part of Log that request handlers use. The web
// middleware and the GraphQL hook depend on it, not on *Log.
type Appender interface {
	Append(ctx context.Context, e Entry) (Entry, error)
}

var _ Appender = (*Log)(nil)

// trimReason keeps refusal reasons short and on one line.
func trimReason(s string) string {
	s = strings.ReplaceAll(s, "\n", " ")
	if len(s) > 200 {
		s = s[:200]
	}
	return s
}
