package ingest

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"
)

// HeadBytes is how much of an input's beginning its fingerprint hashes.
const HeadBytes = 64 << 10

// fingerprint identifies an input's content cheaply: its size and the
// SHA-256 of its first HeadBytes bytes (the whole file when smaller). A
// file that was appended to or rewritten gets a new fingerprint, and its
// checkpoint no longer applies.
type fingerprint struct {
	Size    int64  `json:"size"`
	HeadSHA string `json:"head_sha256"`
}

func fingerprintOf(f *os.File) (fingerprint, error) {
	st, err := f.Stat()
	if err != nil {
		return fingerprint{}, err
	}
	h := sha256.New()
	if _, err := io.Copy(h, io.NewSectionReader(f, 0, HeadBytes)); err != nil {
		return fingerprint{}, err
	}
	return fingerprint{Size: st.Size(), HeadSHA: hex.EncodeToString(h.Sum(nil))}, nil
}

// checkpoint records how far an input was committed.
type checkpoint struct {
	Path        string    `json:"path"`
	Format      Format    `json:"format"`
	fingerprint           // size and head hash of the input
	Records     int       `json:"records"`  // records handled (committed or rejected) from the start
	Line        int       `json:"line"`     // line of the last of them
	Loaded      int       `json:"loaded"`   // records committed
	Rejected    int       `json:"rejected"` // records rejected
	Complete    bool      `json:"complete"` // the whole input was committed
	Updated     time.Time `json:"updated"`
}

// checkpointPath names an input's checkpoint: its base name and a hash of
// its absolute path, so that two inputs of the same name do not collide.
func checkpointPath(stateDir, path string) string {
	abs, err := filepath.Abs(path)
	if err != nil {
		abs = path
	}
	h := sha256.Sum256([]byte(abs))
	return filepath.Join(stateDir, filepath.Base(path)+"."+hex.EncodeToString(h[:6])+".checkpoint.json")
}

// loadCheckpoint reads a checkpoint; a missing one is the zero value.
func loadCheckpoint(path string) (checkpoint, bool, error) {
	b, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return checkpoint{}, false, nil
	}
	if err != nil {
		return checkpoint{}, false, err
	}
	var c checkpoint
	if err := json.Unmarshal(b, &c); err != nil {
		return checkpoint{}, false, fmt.Errorf("checkpoint %s: %w", path, err)
	}
	return c, true, nil
}

// save writes the checkpoint atomically (temporary file, fsync, rename).
func (c checkpoint) save(path string) error {
	b, err := json.MarshalIndent(c, "", "  ")
	if err != nil {
		return err
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), ".checkpoint-*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(append(b, '\n')); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}
