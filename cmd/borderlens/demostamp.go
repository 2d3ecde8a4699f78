package main

import (
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
	"time"

	"github.com/borderlens/borderlens/graph"
)

// demoStamp records a complete demo run: the binary and options that
// produced it and the size of the store it left. A later run that loads
// nothing new, from the same binary with the same options into a store
// of the same size, keeps the scores and analytics instead of computing
// them again.
type demoStamp struct {
	Binary  string    `json:"binary"` // SHA-256 of the executable
	Seed    uint64    `json:"seed"`
	MaxRows int       `json:"maxRows"`
	Rings   int       `json:"rings"`
	HS      bool      `json:"hs"`
	DATE    bool      `json:"date"`
	Analyze bool      `json:"analyze"`
	Nodes   int       `json:"nodes"`
	Edges   int       `json:"edges"`
	At      time.Time `json:"at"`
}

// demoStampFile is where a complete demo run leaves its stamp.
func demoStampFile(dataDir string) string {
	return filepath.Join(dataDir, "demo", "complete.json")
}

// newDemoStamp describes a run of cfg by the executable of hash binary on
// store as it is now. A stamp whose Binary is "" (the executable could
// not be read) matches nothing.
func newDemoStamp(ctx context.Context, store graph.Store, cfg demoConfig, binary string) (demoStamp, error) {
	st, err := store.Stats(ctx)
	if err != nil {
		return demoStamp{}, fmt.Errorf("demo: store size: %w", err)
	}
	return demoStamp{
		Binary: binary, Seed: cfg.seed, MaxRows: cfg.maxRows, Rings: cfg.rings,
		HS: cfg.hs, DATE: cfg.date, Analyze: cfg.analyze,
		Nodes: st.NodeCount(), Edges: st.EdgeCount(),
	}, nil
}

// matches reports whether s and o come from the same binary and options
// and saw stores of the same size.
func (s demoStamp) matches(o demoStamp) bool {
	s.At, o.At = time.Time{}, time.Time{}
	return s.Binary != "" && s == o
}

// demoModelsPresent reports whether the model files a run of cfg writes
// into its data directory are all there, so that keeping its scores keeps
// the server's models too.
func demoModelsPresent(cfg demoConfig) bool {
	var files []string
	if cfg.hs {
		files = append(files, hsModelFile(cfg.dataDir))
	}
	if cfg.date {
		files = append(files, dateModelFile(cfg.dataDir))
	}
	for _, f := range files {
		if _, err := os.Stat(f); err != nil {
			return false
		}
	}
	return true
}

// readDemoStamp returns the stamp at path; ok is false when there is none
// or it cannot be read.
func readDemoStamp(path string) (s demoStamp, ok bool) {
	b, err := os.ReadFile(path)
	if err != nil {
		return demoStamp{}, false
	}
	if err := json.Unmarshal(b, &s); err != nil {
		return demoStamp{}, false
	}
	return s, true
}

// writeDemoStamp writes s to path. A write cut short leaves invalid JSON,
// which readDemoStamp treats as no stamp: the next run recomputes.
func writeDemoStamp(path string, s demoStamp) error {
	b, err := json.MarshalIndent(s, "", "  ")
	if err != nil {
		return err
	}
	if err := os.WriteFile(path, append(b, '\n'), 0o600); err != nil {
		return fmt.Errorf("demo: write %s: %w", path, err)
	}
	return nil
}

// removeDemoStamp deletes the stamp at path, if any.
func removeDemoStamp(path string) error {
	if err := os.Remove(path); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("demo: remove %s: %w", path, err)
	}
	return nil
}

// executableHash returns the hex SHA-256 of the running executable, or ""
// when it cannot be read.
func executableHash() string {
	p, err := os.Executable()
	if err != nil {
		return ""
	}
	f, err := os.Open(p)
	if err != nil {
		return ""
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return ""
	}
	return hex.EncodeToString(h.Sum(nil))
}
