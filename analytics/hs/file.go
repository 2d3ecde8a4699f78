package hs

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/gob"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/borderlens/borderlens/graph"
)

// FormatVersion is the model file format this build reads and writes.
// Files of any other version are refused.
const FormatVersion = 2

// fileMagic opens every model file.
var fileMagic = [8]byte{'B', 'L', 'H', 'S', 'M', 'O', 'D', 'L'}

// Save writes the model: 8-byte magic "BLHSMODL", the format version
// (uint32 big-endian), the payload length (uint64), the gob payload and
// its SHA-256.
func (m *Model) Save(w io.Writer) error {
	var buf bytes.Buffer
	if err := gob.NewEncoder(&buf).Encode(&m.d); err != nil {
		return fmt.Errorf("hs: encode model: %w", err)
	}
	sum := sha256.Sum256(buf.Bytes())
	var head [20]byte
	copy(head[:8], fileMagic[:])
	binary.BigEndian.PutUint32(head[8:12], FormatVersion)
	binary.BigEndian.PutUint64(head[12:20], uint64(buf.Len()))
	for _, b := range [][]byte{head[:], buf.Bytes(), sum[:]} {
		if _, err := w.Write(b); err != nil {
			return fmt.Errorf("hs: write model: %w", err)
		}
	}
	return nil
}

// Load reads a model written by Save. A file with another magic, another
// format version, a short payload or a checksum mismatch is refused with
// an EINVALID error saying which; name is used in the messages.
func Load(r io.Reader, name string) (*Model, error) {
	br := bufio.NewReader(r)
	var head [20]byte
	if _, err := io.ReadFull(br, head[:]); err != nil {
		return nil, graph.Errorf(graph.EINVALID, "hs: model %s: not a model file (short header)", name)
	}
	if !bytes.Equal(head[:8], fileMagic[:]) {
		return nil, graph.Errorf(graph.EINVALID, "hs: model %s: not a model file (bad magic)", name)
	}
	if v := binary.BigEndian.Uint32(head[8:12]); v != FormatVersion {
		return nil, graph.Errorf(graph.EINVALID, "hs: model %s: format version %d, this build reads version %d: retrain with 'borderlens hs train'", name, v, FormatVersion)
	}
	n := binary.BigEndian.Uint64(head[12:20])
	if n > 1<<31 {
		return nil, graph.Errorf(graph.EINVALID, "hs: model %s: payload of %d bytes is too large", name, n)
	}
	payload := make([]byte, n)
	if _, err := io.ReadFull(br, payload); err != nil {
		return nil, graph.Errorf(graph.EINVALID, "hs: model %s: truncated payload", name)
	}
	var sum [32]byte
	if _, err := io.ReadFull(br, sum[:]); err != nil {
		return nil, graph.Errorf(graph.EINVALID, "hs: model %s: missing checksum", name)
	}
	if sha256.Sum256(payload) != sum {
		return nil, graph.Errorf(graph.EINVALID, "hs: model %s: checksum mismatch (file corrupted)", name)
	}
	var d modelData
	if err := gob.NewDecoder(bytes.NewReader(payload)).Decode(&d); err != nil {
		return nil, graph.Errorf(graph.EINVALID, "hs: model %s: decode: %v", name, err)
	}
	if err := d.check(); err != nil {
		return nil, graph.Errorf(graph.EINVALID, "hs: model %s: %v", name, err)
	}
	return newModel(d, d.nomenclature()), nil
}

