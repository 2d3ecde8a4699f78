package date

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/gob"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
)

// FormatVersion is the model file format this build writes and reads.
// It changes whenever the encoded Model or the feature set changes.
const FormatVersion = 1

// fileMagic opens every model file.
var fileMagic = [16]byte{'B', 'O', 'R', 'D', 'E', 'R', 'L', 'E', 'N', 'S', '-', 'D', 'A', 'T', 'E', '\n'}

// headerSize is magic (16) + format version (4) + body length (8) +
// SHA-256 of the body (32).
const headerSize = 16 + 4 + 8 + 32

// maxBody bounds the body a reader accepts (1 GiB).
const maxBody = 1 << 30

// Errors of Load.
var (
	ErrNotModel = errors.New("date: not a DATE model file")
	ErrVersion  = errors.New("date: model file format version mismatch")
	ErrChecksum = errors.New("date: model file checksum mismatch (corrupt or truncated)")
)

func encodeBody(m *Model) ([]byte, error) {
	var buf bytes.Buffer
	if err := gob.NewEncoder(&buf).Encode(m); err != nil {
		return nil, fmt.Errorf("date: encode model: %w", err)
	}
	return buf.Bytes(), nil
}

// Write writes m in the model file format: a header (magic, format
// version, body length, SHA-256 of the body) and the gob-encoded body.
// Equal models give equal bytes.
func (m *Model) Write(w io.Writer) error {
	body, err := encodeBody(m)
	if err != nil {
		return err
	}
	var hdr [headerSize]byte
	copy(hdr[:16], fileMagic[:])
	binary.BigEndian.PutUint32(hdr[16:20], FormatVersion)
	binary.BigEndian.PutUint64(hdr[20:28], uint64(len(body)))
	sum := sha256.Sum256(body)
	copy(hdr[28:], sum[:])
	if _, err := w.Write(hdr[:]); err != nil {
		return fmt.Errorf("date: write model: %w", err)
	}
	if _, err := w.Write(body); err != nil {
		return fmt.Errorf("date: write model: %w", err)
	}
	return nil
}

// Read reads a model written by Write. It refuses another format version
// (ErrVersion), a bad checksum (ErrChecksum) and anything else
// (ErrNotModel), each wrapped with what was found.
func Read(r io.Reader) (*Model, error) {
	var hdr [headerSize]byte
	if _, err := io.ReadFull(r, hdr[:]); err != nil {
		return nil, fmt.Errorf("%w: header: %v", ErrNotModel, err)
	}
	if !bytes.Equal(hdr[:16], fileMagic[:]) {
		return nil, fmt.Errorf("%w: bad magic", ErrNotModel)
	}
	if v := binary.BigEndian.Uint32(hdr[16:20]); v != FormatVersion {
		return nil, fmt.Errorf("%w: the file has format version %d, this build reads version %d; retrain with 'borderlens date train'", ErrVersion, v, FormatVersion)
	}
	n := binary.BigEndian.Uint64(hdr[20:28])
	if n > maxBody {
		return nil, fmt.Errorf("%w: body of %d bytes", ErrNotModel, n)
	}
	body := make([]byte, n)
	if _, err := io.ReadFull(r, body); err != nil {
		return nil, fmt.Errorf("%w: body: %v", ErrChecksum, err)
	}
	if sum := sha256.Sum256(body); !bytes.Equal(sum[:], hdr[28:]) {
		return nil, ErrChecksum
	}
	var m Model
	if err := gob.NewDecoder(bytes.NewReader(body)).Decode(&m); err != nil {
		return nil, fmt.Errorf("%w: decode: %v", ErrNotModel, err)
	}
	if err := m.check(); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrNotModel, err)
	}
	m.Features.prepare()
	m.Net.prepare()
	return &m, nil
}

// check verifies the invariants scoring relies on.
func (m *Model) check() error {
	if m.Features == nil || m.GBDT == nil || m.LeafTrees == nil || m.Net == nil {
		return errors.New("incomplete model")
	}
	if len(m.Features.Profiles) != len(profileKeys) {
		return fmt.Errorf("%d profiles, want %d", len(m.Features.Profiles), len(profileKeys))
	}
	for i, p := range m.Features.Profiles {
		if p.Name != profileKeys[i].name || len(p.Start) != len(p.Keys)+1 {
			return fmt.Errorf("profile %d (%s) malformed", i, p.Name)
		}
	}
	nf := int32(len(m.Features.Names))
	for _, g := range []*GBDT{m.GBDT, m.LeafTrees} {
		for _, t := range g.Trees {
			nodes := int32(len(t.Feature))
			if len(t.Value) != len(t.Feature)+1 || len(t.Threshold) != len(t.Feature) || len(t.Left) != len(t.Feature) || len(t.Right) != len(t.Feature) {
				return errors.New("malformed tree")
			}
			for i, f := range t.Feature {
				if f < 0 || f >= nf {
					return errors.New("tree feature out of range")
				}
				for _, c := range []int32{t.Left[i], t.Right[i]} {
					if c >= nodes || (c < 0 && int(^c) >= len(t.Value)) || (c >= 0 && c <= int32(i)) {
						return errors.New("tree child out of range")
					}
				}
			}
		}
	}
	if m.Net.Dim < 1 || m.Net.NumLeaves != m.LeafTrees.NumLeaves() || len(m.Net.P) != m.Net.layout().total {
		return errors.New("network shape does not match")
	}
	return nil
}

// Save writes m to path atomically (a temporary file renamed into place).
func (m *Model) Save(path string) error {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o750); err != nil {
		return fmt.Errorf("date: save model: %w", err)
	}
	f, err := os.CreateTemp(dir, ".date-model-*")
	if err != nil {
		return fmt.Errorf("date: save model: %w", err)
	}
	defer os.Remove(f.Name())
	if err := m.Write(f); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("date: save model: %w", err)
	}
	if err := os.Rename(f.Name(), path); err != nil {
		return fmt.Errorf("date: save model: %w", err)
	}
	return nil
}

// Load reads the model file at path.
func Load(path string) (*Model, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("date: load model: %w", err)
	}
	defer f.Close()
	m, err := Read(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return m, nil
}