// check verifies the internal consistency of decoded model data, so a
// hand-made file with a valid checksum cannot index out of range.
func (d *modelData) check() error {
	ns, nh, nc, nf := len(d.Subs), len(d.Heads), len(d.Chaps), len(d.Feats)
	if ns == 0 || len(d.SubDesc) != ns || len(d.HeadOf) != ns || len(d.ChapOf) != ns || len(d.HeadDesc) != nh || len(d.ChapDesc) != nc || len(d.HeadChap) != nh || len(d.IDF) != nf {
		return fmt.Errorf("inconsistent sizes")
	}
	for i := range ns {
		if d.HeadOf[i] < 0 || int(d.HeadOf[i]) >= nh || d.ChapOf[i] < 0 || int(d.ChapOf[i]) >= nc {
			return fmt.Errorf("bad hierarchy index")
		}
	}
	for _, p := range []postings{d.P6, d.P4, d.P2} {
		if len(p.Off) != nf+1 || len(p.Cls) != len(p.W) || int(p.Off[nf]) != len(p.Cls) {
			return fmt.Errorf("bad postings")
		}
		for i := 0; i < nf; i++ {
			if p.Off[i] > p.Off[i+1] || p.Off[i] < 0 {
				return fmt.Errorf("bad postings offsets")
			}
		}
	}
	for i, p := range []postings{d.P6, d.P4, d.P2} {
		lim := []int{ns, nh, nc}[i]
		for _, c := range p.Cls {
			if c < 0 || int(c) >= lim {
				return fmt.Errorf("bad postings class")
			}
		}
	}
	nt := len(d.TermSub)
	if len(d.TermHead) != nt || len(d.PT.Off) != nf+1 || len(d.PT.Cls) != len(d.PT.W) || int(d.PT.Off[nf]) != len(d.PT.Cls) {
		return fmt.Errorf("bad term postings")
	}
	for i := 0; i < nf; i++ {
		if d.PT.Off[i] > d.PT.Off[i+1] || d.PT.Off[i] < 0 {
			return fmt.Errorf("bad term postings offsets")
		}
	}
	for _, c := range d.PT.Cls {
		if c < 0 || int(c) >= nt {
			return fmt.Errorf("bad term postings class")
		}
	}
	for i := range nt {
		if d.TermSub[i] < -1 || int(d.TermSub[i]) >= ns || d.TermHead[i] < 0 || int(d.TermHead[i]) >= nh {
			return fmt.Errorf("bad term index")
		}
	}
	if d.Temp <= 0 {
		return fmt.Errorf("bad temperature")
	}
	if d.DenseDim < 0 || (d.DenseDim > 0 && (len(d.DenseV) != countWords(d.Feats)*d.DenseDim || len(d.DenseE) != ns*d.DenseDim)) {
		return fmt.Errorf("bad dense part")
	}
	return nil
}

// nomenclature rebuilds the nomenclature from the model data.
func (d *modelData) nomenclature() *Nomenclature {
	n := &Nomenclature{entries: map[string]Entry{}, sections: map[string]string{}}
	for i, c := range d.Chaps {
		n.entries[c] = Entry{Code: c, Description: d.ChapDesc[i]}
	}
	for i, h := range d.Heads {
		n.entries[h] = Entry{Code: h, Description: d.HeadDesc[i], Parent: h[:2]}
	}
	for i, s := range d.Subs {
		n.entries[s] = Entry{Code: s, Description: d.SubDesc[i], Parent: s[:4]}
	}
	n.subs, n.headings, n.chapters = append([]string(nil), d.Subs...), append([]string(nil), d.Heads...), append([]string(nil), d.Chaps...)
	return n
}

// SaveFile writes the model to path atomically (temp file and rename).
func (m *Model) SaveFile(path string) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return fmt.Errorf("hs: save model: %w", err)
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), ".hsmodel-*")
	if err != nil {
		return fmt.Errorf("hs: save model: %w", err)
	}
	defer os.Remove(tmp.Name())
	bw := bufio.NewWriter(tmp)
	if err := m.Save(bw); err != nil {
		tmp.Close()
		return err
	}
	if err := bw.Flush(); err != nil {
		tmp.Close()
		return fmt.Errorf("hs: save model: %w", err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("hs: save model: %w", err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("hs: save model: %w", err)
	}
	return nil
}

// LoadFile reads a model file.
func LoadFile(path string) (*Model, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("hs: load model: %w", err)
	}
	defer f.Close()
	return Load(f, path)
}
